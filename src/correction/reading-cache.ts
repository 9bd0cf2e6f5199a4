/**
 * Readings per distinct word, kept across documents for the same lexicon:
 * text repeats its words, and the lexicon walk for a non-word with garbled
 * spans is the expensive part of the umlaut stage. Bounded: when full it is
 * emptied rather than tracked per entry, which costs nothing per hit.
 */
import { capitalise, uncapitalise } from '../lexicon/casing.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { WordMemo } from '../text/word-memo.js';
import { hasUmlautLetter, readingsOf, withGarbles, withLookalike, type TokenReadings } from './candidates.js';
import { isNarrativePast } from './evidence.js';
import { casePattern } from './casing.js';
import { joinedWordsFrequency } from './frequency.js';
import { hasLongSReading, misreadLetterReading } from './misread-letter.js';
import { withSplitCompound } from './split-compound.js';

const MAX_ENTRIES = 25_000;
/** Shortest word the corpus never counted that is looked at for a garbled umlaut (see mayBeGarbledWord). */
const MIN_GARBLED_WORD = 5;

/** What the lexicon says about one word; the garbled readings are read on first need. */
export class WordReadings {
  #garbled: TokenReadings | undefined;
  #split: TokenReadings | undefined;
  #misreadLetter: string | undefined | null = null;
  #joinedWords: number | undefined;
  #garbledAsWord: TokenReadings | undefined;
  #mayBeGarbledWord: boolean | undefined;
  #isUnreadable: boolean | undefined;
  #countedKey: string | null | undefined;
  #hasUmlaut: boolean | undefined;
  #isLongSWord: boolean | undefined;
  #isNarrativePast: boolean | undefined;

  constructor(
    readonly word: string,
    /** The dot-loss readings (see readingsOf). */
    readonly plain: TokenReadings,
    private readonly lexicon: Lexicon,
  ) {}

  /**
   * The readings with garbled spans or a dropped umlaut letter too (see
   * withGarbles), else with a misread letter (withLookalike); the plain ones
   * for a word as written.
   */
  get garbled(): TokenReadings {
    if (this.plain.isWordAsWritten) return this.plain;
    this.#garbled ??= withLookalike(withGarbles(this.plain, this.word, this.lexicon, '', true), this.word, this.lexicon);
    return this.#garbled;
  }

  /** The readings as a compound the dictionary lacks, for a non-word nothing else explains (see withSplitCompound). */
  get split(): TokenReadings {
    this.#split ??= withSplitCompound(this.garbled, this.word, this.lexicon);
    return this.#split;
  }

  /** The garbled readings of a word as written (missen: müssen), weighed like its twins (see mayBeGarbledWord). */
  get garbledAsWord(): TokenReadings {
    this.#garbledAsWord ??= withGarbles(this.plain, this.word, this.lexicon);
    return this.#garbledAsWord;
  }

  /**
   * A lowercase word of the dictionary the corpus never counted, with no
   * umlaut twin, may be a common word OCR garbled into a rare one (missen for
   * müssen: ü read as i): it is a suspect when its garbled readings find
   * one, weighed like a twin, so only a far commoner word wins. Not a
   * capitalised one: mostly compounds the corpus never met, whose twins it
   * never met either. Kept per word: the test runs for every word of the text.
   */
  get mayBeGarbledWord(): boolean {
    this.#mayBeGarbledWord ??=
      this.plain.isWordAsWritten &&
      this.plain.candidates.length === 0 &&
      this.word.length >= MIN_GARBLED_WORD &&
      casePattern(this.word) === 'lower' &&
      this.lexicon.frequency(this.word) === 0 &&
      this.garbledAsWord.candidates.length > 0;
    return this.#mayBeGarbledWord;
  }

  /**
   * For a word (as written, or raised) with an umlaut or ß, or with an
   * umlaut twin (konnte: könnte): its lowercase spelling, the key under
   * which the document counts it (see EvidenceCounter); null for any other
   * word. Kept per word: asked for every word of every document, and the
   * same key string hashes once.
   */
  get countedKey(): string | null {
    if (this.#countedKey === undefined) {
      const isWord = this.plain.isWordAsWritten || this.plain.isRaisedWord;
      this.#countedKey = isWord && (this.plain.candidates.length > 0 || this.hasUmlaut) ? this.word.toLowerCase() : null;
    }
    return this.#countedKey;
  }

  /** The word has an umlaut or ß. Kept per word: the evidence asks it for every counted word of a document. */
  get hasUmlaut(): boolean {
    this.#hasUmlaut ??= hasUmlautLetter(this.word);
    return this.#hasUmlaut;
  }

  /**
   * A non-word no reading explains: no umlaut, no compound the dictionary
   * lacks, no misread letter (foreign words, names, codes). Nothing to weigh
   * wherever it stands: most suspects of a text are such words, and their
   * context (sentence, grammar, neighbours) need not be read.
   */
  get isUnreadable(): boolean {
    this.#isUnreadable ??=
      !this.plain.isWordAsWritten &&
      !this.plain.isRaisedWord &&
      this.garbled.candidates.length === 0 &&
      this.misreadLetter === undefined &&
      this.split.candidates.length === 0;
    return this.#isUnreadable;
  }

  /** The word with one ordinary letter misread undone, when exactly one such reading is a common word (see misread-letter.ts). */
  get misreadLetter(): string | undefined {
    if (this.#misreadLetter === null) this.#misreadLetter = misreadLetterReading(this.word, this.lexicon);
    return this.#misreadLetter;
  }

  /**
   * A non-word that reads as a common word with the long s of old print read
   * as f undone (fagte: sagte, fie: sie; see hasLongSReading): German,
   * however many of its neighbours are such words too, as in a page of old
   * print where every s before a letter is one. Kept per word: asked of every
   * non-word with an f that no lost dot explains.
   */
  get isLongSWord(): boolean {
    this.#isLongSWord ??= !this.plain.isWordAsWritten && !this.plain.isRaisedWord && this.word.includes('f') && hasLongSReading(this.word, this.lexicon);
    return this.#isLongSWord;
  }

  /** A past tense that narration is full of (see isNarrativePast); kept per word, asked for every word of a document. */
  get isNarrativePast(): boolean {
    this.#isNarrativePast ??= isNarrativePast(this.word);
    return this.#isNarrativePast;
  }

  /** How common the word is as two words joined, a compound the dictionary lacks (see joinedWordsFrequency). */
  get joinedWords(): number {
    this.#joinedWords ??= joinedWordsFrequency(this.word, this.lexicon);
    return this.#joinedWords;
  }
}

export class ReadingCache {
  private static readonly byLexicon = new WeakMap<Lexicon, ReadingCache>();

  static of(lexicon: Lexicon): ReadingCache {
    let cache = ReadingCache.byLexicon.get(lexicon);
    if (cache === undefined) {
      cache = new ReadingCache(lexicon);
      ReadingCache.byLexicon.set(lexicon, cache);
    }
    return cache;
  }

  private readonly words: WordMemo<WordReadings>;
  /** Keyed `head-tail`: a head is a word of forEachWord, which never holds a hyphen. */
  private readonly compoundHeads: WordMemo<TokenReadings>;

  private constructor(private readonly lexicon: Lexicon) {
    this.words = new WordMemo(MAX_ENTRIES, (word) => new WordReadings(word, readingsOf(word, lexicon), lexicon));
    this.compoundHeads = new WordMemo(MAX_ENTRIES, (key) => {
      const hyphen = key.indexOf('-');
      return this.#compoundHead(key.slice(0, hyphen), key.slice(hyphen + 1));
    });
  }

  get(word: string): WordReadings {
    return this.words.get(word);
  }

  /** The readings of the word text[start, end), looked up where it stands. */
  getAt(text: string, start: number, end: number): WordReadings {
    return this.words.getAt(text, start, end);
  }

  /**
   * The word's misread-letter reading (see WordReadings.misreadLetter); where
   * a sentence starts, a capitalised word is also read as the lowercase word
   * its capital may stand for (Fehit: Fehlt, counted as fehlt), capitalised again.
   */
  misreadLetterAt(readings: WordReadings, sentenceStart: boolean): string | undefined {
    if (readings.misreadLetter !== undefined || !sentenceStart || casePattern(readings.word) !== 'capitalised') return readings.misreadLetter;
    const lowercase = this.get(uncapitalise(readings.word)).misreadLetter;
    return lowercase === undefined ? undefined : capitalise(lowercase);
  }

  /**
   * The garbled readings of the head of a hyphenated compound (Ausfiihrungs-
   * in Ausfiihrungs-Bits), read with its tail; else of the word on its own,
   * for a compound of two words that keeps its hyphen (Binarformat-Distributionen).
   */
  getCompoundHead(word: string, tail: string): TokenReadings {
    return this.compoundHeads.get(`${word}-${tail}`);
  }

  #compoundHead(word: string, tail: string): TokenReadings {
    const head = withGarbles(this.get(word).plain, word, this.lexicon, tail);
    return head.candidates.length > 0 ? head : this.get(word).garbled;
  }
}
