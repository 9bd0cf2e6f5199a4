/**
 * Historic text (--historic): spellings from before the 1901 and 1996
 * reforms are words when their modern reading is one — `Thür` (Tür), `Theil`
 * (Teil), `daß` (dass), `frey` (frei), `seyn` (sein), `Kenntniß` (Kenntnis),
 * `probiren` (probieren), `Classe` (Klasse). No stage then takes them for OCR
 * damage, and no stage ever writes the modern form: the text keeps its own
 * spelling.
 */
import type { Lexicon } from './lexicon.js';

/** Each rule maps an old spelling to the modern one; a token's readings apply any subset of them. */
const MODERNISATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/niß(?=$|e)/g, 'nis'], // Kenntniß, Hindernisse: -niß became -nis
  [/ß/g, 'ss'], // daß, muß, Fluß (1996)
  [/(?<![sc])th/g, 't'], // Noth, Muth, Rath
  [/^Th/g, 'T'], // Thür, Theil, Thal (1901)
  [/ey/g, 'ei'], // frey, seyn, bey
  [/ir(?=(?:en|t|te|ten|st|test)$)/g, 'ier'], // probiren, regirt
  [/^C(?=[lr]|a|o|u)/g, 'K'], // Classe, Credit, Cabinet
  [/^C(?=[ie])/g, 'Z'], // Citrone, Centrum
];

/** Readings with more applicable rules than this are not expanded (2^n readings). */
const MAX_RULES = 4;

export function withHistoricSpellings(inner: Lexicon): Lexicon {
  const isHistoricWord = (token: string, isWord: (reading: string) => boolean): boolean =>
    isWord(token) || modernReadings(token).some(isWord);
  return {
    isWord: (token) => isHistoricWord(token, (reading) => inner.isWord(reading)),
    frequency: (word) => inner.frequency(word),
    spellingsForKey: (token) => inner.spellingsForKey(token),
    spellingsForLattice: inner.spellingsForLattice?.bind(inner),
    isDictionaryWord:
      inner.isDictionaryWord === undefined ? undefined : (token) => isHistoricWord(token, (reading) => inner.isDictionaryWord!(reading)),
    isForm: inner.isForm === undefined ? undefined : (token) => isHistoricWord(token, (reading) => inner.isForm!(reading)),
    lastParts: inner.lastParts?.bind(inner),
  };
}

/** The token with each subset of the applicable rules applied, but the token itself: `Theil` → [`Teil`]. */
export function modernReadings(token: string): string[] {
  const applicable = MODERNISATIONS.filter(([pattern]) => {
    pattern.lastIndex = 0;
    return pattern.test(token);
  });
  if (applicable.length === 0 || applicable.length > MAX_RULES) return [];
  let readings = [token];
  for (const [pattern, modern] of applicable) {
    readings = readings.flatMap((reading) => [reading, reading.replace(pattern, modern)]);
  }
  return [...new Set(readings)].filter((reading) => reading !== token);
}
