/**
 * Exact Levenshtein distance with one alignment, in a diagonal band that is
 * doubled until the result is provably optimal (Ukkonen's cut-off): O(n·d)
 * time and bytes instead of the full n·m matrix, where d is the distance.
 *
 * The band covers every diagonal between 0 (where the alignment starts) and
 * m − n (where it ends), widened by `slack` on both sides. Reaching a cell
 * `slack + 1` diagonals outside that range takes more than `slack` insertions
 * or deletions, so every cell whose true cost is at most `slack` is computed
 * exactly inside the band. Once the distance is ≤ slack, the whole traceback
 * runs through such cells: the alignment is the same one a full matrix gives.
 *
 * Ties are broken the same way at every cell (diagonal, then deletion, then
 * insertion, looking back from the end), so the alignment is canonical and
 * two correct implementations agree on it, not only on the distance.
 */

/** One step of an alignment of `a` (the reference) against `b`. */
export const OP = Object.freeze({ match: 0, substitution: 1, deletion: 2, insertion: 3 });

export interface Alignment {
  distance: number;
  /** Steps from the start: match, substitution, deletion (a[i] missing in b), insertion (b[j] extra). */
  ops: Uint8Array;
}

const INFINITE = 0x3fffffff;
const FIRST_SLACK = 32;

export function align(a: ArrayLike<number>, b: ArrayLike<number>): Alignment {
  const longest = Math.max(a.length, b.length);
  for (let slack = FIRST_SLACK; ; ) {
    const band = fillBand(a, b, slack);
    if (band.distance <= slack || slack >= longest) return { distance: band.distance, ops: traceBack(a, b, band) };
    // The band's distance is that of a real alignment, so the next band needs no more slack than it.
    slack = Math.min(2 * slack, band.distance);
  }
}

/** Distance between two strings, counted in code points. */
export function levenshtein(a: string, b: string): number {
  return align(codePoints(a), codePoints(b)).distance;
}

export function codePoints(text: string): number[] {
  return Array.from(text, (char) => char.codePointAt(0)!);
}

interface Band {
  distance: number;
  /** Lowest diagonal (j − i) in the band. */
  low: number;
  width: number;
  /** For each cell (i, j) at i·width + (j − i − low): the OP its cheapest path arrives by. */
  steps: Uint8Array;
}

function fillBand(a: ArrayLike<number>, b: ArrayLike<number>, slack: number): Band {
  const n = a.length;
  const m = b.length;
  const low = Math.min(0, m - n) - slack;
  const high = Math.max(0, m - n) + slack;
  const width = high - low + 1;
  const steps = new Uint8Array((n + 1) * width);
  let previous = new Int32Array(width).fill(INFINITE);
  let current = new Int32Array(width).fill(INFINITE);
  for (let j = 0; j <= Math.min(m, high); j++) {
    current[j - low] = j;
    steps[j - low] = OP.insertion;
  }
  for (let i = 1; i <= n; i++) {
    [previous, current] = [current, previous];
    current.fill(INFINITE);
    const from = Math.max(0, i + low);
    const to = Math.min(m, i + high);
    const row = i * width;
    const ai = a[i - 1];
    for (let j = from; j <= to; j++) {
      const c = j - i - low;
      if (j === 0) {
        current[c] = i;
        steps[row + c] = OP.deletion;
        continue;
      }
      const same = ai === b[j - 1];
      let cost = previous[c]! + (same ? 0 : 1);
      let step: number = same ? OP.match : OP.substitution;
      const up = c + 1 < width ? previous[c + 1]! + 1 : INFINITE;
      if (up < cost) {
        cost = up;
        step = OP.deletion;
      }
      const left = c > 0 ? current[c - 1]! + 1 : INFINITE;
      if (left < cost) {
        cost = left;
        step = OP.insertion;
      }
      current[c] = cost;
      steps[row + c] = step;
    }
  }
  return { distance: current[m - n - low]!, low, width, steps };
}

function traceBack(a: ArrayLike<number>, b: ArrayLike<number>, { low, width, steps }: Band): Uint8Array {
  const reversed = new Uint8Array(a.length + b.length);
  let count = 0;
  let i = a.length;
  let j = b.length;
  while (i > 0 || j > 0) {
    const step = steps[i * width + (j - i - low)]!;
    reversed[count++] = step;
    if (step === OP.match || step === OP.substitution) {
      i--;
      j--;
    } else if (step === OP.deletion) i--;
    else j--;
  }
  return reversed.subarray(0, count).reverse();
}
