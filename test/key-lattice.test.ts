/** latticeAccepts agrees with the keys latticeKeys lists, without listing them. */
import { describe, expect, it } from 'vitest';
import { latticeAccepts, latticeKeys, type KeyLattice } from '../src/lexicon/key-lattice.js';
import { withUserWords } from '../src/lexicon/user-lexicon.js';
import { loadLexicon } from '../src/lexicon/load.js';

const FLINFTE: KeyLattice = { token: 'Flinfte', readingsAt: [undefined, [{ length: 2, key: 'u', cost: 1 }]], maxCost: 1 };
const BEGRUF3T: KeyLattice = { token: 'begruf3t', readingsAt: [, , , , , [{ length: 2, key: 'ss', cost: 1 }]], maxCost: 1 };

describe('latticeAccepts', () => {
  it.each([
    [FLINFTE, 'funfte', true],
    [FLINFTE, 'flinfte', true],
    [FLINFTE, 'fünfte', false], // keys are folded
    [FLINFTE, 'funf', false],
    [BEGRUF3T, 'begrusst', true],
    [{ ...BEGRUF3T, maxCost: 0 }, 'begrusst', false],
  ] as const)('%o accepts %s: %s', (lattice, key, accepted) => {
    expect(latticeAccepts(lattice, key)).toBe(accepted);
    expect([...latticeKeys(lattice)].map((k) => k.toLowerCase()).includes(key)).toBe(accepted);
  });
});

describe('user words in the one-walk search', () => {
  it('are found through a lattice as well as through the compiled lexicon', () => {
    const lexicon = withUserWords(loadLexicon(), ['Flünfte']);
    const lattice: KeyLattice = { token: 'Flunfte', readingsAt: [], maxCost: 0 };
    expect(lexicon.spellingsForLattice!(lattice)).toContain('Flünfte');
    expect(lexicon.spellingsForLattice!(FLINFTE)).toContain('fünfte');
  });
});
