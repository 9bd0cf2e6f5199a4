/**
 * Many folded keys at once: a token whose spans may each be read in more
 * than one way (an OCR garble `li` may stand for `u`, as in Flinfte). The
 * lexicon walks its automaton along all readings together, so a reading
 * that cannot continue any word is dropped at its first wrong letter
 * instead of being probed as a whole key.
 */

/** Another reading of the token span [start, end): its folded key letters (`u`, `ss`, …). */
export interface KeyReading {
  end: number;
  key: string;
}

export interface KeyLattice {
  /** Every letter of the token is always read as itself, folded (ä→a, ö→o, ü→u, ß→ss, any case). */
  token: string;
  /** The other readings that start at each position of the token (index = start). */
  readingsAt: readonly (readonly KeyReading[] | undefined)[];
  /** How many other readings one spelling may use. */
  maxReadings: number;
}

/**
 * The keys of a lattice, one string each (the token with up to maxReadings
 * spans replaced), for lexicons that can only look up whole keys.
 * Example: latticeKeys({ token: 'Flinfte', readingsAt: [, [{ end: 3, key: 'u' }]], maxReadings: 1 }) → Flinfte, Funfte.
 */
export function* latticeKeys(lattice: KeyLattice, from = 0, prefix = '', left = lattice.maxReadings): Generator<string> {
  const { token, readingsAt } = lattice;
  yield prefix + token.slice(from);
  if (left === 0) return;
  for (let start = from; start <= token.length; start++) {
    for (const reading of readingsAt[start] ?? []) {
      yield* latticeKeys(lattice, reading.end, prefix + token.slice(from, start) + reading.key, left - 1);
    }
  }
}
