/**
 * Answers about words, kept because a document asks about the same words
 * again and again (and several stages ask). A hash table of its own rather
 * than a Map: a word can be looked up where it stands in the text
 * (getAt), without cutting it out first — the umlaut stage looks up every
 * word of every document, and the copies cost more than the look-ups.
 * Bounded: when full it keeps only the words asked for again since it was
 * last full (at most half its room) and forgets the rest at once, so the
 * words a text repeats survive and those it writes once (names, codes,
 * base64: every token new) do not pile up; a hit costs one flag, not a
 * list to keep in order. Each word is stored (and handed to `answer`)
 * detached from the text it was cut from, so a memo that outlives a
 * document does not keep the document alive.
 * Example: new WordMemo(10, (word) => word.length).get('Haus') = 4, computed once.
 */
import { detached } from './chars.js';

const INITIAL_SLOTS = 1024;

export class WordMemo<T> {
  #words: (string | undefined)[] = new Array<string | undefined>(INITIAL_SLOTS);
  #answers: (T | undefined)[] = new Array<T | undefined>(INITIAL_SLOTS);
  /** 1 for a word asked for again since the memo was last full. */
  #askedAgain = new Uint8Array(INITIAL_SLOTS);
  #size = 0;

  constructor(
    private readonly limit: number,
    private readonly answer: (word: string) => T,
  ) {}

  get(word: string): T {
    return this.getAt(word, 0, word.length);
  }

  /** The answer for text[start, end). */
  getAt(text: string, start: number, end: number): T {
    const mask = this.#words.length - 1;
    for (let slot = hashOf(text, start, end) & mask; ; slot = (slot + 1) & mask) {
      const word = this.#words[slot];
      if (word === undefined) return this.#add(text.slice(start, end));
      if (isAt(word, text, start, end)) {
        this.#askedAgain[slot] = 1;
        return this.#answers[slot]!;
      }
    }
  }

  #add(word: string): T {
    if (this.#size >= this.limit) this.#resize(this.#words.length, Math.floor(this.limit / 2));
    else if (2 * (this.#size + 1) > this.#words.length) this.#resize(2 * this.#words.length);
    const own = detached(word);
    const found = this.answer(own);
    const slot = this.#freeSlot(own);
    this.#words[slot] = own;
    this.#answers[slot] = found;
    this.#size++;
    return found;
  }

  /**
   * A table of `slots` slots (a power of two) with every entry and its flag,
   * or, when `keepAskedAgain` is given, with at most that many of the
   * entries asked for again, their flags cleared.
   */
  #resize(slots: number, keepAskedAgain?: number): void {
    const words = this.#words;
    const answers = this.#answers;
    const askedAgain = this.#askedAgain;
    this.#words = new Array<string | undefined>(slots);
    this.#answers = new Array<T | undefined>(slots);
    this.#askedAgain = new Uint8Array(slots);
    this.#size = 0;
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (word === undefined || (keepAskedAgain !== undefined && askedAgain[i] === 0)) continue;
      if (keepAskedAgain !== undefined && this.#size >= keepAskedAgain) break;
      const slot = this.#freeSlot(word);
      this.#words[slot] = word;
      this.#answers[slot] = answers[i];
      if (keepAskedAgain === undefined) this.#askedAgain[slot] = askedAgain[i]!;
      this.#size++;
    }
  }

  /** The slot where `word`, which the table does not hold, goes. */
  #freeSlot(word: string): number {
    const mask = this.#words.length - 1;
    let slot = hashOf(word, 0, word.length) & mask;
    while (this.#words[slot] !== undefined) slot = (slot + 1) & mask;
    return slot;
  }
}

/** FNV-1a over the UTF-16 units of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function isAt(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
