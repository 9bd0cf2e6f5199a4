/**
 * Many folded keys at once: a token whose spans may each be read in more
 * than one way (an OCR garble `li` may stand for `u`, as in Flinfte). The
 * lexicon walks its automaton along all readings together, so a reading
 * that cannot continue any word is dropped at its first wrong letter
 * instead of being probed as a whole key.
 */
import { foldKey } from './word-automaton.js';

/** Another reading of the `length` glyphs of the token from where it is listed. */
export interface KeyReading {
  length: number;
  /**
   * The letters it stands for: a folded letter matches itself in any case and,
   * for a/o/u, its umlaut (`u` → u, U, ü, Ü); `ss` also ß; an umlaut letter
   * only itself in either case (`ü` → ü, Ü).
   */
  key: string;
  /** How much of the lattice's maxCost the reading uses (a whole number ≥ 1). */
  cost: number;
}

export interface KeyLattice {
  /** Every letter of the token is always read as itself, folded (ä→a, ö→o, ü→u, ß→ss, any case). */
  token: string;
  /** The other readings that start at each position of the token (index = start). */
  readingsAt: readonly (readonly KeyReading[] | undefined)[];
  /** How much other readings one spelling may use in all (see KeyReading.cost); at most 4. */
  maxCost: number;
}

/**
 * The keys of a lattice, one string each (the token with spans replaced by
 * other readings costing at most maxCost), for lexicons that can only look
 * up whole keys.
 * Example: latticeKeys({ token: 'Flinfte', readingsAt: [, [{ length: 2, key: 'u', cost: 1 }]], maxCost: 1 }) → Flinfte, Funfte.
 */
export function* latticeKeys(lattice: KeyLattice, from = 0, prefix = '', left = lattice.maxCost): Generator<string> {
  const { token, readingsAt } = lattice;
  yield prefix + token.slice(from);
  for (let start = from; start <= token.length; start++) {
    for (const reading of readingsAt[start] ?? []) {
      if (reading.cost > left) continue;
      yield* latticeKeys(lattice, start + reading.length, prefix + token.slice(from, start) + reading.key, left - reading.cost);
    }
  }
}

/**
 * Whether one of the lattice's keys is `key` (folded: lowercase, ä→a, ö→o,
 * ü→u, ß→ss), without listing the keys: for a handful of extra words (the
 * user's) that are checked against a lattice one by one.
 */
export function latticeAccepts(lattice: KeyLattice, key: string, from = 0, at = 0, left = lattice.maxCost): boolean {
  const { token, readingsAt } = lattice;
  if (from === token.length && at === key.length) return true;
  if (from < token.length) {
    const own = foldKey(token[from]!);
    if (key.startsWith(own, at) && latticeAccepts(lattice, key, from + 1, at + own.length, left)) return true;
  }
  for (const reading of readingsAt[from] ?? []) {
    if (reading.cost > left) continue;
    const folded = foldKey(reading.key);
    if (key.startsWith(folded, at) && latticeAccepts(lattice, key, from + reading.length, at + folded.length, left - reading.cost)) return true;
  }
  return false;
}
