/**
 * The weighted edit distance between an OCR token and a spelling with
 * umlauts: every letter must match exactly, except that each umlaut letter
 * (or ß) of the spelling may have been read as a span of 1–3 glyphs, or
 * dropped, at the visual cost of spanCost. Any other difference makes it Infinity, so a
 * candidate can only ever add umlauts, never change other letters or remove
 * an umlaut the token already has (daß stays daß).
 */
import { MAX_SPAN, spanCost, UMLAUT_LETTERS } from './visual-cost.js';

/** Reused by every call: the table is filled afresh each time. */
let scratch = new Float64Array(1024);

/** Example: umlautDistance('Flinfte', 'Fünfte') = 0.7 (li read for ü). */
export function umlautDistance(token: string, spelling: string): number {
  const n = token.length;
  const m = spelling.length;
  // best[i][j]: cheapest reading of spelling[0, j) as token[0, i), stored row by row.
  const size = (n + 1) * (m + 1);
  if (scratch.length < size) scratch = new Float64Array(size * 2);
  const best = scratch;
  best.fill(Infinity, 0, size);
  best[0] = 0;
  for (let j = 0; j < m; j++) {
    const letter = spelling[j]!;
    const isUmlaut = UMLAUT_LETTERS.includes(letter);
    for (let i = 0; i <= n; i++) {
      const here = best[i * (m + 1) + j]!;
      if (here === Infinity) continue;
      if (token[i] === letter) relax(best, (i + 1) * (m + 1) + j + 1, here);
      if (!isUmlaut) continue;
      for (let length = 0; length <= MAX_SPAN && i + length <= n; length++) {
        const cost = spanCost(length === 1 ? token[i]! : token.slice(i, i + length), letter);
        if (cost < Infinity) relax(best, (i + length) * (m + 1) + j + 1, here + cost);
      }
    }
  }
  return best[n * (m + 1) + m]!;
}

function relax(best: Float64Array, index: number, cost: number): void {
  if (cost < best[index]!) best[index] = cost;
}
