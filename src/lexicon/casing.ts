/**
 * Case handling without allocation: per-code-unit lower/upper tables for the
 * Latin range, and Hunspell's classification of a token's capitalisation.
 */

const TABLE_SIZE = 0x250;
/**
 * Filled on first sight of each code unit (0: not yet; only U+0000 maps to 0
 * and is simply recomputed): a start-up that fills all 592 entries costs more
 * than cleaning a short page needs.
 */
const LOWER = new Uint16Array(TABLE_SIZE);
const UPPER = new Uint16Array(TABLE_SIZE);

/** Lowercase of one UTF-16 code unit (`Ä` → `ä`); characters outside the Latin range are looked up each time. */
export function lowerUnit(c: number): number {
  if (c < TABLE_SIZE) return LOWER[c] || (LOWER[c] = lowerOf(c));
  return lowerOf(c);
}

/** Uppercase of one UTF-16 code unit (`ä` → `Ä`; `ß` stays, its uppercase is two letters). */
export function upperUnit(c: number): number {
  if (c < TABLE_SIZE) return UPPER[c] || (UPPER[c] = upperOf(c));
  return upperOf(c);
}

function lowerOf(c: number): number {
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

function upperOf(c: number): number {
  const upper = String.fromCharCode(c).toUpperCase();
  return upper.length === 1 ? upper.charCodeAt(0) : c;
}

/** How to read a token's letters while walking the lexicon: as written, all lowercase, or capitalised. */
export const CaseMode = { AsWritten: 0, Lower: 1, Title: 2 } as const;
export type CaseMode = (typeof CaseMode)[keyof typeof CaseMode];

/** The code unit at `i` of `text` read in `mode`: Title uppercases the first letter and lowercases the rest. */
export function unitAt(text: string, i: number, mode: CaseMode): number {
  const c = text.charCodeAt(i);
  if (mode === CaseMode.AsWritten) return c;
  return mode === CaseMode.Title && i === 0 ? upperUnit(c) : lowerUnit(c);
}

const SHARP_S = 0xdf;

/** Hunspell's capitalisation classes (hunspell's get_captype). */
export const CapType = {
  /** `haus`, also `e-mail` */
  None: 0,
  /** `Haus` */
  Initial: 1,
  /** `HAUS`, `US-` */
  All: 2,
  /** `McDonald`, `ArbeitsGruppen`, `eBay`: mixed, checked only as written */
  Mixed: 3,
} as const;
export type CapType = (typeof CapType)[keyof typeof CapType];

/** Classifies `token` like Hunspell: characters with no case (digits, `-`, `.`) count towards ALL-CAPS, `ß` is lowercase. Example: capType('US-Wahl') → Mixed. */
export function capType(token: string): CapType {
  let upper = 0;
  let neutral = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    const lower = lowerUnit(c);
    if (lower !== c) upper++;
    else if (upperUnit(c) === c && c !== SHARP_S) neutral++;
  }
  if (upper === 0) return CapType.None;
  const firstUpper = lowerUnit(token.charCodeAt(0)) !== token.charCodeAt(0);
  if (upper === 1 && firstUpper) return CapType.Initial;
  if (upper + neutral === token.length) return CapType.All;
  return CapType.Mixed;
}

/** The word with its first letter in uppercase (`lösungen` → `Lösungen`), as a noun is written. */
export function capitalise(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/** The word with its first letter in lowercase (`Stücke` → `stücke`), as a noun is written inside a compound. */
export function uncapitalise(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}
