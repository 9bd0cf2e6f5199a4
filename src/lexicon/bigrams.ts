/**
 * Word-pair counts for choosing between two real words that differ only in
 * umlauts (konnte/könnte, schon/schön, drucken/drücken): the lexicon accepts
 * both and their frequencies cannot see the sentence, but the neighbours can
 * (`es könnte sein`, `die Taste drücken`). Reads dictionaries/bigrams-de.bin
 * (built by scripts/build-bigrams.mjs; layout in
 * scripts/dictionaries/bigram-format.mjs) in place: only a small JSON header
 * is parsed (container.ts), the tables are typed-array views searched by binary search.
 */
import path from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { readContainer } from './container.js';
import { leaveOutOfSnapshot, readDataFile, releasedData } from './data-files.js';
import { FrequencyTable } from './frequency-table.js';

const MAGIC = 'CLBG';
const FORMAT_VERSION = 1;

export interface ContextOptions {
  /** Compare lowercase pairs (sentence-initial capitals, headings); default: as written. */
  folded?: boolean;
  /**
   * Pseudo-count of the smoothing: how many co-occurrences of evidence it
   * takes before a pair moves the score. Default 3 (scripts/context-eval.mjs).
   */
  pseudoCount?: number;
}

/** The pair counts of one compiled file, read in place. */
export class Bigrams {
  // Not readonly: rebound to the file's bytes when a start-up snapshot is restored (see DataFileHolder).
  #pairs!: FrequencyTable;
  #lowerPairs!: FrequencyTable;
  #words!: FrequencyTable;
  #lowerWords!: FrequencyTable;
  #ambiguous!: FrequencyTable;
  #tokens!: number;

  constructor(file: Uint8Array) {
    this.rebind(file);
  }

  /** Reads the tables of `file` from now on: the same file's (see DataFileHolder). */
  rebind(file: Uint8Array): void {
    const container = readContainer<{ tokens: number; sections: Record<string, [offset: number, byteLength: number]> }>(file, {
      magic: MAGIC,
      version: FORMAT_VERSION,
      kind: 'word-pair',
      rebuild: 'npm run build:bigrams',
    });
    const table = (name: string): FrequencyTable =>
      new FrequencyTable(container.bytes(`${name}Blob`), container.words32(`${name}Offsets`), container.words32(`${name}Counts`));
    this.#tokens = container.header.tokens;
    this.#pairs = table('pairs');
    this.#lowerPairs = table('lowerPairs');
    this.#words = table('words');
    this.#lowerWords = table('lowerWords');
    this.#ambiguous = table('ambiguous');
  }

  /** How many words the counted text has. */
  get tokens(): number {
    return this.#tokens;
  }

  /** Lets go of the file's bytes until rebind (see DataFileHolder). */
  release(): void {
    this.#pairs = this.#lowerPairs = this.#words = this.#lowerWords = this.#ambiguous = releasedData('the word pairs');
  }

  /**
   * Whether every pair of the word (any case) was counted: true for the words
   * whose umlaut twin is a word of the corpus too (`konnte`, `Könnte`).
   * Pairs of other words were not looked at, so their count says nothing.
   */
  isCovered(word: string): boolean {
    return this.#ambiguous.count(word.toLowerCase()) > 0;
  }

  /** How often `left right` stands in the corpus, case as written (0 also for pairs seen only once). */
  bigramCount(left: string, right: string, folded = false): number {
    return folded ? this.#lowerPairs.count(`${left}\t${right}`.toLowerCase()) : this.#pairs.count(`${left}\t${right}`);
  }

  /** How often a word of some listed pair occurs in the corpus (0 for any other word). */
  wordCount(word: string, folded = false): number {
    return folded ? this.#lowerWords.count(word.toLowerCase()) : this.#words.count(word);
  }

  /**
   * How much the neighbours favour `readingA` over `readingB`, as a natural
   * log-ratio: > 0 favours A, < 0 B, 0 no evidence (also when a reading is
   * not covered, see isCovered). Empty neighbours are skipped. Each neighbour n contributes log(rA / rB), where rX is the
   * smoothed ratio of the observed to the expected count of the pair,
   * (count + k) / (expected + k) with expected = f(X) · f(n) / tokens: a pair
   * never seen is evidence only when it should have been seen often.
   * Example: ('es', 'sein', 'könnte', 'konnte') > 0.
   */
  contextPreference(prevWord: string, nextWord: string, readingA: string, readingB: string, options: ContextOptions = {}): number {
    if (!this.isCovered(readingA) || !this.isCovered(readingB)) return 0;
    const folded = options.folded ?? false;
    const k = options.pseudoCount ?? 3;
    const association = (left: string, right: string, reading: string, neighbour: string): number => {
      const expected = (this.wordCount(reading, folded) * this.wordCount(neighbour, folded)) / Math.max(this.tokens, 1);
      return Math.log((this.bigramCount(left, right, folded) + k) / (expected + k));
    };
    let score = 0;
    if (prevWord) score += association(prevWord, readingA, readingA, prevWord) - association(prevWord, readingB, readingB, prevWord);
    if (nextWord) score += association(readingA, nextWord, readingA, nextWord) - association(readingB, nextWord, readingB, nextWord);
    return score;
  }
}

/** The compiled pair file in the package's dictionaries/ folder. */
export function bigramsPath(lang = 'de'): string {
  return path.join(PACKAGE_ROOT, 'dictionaries', `bigrams-${lang}.bin`);
}

/** Reads a compiled pair file (default: the German one) in one read, or takes the batch's shared copy (data-files.ts); no parsing of the tables. */
export function loadBigrams(file = bigramsPath()): Bigrams {
  const bigrams = new Bigrams(readDataFile(file));
  leaveOutOfSnapshot({ file, release: () => bigrams.release(), rebind: (bytes) => bigrams.rebind(bytes) });
  return bigrams;
}
