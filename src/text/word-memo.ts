/**
 * Answers about words, kept because a document asks about the same words
 * again and again (and several stages ask). A hash table of its own rather
 * than a Map: a word can be looked up where it stands in the text
 * (getAt), without cutting it out first — the umlaut stage looks up every
 * word of every document, and the copies cost more than the look-ups.
 * Bounded: when full it is emptied at once rather than tracked per entry,
 * which costs nothing per hit. Each word is stored (and handed to `answer`)
 * detached from the text it was cut from, so a memo that outlives a
 * document does not keep the document alive.
 * Example: new WordMemo(10, (word) => word.length).get('Haus') = 4, computed once.
 */
import { detached } from './chars.js';

const INITIAL_SLOTS = 1024;

export class WordMemo<T> {
  #words: (string | undefined)[] = new Array<string | undefined>(INITIAL_SLOTS);
  #answers: (T | undefined)[] = new Array<T | undefined>(INITIAL_SLOTS);
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
      if (isAt(word, text, start, end)) return this.#answers[slot]!;
    }
  }

  #add(word: string): T {
    if (this.#size >= this.limit) this.#resize(INITIAL_SLOTS, false);
    else if (2 * (this.#size + 1) > this.#words.length) this.#resize(2 * this.#words.length, true);
    const own = detached(word);
    const found = this.answer(own);
    const mask = this.#words.length - 1;
    let slot = hashOf(own, 0, own.length) & mask;
    while (this.#words[slot] !== undefined) slot = (slot + 1) & mask;
    this.#words[slot] = own;
    this.#answers[slot] = found;
    this.#size++;
    return found;
  }

  /** A table of `slots` slots (a power of two), with the entries kept or forgotten. */
  #resize(slots: number, keep: boolean): void {
    const words = this.#words;
    const answers = this.#answers;
    this.#words = new Array<string | undefined>(slots);
    this.#answers = new Array<T | undefined>(slots);
    this.#size = 0;
    if (!keep) return;
    const mask = slots - 1;
    words.forEach((word, i) => {
      if (word === undefined) return;
      let slot = hashOf(word, 0, word.length) & mask;
      while (this.#words[slot] !== undefined) slot = (slot + 1) & mask;
      this.#words[slot] = word;
      this.#answers[slot] = answers[i];
      this.#size++;
    });
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
