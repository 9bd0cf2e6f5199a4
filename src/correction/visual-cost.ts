/**
 * How plausibly an OCR engine read a short span of glyphs where the print had
 * ä, ö, ü, Ä, Ö, Ü or ß. The model is built from glyph shapes, not from a list
 * of observed garbles, so it carries over to other fonts and engines:
 *
 * - the letter without its dots (ü → u) is the cheapest error;
 * - the whole letter read as one similar glyph (ö → é, 6, d, G; ß → B, 8, 3, &);
 * - the letter split into pieces of its shape: ü into two or three strokes (ii, li, ti, iti),
 *   ö into two bowls (ao), ß into its long-s stem and its tail (fs, f3, lJs) or
 *   into two glyphs each read for the whole letter (®B, 8&).
 *
 * Costs are in "edit" units: a plain substitution of an unrelated letter
 * would cost 1; everything here is cheaper, and anything else is Infinity.
 */

import { FOLDED } from '../lexicon/word-automaton.js';

export const UMLAUT_LETTERS = 'äöüÄÖÜß';
export const MAX_SPAN = 3;

/** The dots of an umlaut were lost (ü → u): the most common OCR error. */
const DOT_LOSS = 0.1;
/** Extra cost for reading one letter as several glyphs. */
const SPLIT = 0.2;
/** ß written as ss: a spelling variant, not a misreading, so candidates keep the ss (candidates.ts); not in capitals, where SS is the rule. */
const DOUBLE_S = 0.5;
/** ß dropped altogether (wei, Auerdem): rare, and only after a vowel, where ß can stand. */
const SHARP_S_LOST = 0.9;
/**
 * ä, ö or ü dropped altogether (mglich, ber, Kontrolle ber das): a faint
 * letter, or text that passed through a tool that strips what is not ASCII.
 * Dearer than any glyph read for the letter.
 */
const LETTER_LOST = 1;

/** Vertical strokes, with or without a dot: the pieces of u/ü. */
const STROKES = 'iltIj1!|íìîïĺľ';
/** Round shapes: the pieces of o/ö. */
const BOWLS = 'oaec0OQDd6éèêëóòôõø';
/**
 * Glyphs like the long-s stem that begins ß. Not the long s itself: OCR that
 * writes ſ knows old print and its ß, so an ſs it writes was printed so (daſs).
 */
const LONG_S_STEMS = 'fflIJ1t';
/** Glyphs like the tail of ß (the z- or s-shaped right half; a k or g where its top and belly come apart: grofkes, nafg). */
const SHARP_S_TAILS = 'sSjJ3583&®$§BbzZkg';

/** The dots read as another mark on the same letter (ü → ú, ö → ô, ä → à). */
const OTHER_MARK = 0.15;
/** ö with its dots read as an accent on a bowl read as e (ö → é). */
const MARKED_E_FOR_O = 0.2;

/**
 * Glyphs of another shape class an umlaut letter is read as, with their cost.
 * A plain s keeps only the tail of ß, not its stem: as dear as a misread
 * ordinary letter, so a name such as Klose does not read as Klöße.
 */
const LOOKALIKES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  ü: { U: 0.4, i: 0.5, v: 0.7, y: 0.7, l: 0.7, d: 0.7, t: 0.75, I: 0.75, '1': 0.8, n: 0.8, G: 0.8 },
  Ü: { u: 0.5, V: 0.6, G: 0.6 },
  ö: { ø: 0.2, '6': 0.4, d: 0.4, '0': 0.4, O: 0.45, a: 0.6, G: 0.6, c: 0.7 },
  Ö: { Ø: 0.2, '0': 0.35, Q: 0.4, D: 0.5, '6': 0.5, o: 0.5 },
  ä: { '4': 0.45, i: 0.5, é: 0.5, d: 0.6, o: 0.7 },
  Ä: { a: 0.5 },
  ß: { β: 0.1, B: 0.3, k: 0.6, '8': 0.35, '3': 0.45, '&': 0.45, '®': 0.45, '@': 0.45, '}': 0.45, $: 0.5, '§': 0.5, b: 0.5, f: 0.55, R: 0.6, S: 0.6, G: 0.6, i: 0.6, s: 0.8 },
};

/**
 * One glyph read for the whole letter: its base letter (dots lost), the base
 * with another mark (any accent, by Unicode decomposition), or a lookalike.
 */
function wholeCost(glyph: string, target: string): number {
  const base = FOLDED[target]!;
  if (glyph === base) return DOT_LOSS;
  const [glyphBase, mark] = glyph.normalize('NFD');
  if (mark !== undefined) {
    if (glyphBase === base) return OTHER_MARK;
    if (target === 'ö' && glyphBase === 'e') return MARKED_E_FOR_O;
  }
  return LOOKALIKES[target]?.[glyph] ?? Infinity;
}

/** Strokes that carry a dot: the dots of any umlaut can land on them (Geriite, Gefiihl). */
const DOTTED_STROKES = 'iíìîïj';
/**
 * Glyphs that may stand beside a reading of ö or ä when the letter splits in
 * two (ao, 6é, ai): a bowl, or the dots read as a dotted stroke. Never a tall
 * undotted stroke (l, t, I, 1): the dots are small marks, and `al`, `il` are
 * the letters they read as (hillt is hüllt, not hält). Never e: ae and oe are
 * how authors spell umlauts without them (gehoert), a spelling, not a misreading.
 */
const MARKS = BOWLS.replace('c', '') + DOTTED_STROKES;
/** ü is two strokes, so it splits into strokes or a stroke beside a u (ii, li, ti, tu). */
const U_PIECES = STROKES + 'uU';
const PIECE = 0.25;
/**
 * Two dotted strokes are the shape of ü; read for ä or ö they lost the bowl
 * too (Geriite for Geräte), far rarer: Hiitte is Hütte before Hätte.
 */
const STROKES_FOR_BOWL = 1;
/** The dots of ü read as a stroke of their own beside its two stems. */
const THIRD_STROKE = 0.5;
const PIECE_OF_SHARP_S = 0.2;

/**
 * Cost of reading `target` (one of äöüÄÖÜß) as `span` (0–3 glyphs); Infinity
 * when the shapes do not match. Example: spanCost('ii', 'ü') = 0.7.
 */
export function spanCost(span: string, target: string): number {
  return costsOf(span)[UMLAUT_LETTERS.indexOf(target)] ?? Infinity;
}

/** Distinct spans are few (text repeats its glyphs): their costs are computed once. */
const MAX_CACHED_SPANS = 10_000;
const costCache = new Map<string, Float64Array>();

/** The cost of `span` as each of UMLAUT_LETTERS, in that order. */
function costsOf(span: string): Float64Array {
  let costs = costCache.get(span);
  if (costs === undefined) {
    if (costCache.size >= MAX_CACHED_SPANS) costCache.clear();
    costs = Float64Array.from(UMLAUT_LETTERS, (target) => shapeCost(span, target));
    costCache.set(span, costs);
  }
  return costs;
}

function shapeCost(span: string, target: string): number {
  if (span.length === 0) return target === 'ß' ? SHARP_S_LOST : target === target.toLowerCase() ? LETTER_LOST : Infinity;
  if (span.length === 1) return wholeCost(span, target);
  if (span.length > MAX_SPAN) return Infinity;
  if (target === 'ß') return sharpSCost(span);
  if (span.length === 2) return splitCost(span[0]!, span[1]!, target);
  return strokesCost(span, target);
}

/**
 * ü read as three strokes: its two stems with the dots read as a third
 * (ausfitihrbaren, mUuissen). Far rarer than two (on the dev pages ü was
 * read as ii 262 times, as three strokes about once in a hundred of that):
 * Hiitte is Hütte, not Hüte with its t read as a stroke.
 * Example: strokesCost('iti', 'ü') = 1.45.
 */
function strokesCost(span: string, target: string): number {
  if (target !== 'ü' && target !== 'Ü') return Infinity;
  const pieces = [...span];
  const isStrokes = pieces.every((glyph) => U_PIECES.includes(glyph)) && pieces.filter((glyph) => glyph === 'u' || glyph === 'U').length <= 1;
  return isStrokes ? SPLIT + 3 * PIECE + THIRD_STROKE : Infinity;
}

/** One letter read as two glyphs (see DOTTED_STROKES, MARKS, U_PIECES). */
function splitCost(first: string, second: string, target: string): number {
  const split = SPLIT + 2 * PIECE;
  const lower = target.toLowerCase();
  if (lower === 'ü') return U_PIECES.includes(first) && U_PIECES.includes(second) && first + second !== 'uu' ? split : Infinity;
  if (DOTTED_STROKES.includes(first) && DOTTED_STROKES.includes(second)) return split + STROKES_FOR_BOWL;
  if (first === 'e' || second === 'e') return Infinity;
  const isWhole = (glyph: string) => wholeCost(glyph, target) < Infinity;
  const isSplit = (isWhole(first) && MARKS.includes(second)) || (MARKS.includes(first) && isWhole(second));
  return isSplit ? split : Infinity;
}

/**
 * Glyphs an engine reads for a whole ß that German never writes inside a
 * word (B aside, which it does not write there either): where it cuts the
 * letter in two, it may read each half as one of them (verga®B, ha8&lichen).
 */
const SHARP_S_HALVES = '®&83$§@}B';

/** ß read as its stem plus a tail of one or two glyphs (fs, f3, lJs), as two glyphs each read for it (®B, 8&), or spelled ss. */
function sharpSCost(span: string): number {
  if (span === 'ss') return DOUBLE_S;
  if (span.length === 2 && span !== 'BB' && [...span].every((glyph) => SHARP_S_HALVES.includes(glyph))) return SPLIT + 2 * PIECE_OF_SHARP_S;
  if (!LONG_S_STEMS.includes(span[0]!)) return Infinity;
  let cost = SPLIT + PIECE_OF_SHARP_S;
  for (const glyph of span.slice(1)) {
    if (!SHARP_S_TAILS.includes(glyph)) return Infinity;
    cost += PIECE_OF_SHARP_S;
  }
  return cost;
}

/** The targets a span may stand for, cheapest first; used to generate candidates. Do not modify the result. */
function targetsOf(span: string): readonly { target: string; cost: number }[] {
  let found = targetCache.get(span);
  if (found === undefined) {
    if (targetCache.size >= MAX_CACHED_SPANS) targetCache.clear();
    const costs = costsOf(span);
    found = [...UMLAUT_LETTERS]
      .map((target, i) => ({ target, cost: costs[i]! }))
      .filter(({ cost }) => cost < Infinity)
      .sort((a, b) => a.cost - b.cost);
    targetCache.set(span, found);
  }
  return found;
}

const targetCache = new Map<string, readonly { target: string; cost: number }[]>();

/**
 * The letters a span may be a garbled reading of, each once, as lattice keys:
 * the umlaut itself in lowercase (ä, ö, ü; they match either case) and `ss`
 * for ß (a garbled ß in a word the reformed lexicon writes with ss: SchuB).
 * Not the span read as itself with its dots lost (u for ü), which the token's
 * own letters already cover. Example: garbleKeysOf('ii') = ['ü'].
 */
export function garbleKeysOf(span: string): readonly string[] {
  let keys = garbleKeyCache.get(span);
  if (keys === undefined) {
    if (garbleKeyCache.size >= MAX_CACHED_SPANS) garbleKeyCache.clear();
    const readable = targetsOf(span).filter(({ target, cost }) => cost > DOT_LOSS && span.toLowerCase() !== FOLDED[target]!.toLowerCase());
    keys = [...new Set(readable.map(({ target }) => (target === 'ß' ? 'ss' : target.toLowerCase())))];
    garbleKeyCache.set(span, keys);
  }
  return keys;
}

const garbleKeyCache = new Map<string, readonly string[]>();

/**
 * Whether a span of two or three glyphs starting with `glyph` can be a
 * letter split into pieces (see splitCost and sharpSCost); lets the
 * candidate generator skip the longer spans of most glyphs without building
 * them. Example: mayBeginSplit('l') = true (li for ü), mayBeginSplit('m') = false.
 */
export function mayBeginSplit(glyph: string): boolean {
  const unit = glyph.charCodeAt(0);
  if (glyph.length === 1 && unit < latinSplitStarts.length) {
    if (latinSplitStarts[unit] === UNKNOWN) latinSplitStarts[unit] = beginsSplit(glyph) ? YES : NO;
    return latinSplitStarts[unit] === YES;
  }
  let may = splitStarts.get(glyph);
  if (may === undefined) {
    if (splitStarts.size >= MAX_CACHED_SPANS) splitStarts.clear();
    may = beginsSplit(glyph);
    splitStarts.set(glyph, may);
  }
  return may;
}

const splitStarts = new Map<string, boolean>();
const [UNKNOWN, NO, YES] = [0, 1, 2];
/** mayBeginSplit of the Latin range by code unit, filled on first use. */
const latinSplitStarts = new Uint8Array(0x250);

function beginsSplit(glyph: string): boolean {
  if (U_PIECES.includes(glyph) || DOTTED_STROKES.includes(glyph) || MARKS.includes(glyph)) return true;
  if (LONG_S_STEMS.includes(glyph) || SHARP_S_HALVES.includes(glyph) || glyph === 's') return true;
  return ['ä', 'ö', 'Ä', 'Ö'].some((target) => wholeCost(glyph, target) < Infinity);
}
