import { describe, expect, it } from 'vitest';
import { LineVerdicts } from '../src/text/line-verdicts.js';

describe('line verdicts: a verdict per line, each line judged once in turn', () => {
  const text = 'eins zwei\nDREI VIER\n\nfünf';
  const judged: string[] = [];
  const lines = new LineVerdicts(text, (whole, from, end) => {
    judged.push(whole.slice(from, end));
    return whole.slice(from, end) === whole.slice(from, end).toUpperCase();
  });

  it.each([
    [0, false],
    [5, false],
    [9, false], // a newline belongs to the line it ends
    [10, true],
    [19, true],
    [20, true], // the empty line
    [21, false],
  ])('at %i → %s', (position, expected) => {
    expect(lines.at(position)).toBe(expected);
  });

  it('judged each line once, in order', () => {
    expect(judged).toEqual(['eins zwei', 'DREI VIER', '', 'fünf']);
  });

  it('a long line is judged once for all its positions (a paragraph a tool wrote as one line)', () => {
    let calls = 0;
    const line = 'wort '.repeat(10_000);
    const verdicts = new LineVerdicts(line, () => (calls++, true));
    for (let position = 0; position < line.length; position += 5) verdicts.at(position);
    expect(calls).toBe(1);
  });
});
