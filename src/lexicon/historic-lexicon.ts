/**
 * Historic text (--historic, or found by looksHistoric): spellings from before the 1901 and 1996
 * reforms are words when their modern reading is one — `Thür` (Tür), `Theil`
 * (Teil), `daß` (dass), `frey` (frei), `seyn` (sein), `Kenntniß` (Kenntnis),
 * `probiren` (probieren), `Classe` (Klasse). No stage then takes them for OCR
 * damage, and no stage ever writes the modern form: the text keeps its own
 * spelling.
 */
import { LETTER } from '../text/chars.js';
import { capitalise } from './casing.js';
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

/**
 * What marks an old spelling: th (Theil, thun, Noth), ß (daß, Kenntniß), ey
 * (seyn). The weaker rules (Classe, probiren) are not looked for: these three
 * mark any old text, and each is found with indexOf, not a regex over it.
 */
const OLD_MARKS = ['th', 'Th', 'ß', 'ey'];
/** How many old spellings, of at least two words, make a text historic: a name (Meyer) is one. */
const OLD_SPELLINGS = 3;
/** Verdicts per token, kept across chunks (text repeats its words); emptied when full. */
const MAX_VERDICTS = 50_000;
const verdicts = new WeakMap<Lexicon, Map<string, boolean>>();

/**
 * Whether the text shows spellings from before the reforms that the modern
 * lexicon lacks and a rule of MODERNISATIONS explains (Theil, thun, Noth,
 * daß, seyn): then its old spellings are words (`historic: 'auto'`) and lost
 * dots are restored in them too (Thur → Thür).
 * Example: looksHistoric('Er wollte seinen Theil aus Noth nicht thun.', lexicon) = true.
 */
export function looksHistoric(text: string, modern: Lexicon): boolean {
  let known = verdicts.get(modern);
  if (known === undefined) verdicts.set(modern, (known = new Map()));
  const found = new Set<string>();
  let count = 0;
  for (const mark of OLD_MARKS) {
    for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + mark.length)) {
      const start = at - LETTER.runLengthBefore(text, at);
      const token = text.slice(start, at + LETTER.runLengthAt(text, at));
      let isOld = known.get(token);
      if (isOld === undefined) {
        if (known.size >= MAX_VERDICTS) known.clear();
        isOld = token.length >= 3 && !modern.isWord(token) && isUnlikelyEnglish(token, modern) && modernReadings(token).some((reading) => modern.isWord(reading));
        known.set(token, isOld);
      }
      if (!isOld) continue;
      found.add(token);
      if (++count >= OLD_SPELLINGS && found.size >= 2) return true;
    }
  }
  return false;
}

/**
 * English words read as old German (that: tat, they) are counted in the corpus
 * of modern German text, which quotes English; its old spellings are not
 * (Theil, Noth: 0), except those with ß, which no English word has.
 */
function isUnlikelyEnglish(token: string, modern: Lexicon): boolean {
  return token.includes('ß') || modern.frequency(token) === 0;
}

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
    frequency: (word) => inner.frequency(word) || Math.max(0, ...modernReadings(word).map((reading) => inner.frequency(reading))),
    spellingsForKey: (token) => withOldSpellings(inner.spellingsForKey(token), token),
    spellingsForLattice:
      inner.spellingsForLattice === undefined ? undefined : (lattice) => withOldSpellings(inner.spellingsForLattice!(lattice), lattice.token),
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

/** Tokens with more letters that may have lost their dots are not expanded (2^n spellings). */
const MAX_DOTLESS_LETTERS = 4;
const WITH_DOTS: Readonly<Record<string, string>> = { a: 'ä', o: 'ö', u: 'ü' };

/**
 * Old spellings with umlauts whose dots the token lost, found through their
 * modern reading: `Thur` → `Thür` (Tür), `nothig` → `nöthig` (nötig),
 * `Rathsel` → `Räthsel`. The modern lexicon has no key for them, so they
 * are added here, written as the token writes everything else, with the
 * capital of the modern word (Thür, from Tür).
 */
function oldSpellingsWithUmlauts(token: string, inner: Lexicon): string[] {
  // Spelled so by the lexicon, in this case: Tür and Tränen, tränen (a verb too), nötig but not Nötig.
  const isSpelledSo = (word: string): boolean => inner.spellingsForKey(word).includes(word);
  const lower = token.toLowerCase();
  if (modernReadings(token).length === 0 && modernReadings(capitalise(lower)).length === 0) return [];
  const dotless = [...lower].flatMap((letter, at) => (letter in WITH_DOTS ? [at] : []));
  if (dotless.length === 0 || dotless.length > MAX_DOTLESS_LETTERS) return [];
  const spellings: string[] = [];
  for (let mask = 1; mask < 1 << dotless.length; mask++) {
    const letters = [...lower];
    dotless.forEach((at, bit) => {
      if (mask & (1 << bit)) letters[at] = WITH_DOTS[letters[at]!]!;
    });
    // In each case the lexicon writes its modern reading, the noun first: nöthig (nötig), Thür (Tür), Thränen and thränen (Tränen, tränen).
    for (const cased of [capitalise(letters.join('')), letters.join('')]) {
      if (modernReadings(cased).some(isSpelledSo)) spellings.push(cased);
    }
  }
  return spellings;
}