/**
 * The lexicon with the user's own words added (`--dict`, CleanOptions.userWords):
 * names, places and terms of their collection are words, and the targets the
 * stages repair damaged forms to (`Muller` → `Müller` once `Müller` is listed).
 */
import { uncapitalise } from './casing.js';
import { latticeAccepts } from './key-lattice.js';
import type { Lexicon } from './lexicon.js';
import { foldKey } from './word-automaton.js';

/**
 * How often a user's word counts as seen: as often as a common word, so that
 * it can win against an unknown reading, but below the most frequent words.
 */
const USER_WORD_FREQUENCY = 1000;

export function withUserWords(inner: Lexicon, words: readonly string[]): Lexicon {
  if (words.length === 0) return inner;
  const known = new Set(words);
  const byKey = new Map<string, string[]>();
  for (const word of known) {
    const key = foldKey(word);
    byKey.set(key, [...(byKey.get(key) ?? []), word]);
  }
  const isUserWord = (token: string): boolean => known.has(token) || isCasedUserWord(token, known, byKey);
  return {
    isWord: (token) => inner.isWord(token) || isUserWord(token) || isHyphenatedWord(token, (part) => inner.isWord(part) || isUserWord(part)),
    frequency: (word) => Math.max(inner.frequency(word), known.has(word) ? USER_WORD_FREQUENCY : 0),
    spellingsForKey: (token) => {
      const own = byKey.get(foldKey(token));
      return own === undefined ? inner.spellingsForKey(token) : [...new Set([...own, ...inner.spellingsForKey(token)])];
    },
    // Keeps the one-walk search of the compiled lexicon; the user's few words are matched against the lattice one by one.
    spellingsForLattice:
      inner.spellingsForLattice === undefined
        ? undefined
        : (lattice) => {
            const own = [...byKey].filter(([key]) => latticeAccepts(lattice, key)).flatMap(([, words]) => words);
            const found = inner.spellingsForLattice!(lattice);
            return own.length === 0 ? found : [...new Set([...own, ...found])];
          },
    isDictionaryWord: inner.isDictionaryWord === undefined ? undefined : (token) => inner.isDictionaryWord!(token) || isUserWord(token),
    isForm: inner.isForm === undefined ? undefined : (token) => inner.isForm!(token) || known.has(token),
    lastParts: inner.lastParts?.bind(inner),
    everydayFrequency: inner.everydayFrequency?.bind(inner),
    prefixFrequency: inner.prefixFrequency?.bind(inner),
  };
}

/**
 * A user's word in the capitalisations German allows any word: capitalised at
 * a sentence start (`arnika` → `Arnika`) and ALL-CAPS in headings (`KLOSE`).
 */
function isCasedUserWord(token: string, known: ReadonlySet<string>, byKey: ReadonlyMap<string, string[]>): boolean {
  if (token.length > 1 && token === token.toUpperCase() && token !== token.toLowerCase()) {
    return (byKey.get(foldKey(token)) ?? []).some((word) => word.toUpperCase() === token);
  }
  return known.has(uncapitalise(token));
}

/** Words joined by hyphens are a word when each part is (`Klose-Rede`). */
function isHyphenatedWord(token: string, isPart: (part: string) => boolean): boolean {
  const parts = token.split('-');
  return parts.length > 1 && parts.every((part) => part.length > 0 && isPart(part));
}
