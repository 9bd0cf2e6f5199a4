/**
 * Readings per distinct word, kept across documents for the same lexicon:
 * text repeats its words, and the lexicon walk for a non-word with garbled
 * spans is the expensive part of the umlaut stage. Bounded: when full it is
 * emptied rather than tracked per entry, which costs nothing per hit.
 */
import type { Lexicon } from '../lexicon/lexicon.js';
import { readingsOf, withGarbles, type TokenReadings } from './candidates.js';

const MAX_ENTRIES = 200_000;

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

  private readonly plain = new Map<string, TokenReadings>();
  private readonly garbled = new Map<string, TokenReadings>();

  private constructor(private readonly lexicon: Lexicon) {}

  /** The dot-loss readings (see readingsOf). */
  get(word: string): TokenReadings {
    return cached(this.plain, word, () => readingsOf(word, this.lexicon));
  }

  /**
   * The readings with garbled spans too (see withGarbles); for words the
   * lexicon does not know. `tail`: the next part of a hyphenated compound.
   */
  getWithGarbles(word: string, tail = ''): TokenReadings {
    return cached(this.garbled, `${word}-${tail}`, () => withGarbles(this.get(word), word, this.lexicon, tail));
  }
}

function cached(map: Map<string, TokenReadings>, word: string, read: () => TokenReadings): TokenReadings {
  let found = map.get(word);
  if (found === undefined) {
    if (map.size >= MAX_ENTRIES) map.clear();
    found = read();
    map.set(word, found);
  }
  return found;
}
