/**
 * Ordinary letters OCR confuses by shape, beside the umlaut it lost: fubrt
 * (h read as b) for führt, Antuhrungszeichen (f as t) for Anführungszeichen,
 * enthait (l as i) for enthält. Only pairs that share their strokes: a stem
 * with an arch or a bowl (h, b), a stem with a crossbar (f, t), plain stems
 * (i, l, t, I), an open bowl closed (c for e), a stem with a leg (K, R).
 * Never e for another letter: oe and ae are how authors write ö and ä
 * without the letters (gehoert), and that spelling stays.
 * One such letter per token at most, and only where nothing else explains a
 * non-word (see withLookalike in candidates.ts).
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
 * The token with one letter replaced by a lookalike, for every letter that
 * has one. Example: lookalikeVariants('fubrt') includes 'fuhrt'.
 */
export function lookalikeVariants(token: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i < token.length; i++) {
    for (const letter of LOOKALIKES[token[i]!] ?? '') variants.push(token.slice(0, i) + letter + token.slice(i + 1));
  }
  return variants;
}
