import { describe, expect, it } from 'vitest';
import { isForeignPassage } from '../src/correction/passage.js';

describe('passage: a word among foreign words is not German damage', () => {
  it.each([
    ['no German neighbour', [false, false, false, false, false], 2, true],
    ['one German neighbour in four', [true, false, false, false, false], 2, true],
    ['a third of the neighbours German', [true, true, false, false, false, false, false], 3, false],
    ['all German', [true, true, true, true, true], 2, false],
    ['a word on its own', [false], 0, false],
  ])('%s', (_, isGerman, index, expected) => {
    expect(isForeignPassage(isGerman as boolean[], index as number)).toBe(expected);
  });
});
