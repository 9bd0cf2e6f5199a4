import { describe, expect, it } from 'vitest';
import { grammarAt, isOldDative } from '../src/correction/grammar.js';
import { fakeLexicon } from './helpers/fake-lexicon.js';

/** Past tenses in -te that tell a weak verb's infinitive (verpasste), and an adjective that looks like one (geschaffte). */
const lexicon = fakeLexicon({ verpasste: 5, geschaffte: 2, Strom: 40, Saal: 10, Ton: 30, Mann: 300 });

/** The word spans of a text: runs of letters. */
function spansOf(text: string) {
  const matches = [...text.matchAll(/\p{L}+/gu)];
  return { starts: matches.map((m) => m.index), ends: matches.map((m) => m.index + m[0].length) };
}

describe('grammar: the neighbours a word is weighed by', () => {
  it.each([
    ['als hatte er', 1, { afterAls: true, afterIhr: false, withoutIhr: false, attributive: false, afterInfinitive: false, afterArticle: false }],
    ['Als hatte er', 1, { afterAls: true, afterIhr: false, withoutIhr: false, attributive: false, afterInfinitive: false, afterArticle: false }],
    ['Ihr fallt hin', 1, { afterAls: false, afterIhr: true, withoutIhr: false, attributive: false, afterInfinitive: false, afterArticle: false }],
    ['ein grofer Mann', 1, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: true, afterInfinitive: false, afterArticle: false }],
    ['ein grofer dunkler Wald', 1, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: true, afterInfinitive: false, afterArticle: false }], // after ein
    ['kein hoher, sondern', 1, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: true, afterInfinitive: false, afterArticle: false }],
    ['die grofer sind', 1, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: false, afterInfinitive: false, afterArticle: false }], // a relative pronoun: die größer sind
    ['Karl der Große wurde', 2, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: false, afterInfinitive: false, afterArticle: true }], // a capitalised adjective after an article: its noun
    ['im Großen und Ganzen', 1, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: false, afterInfinitive: false, afterArticle: true }],
    ['der große Mann', 1, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: false, afterInfinitive: false, afterArticle: false }], // lowercase: an adjective
    ['ein grofer\nMann', 1, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: true, afterInfinitive: false, afterArticle: false }],
    ['als, hatte er', 1, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: false, afterInfinitive: false, afterArticle: false }],
    ['grofer. Mann', 0, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: false, afterInfinitive: false, afterArticle: false }],
    ['grofer', 0, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: false, afterInfinitive: false, afterArticle: false }],
    ['ihr hatte es', 1, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: false, afterInfinitive: false, afterArticle: false }],
    ['ein großes Haus', 1, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: false, afterInfinitive: false, afterArticle: false }],
    ['den das interessieren wurde', 3, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: false, afterInfinitive: true, afterArticle: false }],
    ['es werden wurden', 2, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: false, afterInfinitive: true, afterArticle: false }],
    ['als gelöscht wurde', 2, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: false, afterInfinitive: false, afterArticle: false }],
    ['ohne zu diskutieren wurde er', 3, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: false, afterInfinitive: false, afterArticle: false }],
    ['Das Installieren wurde', 2, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: false, afterInfinitive: false, afterArticle: false }],
    ['Informationen verpassen wurden', 2, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: false, afterInfinitive: true, afterArticle: false }], // a weak verb: its participle is verpasst
    ['die vergessen wurden', 2, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: false, afterInfinitive: false, afterArticle: false }], // a strong participle looks like its infinitive
    ['was geschaffen wurde', 2, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: false, afterInfinitive: false, afterArticle: false }],
    ['interessieren, wurde', 1, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: false, afterInfinitive: false, afterArticle: false }],
    ['der Hund lasst es', 2, { afterAls: false, afterIhr: false, withoutIhr: true, attributive: false, afterInfinitive: false, afterArticle: false }],
    ['dann lasst ihr es', 1, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: false, afterInfinitive: false, afterArticle: false }], // the pronoun after the verb
    ['sagt er, lasst uns', 2, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: false, afterInfinitive: false, afterArticle: false }], // an imperative, after a comma
    ['nun lasst uns', 1, { afterAls: false, afterIhr: false, withoutIhr: false, attributive: false, afterInfinitive: false, afterArticle: false }], // an imperative
  ])('%j, word %i', (text, index, expected) => {
    const spans = spansOf(text);
    expect(grammarAt(text, spans, index, text.slice(spans.starts[index], spans.ends[index]), lexicon)).toEqual(expected);
  });
});

describe('grammar: the old dative singular in -e', () => {
  it.each([
    ['eine Stunde vom Strome entfernt', 3, true],
    ['im großen Saale des Rathhauses', 2, true], // an adjective in -en between
    ['mit lautem Tone', 2, true], // a strong adjective in -em
    ['Dem Strome folgen', 1, true],
    ['Einem alten Manne half er', 2, true], // an -em determiner where the sentence starts
    ['die Strome des Landes', 1, false], // a plural article: Ströme
    ['dem Konige', 1, false], // Konig is no word: Könige
    ['indem Strome fließen', 1, false], // a conjunction in -em
    ['vom, Strome', 1, false], // punctuation ends the phrase
    ['vom Strom', 1, false], // no -e
  ])('%j, word %i: %s', (text, index, expected) => {
    const spans = spansOf(text);
    expect(isOldDative(text, spans, index, text.slice(spans.starts[index], spans.ends[index]), lexicon)).toBe(expected);
  });
});
