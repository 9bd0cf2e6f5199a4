/**
 * The garbled readings of an OCR token as a key lattice (see
 * lexicon/key-lattice.ts): every span of glyphs that looks like an umlaut
 * letter or ß (visual-cost.ts) is another reading of its place, with a cost
 * against the token's garble budget. The lexicon walks all of them at once.
 */
import type { KeyLattice, KeyReading } from '../lexicon/key-lattice.js';
import { garbleKeysOf, MAX_SPAN, mayBeginSplit } from './visual-cost.js';

/**
 * Lattice costs of garbled spans: a short word may have one garble of any
 * kind, or two made of glyphs German never writes inside a word (GroéBe: see
 * isForeignToGerman); longer words may have more (see garbleBudget).
 */
export const GARBLE = 2;
const EVIDENT_GARBLE = 1;
/** Two glyphs are too few to tell a garble from an abbreviation or a word broken at a line end (Pa-kete). */
export const MIN_GARBLED_LENGTH = 3;

/**
 * The more letters a token has, the less likely a foreign word or name
 * happens to read as a German word after several garbles, so the budget
 * grows with length: Paketiiberpriifung, ZurUckristung. A token of four or
 * five that shows a glyph German never writes (`evident`) is garbled for
 * sure, and may have one more ordinary garble beside it, as a longer word
 * may: Gréfe, stiBe (Größe, süße; on older print, unseen manuals and new
 * prose five such words more repaired, none damaged).
 * Example: garbleBudget(5, false) = 2, garbleBudget(5, true) = 3, garbleBudget(13, false) = 4.
 */
function garbleBudget(length: number, evident: boolean): number {
  return length >= 10 ? 2 * GARBLE : length >= 6 || evident ? GARBLE + EVIDENT_GARBLE : GARBLE;
}
/** Shorter tokens keep their budget whatever their glyphs (see garbleBudget). */
const MIN_EVIDENT_LENGTH = 4;

/** After these, a dropped ß is a reading (Auerdem): aeiouyäöü in both cases. */
const VOWEL_UNITS: ReadonlySet<number> = new Set([...'aeiouyäöüAEIOUYÄÖÜ'].map((vowel) => vowel.charCodeAt(0)));

/**
 * The token (and the tail of its compound) with every span of 1–3 glyphs that
 * looks like an umlaut letter or ß as another reading of its place, and after
 * each vowel a dropped ß. With `dropped`, also a dropped ä, ö or ü at each
 * place (mglich), which takes the whole budget: a letter missing altogether
 * is the weakest evidence, believed only where nothing else is wrong. Plain
 * a/o/u and ss need no reading of their own: the lexicon folds the token's letters.
 * Example: garbleLattice('Flinfte', '').readingsAt[1] includes { length: 2, key: 'ü' }.
 */
export function garbleLattice(token: string, tail: string, dropped = false): KeyLattice {
  const readingsAt: (readonly KeyReading[] | undefined)[] = [];
  const budget = garbleBudget(token.length, token.length >= MIN_EVIDENT_LENGTH && isForeignToGerman(token, 0));
  const [anywhere, afterVowel] = dropped ? droppedWithBudget(budget) : NONE_DROPPED;
  const capitalised = token[0] !== token[0]!.toLowerCase();
  for (let start = 0; start <= token.length; start++) {
    let here = start > 0 && VOWEL_UNITS.has(token.charCodeAt(start - 1)) ? afterVowel : anywhere;
    if (start < token.length) {
      const longest = mayBeginSplit(token[start]!) ? MAX_SPAN : 1;
      for (let end = start + 1; end <= Math.min(token.length, start + longest); end++) {
        let readings = spanReadings(token, start, end);
        if (end === start + 1 && isNoSharpSHere(token, start, capitalised)) readings = withoutSharpS(readings);
        if (readings.length > 0) here = here.length === 0 ? readings : here.concat(readings);
      }
    }
    if (here.length > 0) readingsAt[start] = here;
  }
  return { token: token + tail, readingsAt, maxCost: budget };
}

const LETTER_I = 0x69;
const LETTER_K = 0x6b;
/** A glyph's readings without ß, by its readings (each glyph's are one cached array, see spanReadings). */
const withoutSharpSOf = new WeakMap<readonly KeyReading[], readonly KeyReading[]>();

/**
 * Two glyphs are read as ß only where it can stand. An i (gemai, aufgepait)
 * not in a capitalised token: a name as often as not (Dai, Wei), which a
 * reading as Daß or Weiß would damage. A k (Grokbuchstaben, Fukganger) only
 * before a consonant, where a compound's first part ends in ß: before a
 * vowel it is a k of its own (Make is no Maße).
 */
function isNoSharpSHere(token: string, at: number, capitalised: boolean): boolean {
  const glyph = token.charCodeAt(at);
  if (glyph === LETTER_I) return capitalised;
  return glyph === LETTER_K && !isConsonant(token.charCodeAt(at + 1));
}

/** A small letter a–z that is no vowel (nor y, see VOWEL_UNITS). */
function isConsonant(unit: number): boolean {
  return unit >= 0x61 && unit <= 0x7a && !VOWEL_UNITS.has(unit);
}

function withoutSharpS(readings: readonly KeyReading[]): readonly KeyReading[] {
  let without = withoutSharpSOf.get(readings);
  if (without === undefined) withoutSharpSOf.set(readings, (without = readings.filter((reading) => reading.key !== 'ss')));
  return without;
}

/** ß dropped after a vowel (Auerdem): a reading of no glyphs. */
const SHARP_S_DROPPED: KeyReading = { length: 0, key: 'ss', cost: GARBLE };
const SHORT_VOWEL_ENDING = /^[a-zäöü][aeiouäöü]$/;

/**
 * The garbled readings of a two-letter token that starts with a small letter,
 * where an engine without a German model left a short word: after a vowel a ß
 * dropped at its end (sa: saß, mu: muß), or a glyph German never writes
 * inside a word (aB, a&: aß). Any other garble of two glyphs is as likely an
 * abbreviation or a word broken apart (see MIN_GARBLED_LENGTH).
 * Example: shortWordLattice('sa')?.readingsAt[2] = [{ length: 0, key: 'ss', cost: 2 }].
 */
export function shortWordLattice(token: string): KeyLattice | undefined {
  if (SHORT_VOWEL_ENDING.test(token)) return { token, readingsAt: [undefined, undefined, [SHARP_S_DROPPED]], maxCost: GARBLE };
  return isGermanLowercase(token.charCodeAt(0)) && isForeignToGerman(token, 0) ? garbleLattice(token, '') : undefined;
}

/** The readings of no glyphs: anywhere, and after a vowel. */
type Dropped = readonly [readonly KeyReading[], readonly KeyReading[]];
const NONE_DROPPED: Dropped = [[], [SHARP_S_DROPPED]];
const droppedByBudget = new Map<number, Dropped>();

/** The readings of no glyphs with a dropped ä, ö or ü at `budget`, made once per budget. */
function droppedWithBudget(budget: number): Dropped {
  let dropped = droppedByBudget.get(budget);
  if (dropped === undefined) {
    const umlauts = ['ä', 'ö', 'ü'].map((key) => ({ length: 0, key, cost: budget }));
    dropped = [umlauts, [...umlauts, SHARP_S_DROPPED]];
    droppedByBudget.set(budget, dropped);
  }
  return dropped;
}

/**
 * The lattice readings of token[start, end), made once per distinct span
 * (and whether it begins the word). A span of the Latin range is found by
 * its code units, without cutting it out of the token: every lattice asks
 * for two or three spans at most places, and most were met before.
 */
function spanReadings(token: string, start: number, end: number): readonly KeyReading[] {
  const isInitial = start === 0;
  let code = 0;
  for (let i = start; i < end && code >= 0; i++) {
    const unit = token.charCodeAt(i);
    code = unit < LATIN_RANGE ? code * LATIN_RANGE + unit : -1;
  }
  if (code >= 0 && end === start + 1) {
    const glyphs = isInitial ? initialGlyphReadings : innerGlyphReadings;
    return (glyphs[code] ??= readingsOfSpan(token[start]!, isInitial));
  }
  // With its length: a span of NUL and two glyphs has the code of the two.
  const key = code >= 0 ? code * (MAX_SPAN + 1) + end - start : token.slice(start, end);
  const cache = isInitial ? initialSpanReadings : innerSpanReadings;
  let readings = cache.get(key);
  if (readings === undefined) {
    if (cache.size >= MAX_CACHED_SPANS) cache.clear();
    readings = readingsOfSpan(token.slice(start, end), isInitial);
    cache.set(key, readings);
  }
  return readings;
}

function readingsOfSpan(span: string, isInitial: boolean): readonly KeyReading[] {
  const cost = isForeignToGerman(span, isInitial ? 0 : 1) ? EVIDENT_GARBLE : GARBLE;
  return garbleKeysOf(span).map((key) => ({ length: span.length, key, cost }));
}

/** Single glyphs of the Latin range, the common spans, are looked up by code unit. */
const LATIN_RANGE = 0x250;
const initialGlyphReadings: (readonly KeyReading[] | undefined)[] = [];
const innerGlyphReadings: (readonly KeyReading[] | undefined)[] = [];

const MAX_CACHED_SPANS = 10_000;
/** Spans of two or three glyphs, those of the Latin range by their code units and length, the rest by their text. */
const initialSpanReadings = new Map<number | string, readonly KeyReading[]>();
const innerSpanReadings = new Map<number | string, readonly KeyReading[]>();

/**
 * Glyphs German spelling never writes inside a word: a digit or symbol, a
 * capital after the first letter, a letter with a foreign accent, a doubled
 * dotted stroke (ii). Such a span is far more likely a garble than one made
 * of ordinary letters, so it is probed first.
 * Example: isForeignToGerman('B', 8) = true (ausschlieBlich).
 */
export function isForeignToGerman(span: string, start: number): boolean {
  if (span.includes('ii')) return true;
  for (let i = start > 0 ? 0 : 1; i < span.length; i++) if (!isGermanLowercase(span.charCodeAt(i))) return true;
  return false;
}

/** a–z, ä, ö, ü, ß: the letters German writes inside a word. */
function isGermanLowercase(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || unit === 0xe4 || unit === 0xf6 || unit === 0xfc || unit === 0xdf;
}
