/**
 * Real-word twins (konnte/könnte) decided by their neighbours: the word-pair
 * counts only ever raise a suggestion, and only on strong evidence.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean.js';
import { weighNeighbours } from '../src/correction/neighbours.js';
import type { Edit } from '../src/types.js';

/** A document whose OCR lost its umlauts, so real-word twins become suggestions. */
const LOST = 'Die Prufung fur die Anderung ist uber die Grenze gegangen, und die Losung fur alle war zu schwer. ';

describe('real-word twins in a text without umlauts', () => {
  it.each([
    ['the neighbours favour the twin', 'Es konnte sein, dass es regnet.', 'Es könnte sein'],
    ['the neighbours favour the word as written', 'Er konnte nicht kommen.', 'Er konnte nicht'],
  ])('%s', (_, sentence, expected) => {
    const { text, changes } = clean(LOST + sentence);
    expect(text).toContain(expected);
    const change = changes.find((c) => c.before === 'konnte');
    if (expected.includes('könnte')) expect(change).toMatchObject({ after: 'könnte', rule: 'umlaut-context', applied: true });
    else expect(change?.applied ?? false).toBe(false);
  });
});

describe('weighNeighbours', () => {
  const text = 'es konnte sein. konnte';
  const words = { starts: [0, 3, 10, 16], ends: [2, 9, 14, 22] };
  const twin = (start: number, confidence: number): Edit => ({ start, end: start + 6, after: 'könnte', rule: 'umlaut-ambiguous', confidence });
  /** Pair counts that give `score` and record the neighbours they were asked about. */
  const pairs = (score: number, asked: string[][] = []) => ({
    contextPreference: (before: string, after: string) => {
      asked.push([before, after]);
      return score;
    },
  });

  it.each([
    ['raises a suggestion the neighbours strongly favour', 0.4, 2, 'umlaut-context', (c: number) => c > 0.5],
    ['leaves it where the evidence is weaker', 0.4, 1.5, 'umlaut-ambiguous', (c: number) => c === 0.4],
    ['leaves a confident edit alone', 0.6, 5, 'umlaut-ambiguous', (c: number) => c === 0.6],
    ['does not rescue a weak guess', 0.2, 5, 'umlaut-ambiguous', (c: number) => c === 0.2],
  ])('%s', (_, confidence, score, rule, check) => {
    const edit = twin(3, confidence);
    weighNeighbours(text, [edit], [{ edit, index: 1 }], words, pairs(score));
    expect(edit.rule).toBe(rule);
    expect(check(edit.confidence)).toBe(true);
  });

  it('takes neighbours only across blanks, as the confident edits leave them', () => {
    const asked: string[][] = [];
    const first = twin(3, 0.4);
    const last = twin(16, 0.4);
    const corrected: Edit = { start: 10, end: 14, after: 'Sein', rule: 'test', confidence: 0.9 };
    weighNeighbours(text, [first, corrected, last], [{ edit: first, index: 1 }, { edit: last, index: 3 }], words, pairs(0, asked));
    expect(asked).toEqual([
      ['es', 'Sein'],
      ['', ''],
    ]);
  });
});
