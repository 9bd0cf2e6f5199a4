import { describe, expect, it } from 'vitest';
import { grammarAt } from '../src/correction/grammar.js';

/** The word spans of a text: runs of letters. */
function spansOf(text: string) {
  const matches = [...text.matchAll(/\p{L}+/gu)];
  return { starts: matches.map((m) => m.index), ends: matches.map((m) => m.index + m[0].length) };
}

describe('grammar: the neighbours a word is weighed by', () => {
  it.each([
    ['als hatte er', 1, { afterAls: true, afterIhr: false, beforeCapital: false }],
    ['Als hatte er', 1, { afterAls: true, afterIhr: false, beforeCapital: false }],
    ['Ihr fallt hin', 1, { afterAls: false, afterIhr: true, beforeCapital: false }],
    ['ein grofer Mann', 1, { afterAls: false, afterIhr: false, beforeCapital: true }],
    ['ein grofer\nMann', 1, { afterAls: false, afterIhr: false, beforeCapital: true }],
    ['als, hatte er', 1, { afterAls: false, afterIhr: false, beforeCapital: false }],
    ['grofer. Mann', 0, { afterAls: false, afterIhr: false, beforeCapital: false }],
    ['grofer', 0, { afterAls: false, afterIhr: false, beforeCapital: false }],
    ['ihr hatte es', 1, { afterAls: false, afterIhr: false, beforeCapital: false }],
    ['ein großes Haus', 1, { afterAls: false, afterIhr: false, beforeCapital: false }],
  ])('%j, word %i', (text, index, expected) => {
    const spans = spansOf(text);
    expect(grammarAt(text, spans, index, text.slice(spans.starts[index], spans.ends[index]))).toEqual(expected);
  });
});
