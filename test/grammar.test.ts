import { describe, expect, it } from 'vitest';
import { grammarAt } from '../src/correction/grammar.js';
import { fakeLexicon } from './helpers/fake-lexicon.js';

/** Past tenses in -te that tell a weak verb's infinitive (verpasste), and an adjective that looks like one (geschaffte). */
const lexicon = fakeLexicon({ verpasste: 5, geschaffte: 2 });

/** The word spans of a text: runs of letters. */
function spansOf(text: string) {
  const matches = [...text.matchAll(/\p{L}+/gu)];
  return { starts: matches.map((m) => m.index), ends: matches.map((m) => m.index + m[0].length) };
}

describe('grammar: the neighbours a word is weighed by', () => {
  it.each([
    ['als hatte er', 1, { afterAls: true, afterIhr: false, withoutIhr: false, beforeCapital: false, afterInfinitive: false }],
    ['Als hatte er', 1, { afterAls: true, afterIhr: false, withoutIhr: false, beforeCapital: false, afterInfinitive: false }],
    ['Ihr fallt hin', 1, { afterAls: false, afterIhr: true, withoutIhr: false, beforeCapital: false, afterInfinitive: false }],
    ['ein grofer Mann', 1, { afterAls: false, afterIhr: false, withoutIhr: false, beforeCapital: true, afterInfinitive: false }],
    ['ein grofer\nMann', 1, { afterAls: false, afterIhr: false, withoutIhr: false, beforeCapital: true, afterInfinitive: false }],
    ['als, hatte er', 1, { afterAls: false, afterIhr: false, withoutIhr: false, beforeCapital: false, afterInfinitive: false }],
    ['grofer. Mann', 0, { afterAls: false, afterIhr: false, withoutIhr: false, beforeCapital: false, afterInfinitive: false }],
    ['grofer', 0, { afterAls: false, afterIhr: false, withoutIhr: false, beforeCapital: false, afterInfinitive: false }],
    ['ihr hatte es', 1, { afterAls: false, afterIhr: false, withoutIhr: false, beforeCapital: false, afterInfinitive: false }],
    ['ein großes Haus', 1, { afterAls: false, afterIhr: false, withoutIhr: false, beforeCapital: false, afterInfinitive: false }],
    ['den das interessieren wurde', 3, { afterAls: false, afterIhr: false, withoutIhr: false, beforeCapital: false, afterInfinitive: true }],
    ['es werden wurden', 2, { afterAls: false, afterIhr: false, withoutIhr: false, beforeCapital: false, afterInfinitive: true }],
    ['als gelöscht wurde', 2, { afterAls: false, afterIhr: false, withoutIhr: false, beforeCapital: false, afterInfinitive: false }],
    ['ohne zu diskutieren wurde er', 3, { afterAls: false, afterIhr: false, withoutIhr: false, beforeCapital: false, afterInfinitive: false }],
    ['Das Installieren wurde', 2, { afterAls: false, afterIhr: false, withoutIhr: false, beforeCapital: false, afterInfinitive: false }],
    ['Informationen verpassen wurden', 2, { afterAls: false, afterIhr: false, withoutIhr: false, beforeCapital: false, afterInfinitive: true }], // a weak verb: its participle is verpasst
    ['die vergessen wurden', 2, { afterAls: false, afterIhr: false, withoutIhr: false, beforeCapital: false, afterInfinitive: false }], // a strong participle looks like its infinitive
    ['was geschaffen wurde', 2, { afterAls: false, afterIhr: false, withoutIhr: false, beforeCapital: false, afterInfinitive: false }],
    ['interessieren, wurde', 1, { afterAls: false, afterIhr: false, withoutIhr: false, beforeCapital: false, afterInfinitive: false }],
    ['der Hund lasst es', 2, { afterAls: false, afterIhr: false, withoutIhr: true, beforeCapital: false, afterInfinitive: false }],
    ['dann lasst ihr es', 1, { afterAls: false, afterIhr: false, withoutIhr: false, beforeCapital: false, afterInfinitive: false }], // the pronoun after the verb
    ['sagt er, lasst uns', 2, { afterAls: false, afterIhr: false, withoutIhr: false, beforeCapital: false, afterInfinitive: false }], // an imperative, after a comma
    ['nun lasst uns', 1, { afterAls: false, afterIhr: false, withoutIhr: false, beforeCapital: false, afterInfinitive: false }], // an imperative
  ])('%j, word %i', (text, index, expected) => {
    const spans = spansOf(text);
    expect(grammarAt(text, spans, index, text.slice(spans.starts[index], spans.ends[index]), lexicon)).toEqual(expected);
  });
});
