/**
 * Historic text (--historic, or found by looksHistoric in historic-text.ts):
 * spellings from before the 1901 and 1996 reforms are words when their
 * modern reading is one — `Thür` (Tür), `Theil` (Teil), `daß` (dass),
 * `frey` (frei), `seyn` (sein), `Kenntniß` (Kenntnis), `probiren`
 * (probieren), `gieng` (ging), `Classe` (Klasse). No stage then takes them for OCR
 * damage, and no stage ever writes the modern form: the text keeps its own
 * spelling.
 */
import { capitalise } from './casing.js';
import type { KeyLattice, KeyReading } from './key-lattice.js';
import type { Lexicon } from './lexicon.js';
import { dottedReadings, WITH_DOTS } from '../text/dots.js';

/** Each rule maps an old spelling to the modern one; a token's readings apply any subset of them. */
const MODERNISATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/niß(?=$|e)/g, 'nis'], // Kenntniß, Hindernisse: -niß became -nis
  [/ß/g, 'ss'], // daß, muß, Fluß (1996)
  [/(?<![sc])th/g, 't'], // Noth, Muth, Rath
  [/^Th/g, 'T'], // Thür, Theil, Thal (1901)
  [/ey/g, 'ei'], // frey, seyn, bey
  [/ir(?=(?:en|t|te|ten|st|test)$)/g, 'ier'], // probiren, regirt
  [/ie(?=ng|bs?t$)/g, 'i'], // gieng, fieng, giebt (ging, fing, gibt)
  [/ülf/g, 'ilf'], // Hülfe, behülflich (Hilfe)
  [/^C(?=[lr]|a|o|u)/g, 'K'], // Classe, Credit, Cabinet
  [/^C(?=[ie])/g, 'Z'], // Citrone, Centrum
];

/** Any of the rules at all: one test instead of ten, for the many tokens none applies to. */
const ANY_MODERNISATION = new RegExp(MODERNISATIONS.map(([pattern]) => pattern.source).join('|'));

/** Readings with more applicable rules than this are not expanded (2^n readings). */
const MAX_RULES = 4;

export function withHistoricSpellings(inner: Lexicon): Lexicon {
  const isHistoricWord = (token: string, isWord: (reading: string) => boolean): boolean =>
    isWord(token) || modernReadings(token).some(isWord);
  const withOldSpellings = (spellings: readonly string[], token: string): readonly string[] => {
    const old = oldSpellingsWithUmlauts(token, inner);
    return old.length === 0 ? spellings : [...new Set([...spellings, ...old])];
  };
  return {
    isWord: (token) => isHistoricWord(token, (reading) => inner.isWord(reading)),
    // An old spelling is as common in old text as its modern reading is today (Thür: Tür).
    frequency: (word) => inner.frequency(word) || modernReadings(word).reduce((most, reading) => Math.max(most, inner.frequency(reading)), 0),
    spellingsForKey: (token) => withOldSpellings(inner.spellingsForKey(token), token),
    spellingsForLattice:
      inner.spellingsForLattice === undefined
        ? undefined
        : (lattice) => withOldSpellings([...inner.spellingsForLattice!(lattice), ...garbledOldTh(lattice, inner), ...garbledOldNiss(lattice, inner)], lattice.token),
    isDictionaryWord:
      inner.isDictionaryWord === undefined ? undefined : (token) => isHistoricWord(token, (reading) => inner.isDictionaryWord!(reading)),
    isForm: inner.isForm === undefined ? undefined : (token) => isHistoricWord(token, (reading) => inner.isForm!(reading)),
    lastParts: inner.lastParts?.bind(inner),
    everydayFrequency: inner.everydayFrequency?.bind(inner),
    prefixFrequency: inner.prefixFrequency?.bind(inner),
  };
}

/** The token with each subset of the applicable rules applied, but the token itself: `Theil` → [`Teil`]. */
export function modernReadings(token: string): string[] {
  if (!ANY_MODERNISATION.test(token)) return [];
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

/** Tokens with more letters that may have lost their dots are not expanded (2^n spellings). */
const MAX_DOTLESS_LETTERS = 4;

/**
 * Old spellings with umlauts whose dots the token lost, found through their
 * modern reading: `Thur` → `Thür` (Tür), `nothig` → `nöthig` (nötig),
 * `Rathsel` → `Räthsel`. The modern lexicon has no key for them, so they
 * are added here, written as the token writes everything else, with the
 * capital of the modern word (Thür, from Tür).
 */
function oldSpellingsWithUmlauts(token: string, inner: Lexicon): string[] {
  // Spelled so by the lexicon, in this case: Tür, nötig (not Nötig), Essen and essen.
  const isSpelledSo = (word: string): boolean => inner.spellingsForKey(word).includes(word);
  const lower = token.toLowerCase();
  // A rule may apply only once the dots are back (Hulfe: Hülfe, Hilfe).
  const dotted = lower.replace(/[aou]/g, (letter) => WITH_DOTS[letter]!);
  if (![token, capitalise(lower), dotted, capitalise(dotted)].some((reading) => modernReadings(reading).length > 0)) return [];
  const spellings: string[] = [];
  for (const reading of dottedReadings(lower, MAX_DOTLESS_LETTERS)) {
    // In each case the lexicon writes its modern reading, the noun first: nöthig (nötig), Thür (Tür).
    for (const cased of [capitalise(reading), reading]) {
      if (modernReadings(cased).some(isSpelledSo)) spellings.push(cased);
    }
  }
  return spellings;
}

/** The h of an old th (Thür, nöthig, Blüthe), not of sch or ch. */
const OLD_TH = /(?<![sc])[tT]h/g;

/**
 * Old spellings with th whose umlaut OCR garbled (Thiir → Thür, Bliithe →
 * Blüthe): the lattice walked without the h of each th, so the modern
 * lexicon finds the modern word (Tür), which then gets its h back after
 * each t it may follow (the candidates keep only the spelling the token
 * matches). Example: garbledOldTh(garbleLattice('Thiir'), lexicon) includes 'Thür'.
 */
function garbledOldTh(lattice: KeyLattice, inner: Lexicon): string[] {
  const dropped = [...lattice.token.matchAll(OLD_TH)].map((match) => match.index + 1);
  if (dropped.length === 0 || dropped.length > 2) return [];
  const modernIndex = (at: number): number => at - dropped.filter((h) => h < at).length;
  const readingsAt: (readonly KeyReading[] | undefined)[] = [];
  lattice.readingsAt.forEach((readings, at) => {
    const kept = readings?.filter((reading) => !dropped.some((h) => h >= at && h < at + reading.length));
    if (!dropped.includes(at) && kept !== undefined && kept.length > 0) readingsAt[modernIndex(at)] = kept;
  });
  const token = [...lattice.token].filter((_, at) => !dropped.includes(at)).join('');
  return inner.spellingsForLattice!({ token, readingsAt, maxCost: lattice.maxCost }).flatMap((modern) => withThAgain(modern, dropped.length));
}

/** The modern spelling with an h after `count` of its t (Tür → Thür; Blüte → Blüthe, Bltüe is never asked for). */
function withThAgain(modern: string, count: number): string[] {
  const after = [...modern.matchAll(/(?<![sc])[tT]/g)].map((match) => match.index + 1);
  const spellings: string[] = [];
  const insert = (word: string, at: readonly number[]): string => at.reduceRight((text, i) => `${text.slice(0, i)}h${text.slice(i)}`, word);
  for (let i = 0; i < after.length; i++) {
    if (count === 1) spellings.push(insert(modern, [after[i]!]));
    else for (let j = i + 1; j < after.length; j++) spellings.push(insert(modern, [after[i]!, after[j]!]));
  }
  return spellings;
}

/**
 * The old -niß whose ß OCR garbled (Kenntnifs, KenntniB → Kenntniß): the
 * garbled span at the end, after ni, read as the s of the modern -nis, and
 * the modern word (Kenntnis) written with its ß again.
 */
function garbledOldNiss(lattice: KeyLattice, inner: Lexicon): string[] {
  const { token } = lattice;
  const endings = [1, 2].flatMap((length) => {
    const start = token.length - length;
    if (token.slice(start - 2, start).toLowerCase() !== 'ni') return [];
    return (lattice.readingsAt[start] ?? []).filter((reading) => reading.key === 'ss' && reading.length === length).map((reading) => ({ start, reading }));
  });
  if (endings.length === 0) return [];
  return endings.flatMap(({ start, reading }) => {
    const readingsAt = [...lattice.readingsAt];
    readingsAt[start] = [...(readingsAt[start] ?? []), { ...reading, key: 's' }];
    return inner
      .spellingsForLattice!({ ...lattice, readingsAt })
      .filter((modern) => modern.endsWith('nis') && modern.length === start + 1)
      .map((modern) => `${modern.slice(0, -1)}ß`);
  });
}
