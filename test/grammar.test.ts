import { describe, expect, it } from 'vitest';
import { grammarAt, grammarFit, isOldDative, NEUTRAL, type GrammarContext } from '../src/correction/grammar.js';
import type { Candidate } from '../src/correction/candidates.js';
import { fakeLexicon } from './helpers/fake-lexicon.js';

/** Past tenses in -te that tell a weak verb's infinitive (verpasste, schonte), and an adjective that looks like one (geschaffte). */
const lexicon = fakeLexicon({ verpasste: 5, geschaffte: 2, Strom: 40, Saal: 10, Ton: 30, Mann: 300, Fuß: 50, loste: 1, löste: 20, schonte: 3, Einkauf: 20, Bär: 5, Fall: 90, fällen: 4, Kopf: 80, Köpfe: 20, Gasthof: 3, Gasthöfe: 1, Falle: 30, Fallen: 10, Fälle: 40, lange: 500, Länge: 40 });

/** The word spans of a text: runs of letters. */
function spansOf(text: string) {
  const matches = [...text.matchAll(/\p{L}+/gu)];
  return { starts: matches.map((m) => m.index), ends: matches.map((m) => m.index + m[0].length) };
}

/** The grammar context with the given rules applying, no others. */
function context(applying: Partial<GrammarContext> = {}): GrammarContext {
  return { ...NEUTRAL, ...applying };
}

describe('grammar: the neighbours a word is weighed by', () => {
  it.each([
    ['als hatte er', 1, context({ afterAls: true })],
    ['Als hatte er', 1, context({ afterAls: true })],
    ['Ihr fallt hin', 1, context({ afterIhr: true, besideIhr: true })],
    ['ein grofer Mann', 1, context({ attributive: true, afterDeterminer: true, beforeNoun: true })],
    ['ein grofer dunkler Wald', 1, context({ attributive: true, afterDeterminer: true })], // after ein
    ['kein hoher, sondern', 1, context({ attributive: true })],
    ['die grofer sind', 1, context()], // a relative pronoun: die größer sind
    ['Karl der Große wurde', 2, context({ afterArticle: true, outsideDative: true })], // a capitalised adjective after an article: its noun
    ['im Großen und Ganzen', 1, context({ afterArticle: true, afterDativeSingular: true })],
    ['der große Mann', 1, context({ afterDeterminer: true, beforeNoun: true })], // lowercase before a noun: an adjective
    ['ein grofer\nMann', 1, context({ attributive: true, afterDeterminer: true, beforeNoun: true })],
    ['als, hatte er', 1, context()],
    ['grofer. Mann', 0, context()],
    ['grofer', 0, context()],
    ['ihr hatte es', 1, context()],
    ['ein großes Haus', 1, context({ afterDeterminer: true, beforeNoun: true })], // lowercase after an article that is no pronoun: an adjective
    ['an einem andern Ort', 2, context({ afterDeterminer: true, beforeNoun: true })],
    ['die andern sind', 1, context()], // die may be a pronoun: die ändern sich
    ['die andern Kinder', 1, context({ afterDeterminer: true, beforeNoun: true })], // …not before a noun
    ['die andern Sie', 1, context()], // …which the polite pronoun is not: die ändern Sie
    ['einen losen Buben', 1, context({ afterDeterminer: true, beforeNoun: true })], // an adjective, though losen is a verb too
    ['einen losen.', 1, context({ afterDeterminer: true })],
    ['mit schonen Anlagen', 1, context({ beforeNoun: true, afterDeterminer: true })], // a preposition before it, a noun after: an adjective (mit schönen Anlagen)
    ['fur kuhlen Wein', 1, context({ beforeNoun: true, afterDeterminer: true })], // …the preposition read with its dots lost too
    ['zu schonen Sie', 1, context()], // zu and um take an infinitive (and Sie is no noun)
    ['um schonen Kinder', 1, context()],
    ['mit schonen.', 1, context()],
    ['der Frau Grubach gehört', 2, context({ afterTitle: true })], // a capitalised word after a title: a name
    ['sagte Dr. Muller', 2, context({ afterTitle: true })],
    ['sagte Dr.Muller', 2, context()],
    ['den das interessieren wurde', 3, context({ afterInfinitive: true })],
    ['es werden wurden', 2, context({ afterInfinitive: true })],
    ['als gelöscht wurde', 2, context()],
    ['ohne zu diskutieren wurde er', 3, context()],
    ['Das Installieren wurde', 2, context()],
    ['Informationen verpassen wurden', 2, context({ afterInfinitive: true })], // a weak verb: its participle is verpasst
    ['die vergessen wurden', 2, context()], // a strong participle looks like its infinitive
    ['was geschaffen wurde', 2, context()],
    ['interessieren, wurde', 1, context()],
    ['der Hund lasst es', 2, context({ withoutIhr: true })],
    ['dann lasst ihr es', 1, context({ afterIhr: true, besideIhr: true })], // the pronoun after the verb: its subject
    ['wohin lauft ihr?', 1, context({ afterIhr: true, besideIhr: true })],
    ['dann tragt ihr Mann es', 1, context({ besideIhr: true })], // the possessive before its noun: trägt ihr Mann
    ['sagt er, lasst uns', 2, context()], // an imperative, after a comma
    ['nun lasst uns', 1, context()], // an imperative
    ['am FuBe eines', 1, context({ afterArticle: true, afterDativeSingular: true })], // am Fuße, no plural Füße
    ['vom hohen Berge', 2, context({ afterDativeSingular: true })], // …also after the adjective
    ['zum Einkaufen in', 1, context({ afterArticle: true, afterDativeSingular: true })], // …and in -en: no dative plural Einkäufen
    ['die FuBe eines', 1, context({ afterArticle: true, outsideDative: true })], // a plural article: no old dative either
    ['zu FuBe gehen', 1, context({ outsideDative: false })], // a preposition: an old dative may stand there
    ['Die Kopfe der', 1, context({ afterArticle: true, outsideDative: true })],
    ['so muBt du', 1, context({ withoutIhr: true, besideDu: true })], // mußt du, not müßt
    ['du muBt gehen', 1, context({ withoutIhr: true, besideDu: true })],
    ['ihr muBt gehen', 1, context({ afterIhr: true, besideIhr: true })], // ihr müßt, not mußt
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

describe('grammar: how well a candidate fits (1: no rule applies)', () => {
  const candidate = (text: string): Candidate => ({ text, cost: 0.5, raisedCase: false, spelling: text, frequency: 10, estimatedFrequency: 0 });
  it.each([
    ['an dem wisten Streifen: no conditional right after an article', 'wisten', { afterDeterminer: true }, 'wüßten', 0.02],
    ['…the adjective fits', 'wisten', { afterDeterminer: true }, 'wüsten', 1],
    ['am FuBe: no umlaut plural after a dative singular', 'FuBe', { afterDativeSingular: true }, 'Füße', 0.02],
    ['…its old dative fits', 'FuBe', { afterDativeSingular: true }, 'Fuße', 1],
    ['zum Einkaufen: no umlaut plural in the dative after a dative singular', 'Einkaufen', { afterDativeSingular: true }, 'Einkäufen', 0.02],
    ['dem Bären: a noun whose singular ends in -en, its stem with dots a word', 'Baren', { afterDativeSingular: true }, 'Bären', 1],
    ['zum Fällen: an infinitive made a noun', 'Fallen', { afterDativeSingular: true }, 'Fällen', 1],
    ['so muBt du: no plural you beside du', 'muBt', { besideDu: true }, 'müßt', 0.02],
    ['…the second person fits', 'muBt', { besideDu: true }, 'mußt', 1],
    ['ihr muBt: no singular you of müssen beside ihr', 'muBt', { besideIhr: true }, 'mußt', 0.02],
    ['…the plural you fits', 'muBt', { besideIhr: true }, 'müßt', 1],
  ] as [string, string, Partial<GrammarContext>, string, number][])('%s', (_, token, applying, text, fit) => {
    expect(grammarFit(candidate(text), { text: token, ...context(applying) }, false, lexicon)).toBe(fit);
  });

  it.each([
    ['einen losen Buben: before a noun, no verb, though the word may be one too', { afterDeterminer: true, beforeNoun: true }, 0.02],
    ['einen losen, with no noun after it: both may be verbs', { afterDeterminer: true }, 1],
  ] as [string, Partial<GrammarContext>, number][])('%s', (_, applying, fit) => {
    expect(grammarFit(candidate('lösen'), { text: 'losen', ...context(applying) }, true, lexicon)).toBe(fit);
  });

  it.each([
    ['die schonen Gesimse: a word that is only a weak verb\'s infinitive is its adjective twin before a noun', 'schonen', { afterDeterminer: true, beforeNoun: true }, 'schönen', 50],
    ['die Kinder schonen, with no noun after it: the verb stays a reading', 'schonen', {}, 'schönen', 1],
    ['einen losen Buben: both are verbs, so neither is lifted', 'losen', { afterDeterminer: true, beforeNoun: true }, 'lösen', 0.02],
    ['die Kopfe: no old dative singular outside a dative, so its umlaut plural', 'Kopfe', { outsideDative: true }, 'Köpfe', 50],
    ['…nor in a compound', 'Gasthofe', { outsideDative: true }, 'Gasthöfe', 50],
    ['im Kopfe: an old dative there', 'Kopfe', {}, 'Köpfe', 1],
    ['die Falle: a feminine noun too, whose plural is Fallen', 'Falle', { outsideDative: true }, 'Fälle', 1],
    ['Lange at a sentence start: a raised adverb, no dative of Lang', 'Lange', { outsideDative: true }, 'Länge', 1],
  ] as [string, string, Partial<GrammarContext>, string, number][])('%s', (_, token, applying, text, fit) => {
    expect(grammarFit(candidate(text), { text: token, ...context(applying) }, true, lexicon)).toBe(fit);
  });
});
