/**
 * The lexicon as the stages see it. The implementation reads the compiled
 * binary in dictionaries/ (see scripts/build-dictionaries.mjs).
 */
import type { KeyLattice } from './key-lattice.js';

export interface Lexicon {
  /**
   * True when `token`, as written, is a German word: a form of the lexicon or
   * a valid compound (begin + middle* + end parts, with linking elements),
   * with German capitalisation (nouns and sentence-initial words capitalised,
   * ALL-CAPS accepted for any word). Words joined by hyphens are a word
   * (`Debian-Architekturen`), and so are lowercase adjective compounds
   * (`zivilgesellschaftlichen`); see dictionaries/README.md for the rules.
   */
  isWord(token: string): boolean;
  /** How often the form occurs in the frequency corpus (0 when never seen). */
  frequency(word: string): number;
  /**
   * Optional: how often everyday German uses the lowercase word, estimated
   * from film subtitles on the scale of `frequency` (0 when the list lacks
   * it; see dictionaries/README.md). The corpus is software manuals: narrative
   * words such as `mochten` or `andern` are common here and never there.
   */
  everydayFrequency?(word: string): number;
  /**
   * The real spellings (forms and compounds of the lexicon) that fold to the
   * same umlaut-free key as `token` (ä→a, ö→o, ü→u, ß→ss, case-insensitive):
   * `fur` → [`für`, …]. The spellings come back as the lexicon writes them.
   */
  spellingsForKey(token: string): readonly string[];
  /**
   * The spellings of all the lattice's keys at once (see key-lattice.ts): one
   * walk instead of one spellingsForKey per key. Optional: without it, callers
   * look up latticeKeys(lattice) one by one.
   */
  spellingsForLattice?(lattice: KeyLattice): readonly string[];
  /**
   * Optional: like isWord, but only what the dictionary itself vouches for,
   * without the readings the implementation adds on its own (such as
   * adjective compounds); a stronger verdict when two readings compete.
   */
  isDictionaryWord?(token: string): boolean;
  /**
   * Optional: true when `token`, exactly as written, is a form of the
   * dictionary itself (`Bühne`, `Kühe`), not a compound the rules build
   * (`Hörries` = Hör + Ries) nor a recased reading.
   */
  isForm?(token: string): boolean;
  /**
   * Optional: how often the frequency corpus has words that begin with
   * `prefix`, as written (`nördl`: nördlich, nördlichen…): what an
   * abbreviation (`nördl.`) stands for.
   */
  prefixFrequency?(prefix: string): number;
  /**
   * Optional: the last parts of `word` split in two, longest first, where the
   * head is a word or a compound part and the last part a word or a compound
   * end (Virtualisierungslösungen → [lösungen]; herunterläuft → [unterläuft,
   * läuft]); none for Übergreifende (Übergreif is neither).
   */
  lastParts?(word: string): string[];
}

/** A form of the dictionary exactly as written (Fälle, Bauer; not the compound Bau + Erle), where the lexicon tells forms apart; else any word it accepts. */
export function isFormAsWritten(word: string, lexicon: Lexicon): boolean {
  return lexicon.isForm?.(word) ?? lexicon.isWord(word);
}

/** A word of the dictionary itself, where the lexicon tells those apart from its compounds; else any word it accepts. */
export function isDictionaryWord(word: string, lexicon: Lexicon): boolean {
  return lexicon.isDictionaryWord?.(word) ?? lexicon.isWord(word);
}
