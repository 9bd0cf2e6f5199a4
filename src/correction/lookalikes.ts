/**
 * Ordinary letters OCR confuses by shape, beside the umlaut it lost: fubrt
 * (h read as b) for führt, Antuhrungszeichen (f as t) for Anführungszeichen,
 * enthait (l as i) for enthält. Only pairs that share their strokes: a stem
 * with an arch or a bowl (h, b), a stem with a crossbar (f, t), plain stems
 * (i, l, t, I), an open bowl closed (c for e), a stem with a leg (K, R).
 * Never e for another letter: oe and ae are how authors write ö and ä
 * without the letters (gehoert), and that spelling stays.
 * Also an extra glyph: a letter read twice, once in each case (kKOnnen).
 * One such misreading per token at most, and only where nothing else explains
 * a non-word (see withLookalike in candidates.ts).
 */

/** Each letter with the letters it is misread for. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  b: 'h',
  h: 'b',
  f: 't',
  t: 'fl',
  i: 'l',
  l: 'it',
  I: 'l',
  c: 'e',
  K: 'R',
  R: 'K',
};

/** Visual cost of one misread ordinary letter: dearer than any umlaut garble of visual-cost.ts. */
export const LOOKALIKE_COST = 0.8;

/**
 * Misreadings looked for only where a letter is misread alone
 * (misread-letter.ts), not beside a lost umlaut, where each variant costs a
 * walk of the lexicon: h read as n, its ascender lost (inm for ihm); v read
 * as y, a tail added (yon for von); i read as t, its dot taken for a
 * crossbar (Datet for Datei), and the capital I as T, its serifs taken for
 * one (Thre for Ihre, on dev and unseen pages alike).
 */
const ALONE_LOOKALIKES: Readonly<Record<string, string>> = { n: 'h', y: 'v', t: 'i', T: 'I' };
/** Two letters that touch read as one (femen for fernen, Versicherungsnehmem): also only where a letter is misread alone. */
const ALONE_MERGES: Readonly<Record<string, string>> = { m: 'rn' };

/**
 * The long s (ſ) of old print read as f (Gefchichte, diefer, ift): only
 * where an s may stand, not at the end of a word (ſ never ends one). Rarer
 * than the shape pairs above, so dearer, and a reading the corpus never
 * counted does not qualify for it; also only where a letter is misread alone.
 */
export const LONG_S_COST = 0.9;

/** Visual cost of a letter read twice, once in each case: an extra glyph, cheaper than a changed letter. */
export const CASE_ECHO_COST = 0.5;

/** A reading of the token with one ordinary misreading undone, and what that misreading costs. */
export interface MisreadVariant {
  text: string;
  cost: number;
}

/**
 * The token with one misreading undone: a letter replaced by a lookalike
 * (fubrt → fuhrt), or one glyph of a case echo dropped (see caseEchoVariants);
 * `alone`: the misreading is the token's only damage, so the rarer ones count
 * too (ALONE_LOOKALIKES, LONG_S_COST).
 * Example: misreadVariants('fubrt') includes { text: 'fuhrt', cost: LOOKALIKE_COST }.
 */
export function misreadVariants(token: string, alone = false): MisreadVariant[] {
  const variants: MisreadVariant[] = [];
  const replace = (i: number, letter: string, cost: number) => variants.push({ text: token.slice(0, i) + letter + token.slice(i + 1), cost });
  for (let i = 0; i < token.length; i++) {
    for (const letter of LOOKALIKES[token[i]!] ?? '') replace(i, letter, LOOKALIKE_COST);
    if (!alone) continue;
    for (const letter of ALONE_LOOKALIKES[token[i]!] ?? '') replace(i, letter, LOOKALIKE_COST);
    const merged = ALONE_MERGES[token[i]!];
    if (merged !== undefined) replace(i, merged, LOOKALIKE_COST);
  }
  if (alone) for (const text of longSVariants(token)) variants.push({ text, cost: LONG_S_COST });
  for (const text of caseEchoVariants(token)) variants.push({ text, cost: CASE_ECHO_COST });
  return variants;
}

/** Words with more f than this are not expanded (2^n readings). */
const MAX_LONG_S = 4;

/**
 * The token with some of its f read as the long s they may be: not one that
 * ends the token (ſ never ends a word), and in any number, for a print with
 * the long s has it wherever an s begins a syllable, among real f
 * (Gefchwifter: Geschwister, Auffaffung: Auffassung).
 * Example: longSVariants('diefer') = ['dieser']; longSVariants('Gefellfchaft') includes 'Gesellschaft'.
 */
export function longSVariants(token: string): string[] {
  const at: number[] = [];
  for (let i = 0; i + 1 < token.length; i++) if (token[i] === 'f') at.push(i);
  if (at.length > MAX_LONG_S) return [];
  const variants: string[] = [];
  for (let mask = 1; mask < 1 << at.length; mask++) {
    const letters = token.split('');
    at.forEach((i, bit) => {
      if (mask & (1 << bit)) letters[i] = 's';
    });
    variants.push(letters.join(''));
  }
  return variants;
}

/**
 * A letter beside the same letter in the other case (kKOnnen, mUuissen,
 * standardmaSsig): the dots or the tail of an umlaut or ß make the engine
 * see a capital where the small letter stands, and it reads both. German
 * never writes such a pair inside a word, so one of the two is an extra
 * glyph; each is dropped in turn. At the start only a small letter before its
 * capital counts: a capital before its small letter begins words (Aachen, Aal).
 * Example: caseEchoVariants('kKOnnen') = ['KOnnen', 'kOnnen'] — only kOnnen has a reading (können).
 */
function caseEchoVariants(token: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i + 1 < token.length; i++) {
    const [letter, next] = [token[i]!, token[i + 1]!];
    if (letter === next || letter.toLowerCase() !== next.toLowerCase()) continue;
    if (i === 0 && letter !== letter.toLowerCase()) continue;
    variants.push(token.slice(0, i) + token.slice(i + 1), token.slice(0, i + 1) + token.slice(i + 2));
  }
  return variants;
}
