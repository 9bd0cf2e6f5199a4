/**
 * Swiss Standard German writes no ß: `Strasse`, `gross`, `Fuss`. The
 * dictionary-de-ch package still lists ß spellings (`Straße/Nm`), so the
 * de-CH lexicon is the compiled one read the Swiss way: a word with every ß
 * written ss is a word, and no spelling offered as a repair contains ß.
 */
import type { Lexicon } from './lexicon.js';

/** Tokens with more `ss` than this are not expanded into ß readings (2^n readings). */
const MAX_SS = 4;

export function withoutSharpS(inner: Lexicon): Lexicon {
  return {
    isWord: (token) => inner.isWord(token) || sharpReadings(token).some((reading) => inner.isWord(reading)),
    frequency: (word) => sharpReadings(word).reduce((sum, reading) => sum + inner.frequency(reading), inner.frequency(word)),
    spellingsForKey: (token) => [...new Set(inner.spellingsForKey(token).map(swiss))],
    spellingsForLattice:
      inner.spellingsForLattice === undefined ? undefined : (lattice) => [...new Set(inner.spellingsForLattice!(lattice).map(swiss))],
    isDictionaryWord:
      inner.isDictionaryWord === undefined
        ? undefined
        : (token) => inner.isDictionaryWord!(token) || sharpReadings(token).some((reading) => inner.isDictionaryWord!(reading)),
    isForm: inner.isForm === undefined ? undefined : (token) => inner.isForm!(token) || sharpReadings(token).some((reading) => inner.isForm!(reading)),
    lastParts: inner.lastParts?.bind(inner),
    everydayFrequency: inner.everydayFrequency?.bind(inner),
    prefixFrequency: inner.prefixFrequency?.bind(inner),
  };
}

/** The Swiss spelling of a word: `Straße` → `Strasse`. */
export function swiss(word: string): string {
  return word.replace(/ß/g, 'ss');
}

/**
 * The spellings with ß that a Swiss token may stand for, each `ss` read as ß
 * or not: `Strasse` → [`Straße`]; `Schlossstrasse` → three readings.
 */
function sharpReadings(token: string): string[] {
  const parts = token.split('ss');
  if (parts.length === 1 || parts.length - 1 > MAX_SS) return [];
  let readings = [parts[0]!];
  for (const part of parts.slice(1)) readings = readings.flatMap((head) => [head + 'ss' + part, head + 'ß' + part]);
  return readings.filter((reading) => reading !== token);
}
