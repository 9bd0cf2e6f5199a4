import { describe, expect, it } from 'vitest';
import { dassStage } from '../src/stages/dass.js';
import type { CleanOptions } from '../src/types.js';
import { runStages } from './helpers/run-stages.js';

/** A sentence that shows the text writes daß. */
const WRITES_DASS = 'Er weiß, daß es so ist. ';

function repair(text: string, options: Partial<CleanOptions> = {}): string {
  return runStages(text, [dassStage], [], options).text;
}

describe('dass: daß whose ß OCR dropped (da) or read as s (das)', () => {
  it.each([
    ['after ohne, in any text', 'Er ging, ohne da er grüßte.', 'Er ging, ohne daß er grüßte.'],
    ['…written dass where the text writes dass', 'Er sagt, dass er ging, ohne da er grüßte.', 'Er sagt, dass er ging, ohne dass er grüßte.'],
    ['after a clause with so', `${WRITES_DASS}Es war so schön, da die Sonne schien.`, `${WRITES_DASS}Es war so schön, daß die Sonne schien.`],
    ['…two words after so', `${WRITES_DASS}Sie standen so dicht beisammen, da es dunkel war.`, `${WRITES_DASS}Sie standen so dicht beisammen, daß es dunkel war.`],
    ['so daß: so that', `${WRITES_DASS}Er baute Straßen, so da der Wohlstand wuchs.`, `${WRITES_DASS}Er baute Straßen, so daß der Wohlstand wuchs.`],
    ['after a verb of hoping', `${WRITES_DASS}Wir hoffen, da Sie kommen.`, `${WRITES_DASS}Wir hoffen, daß Sie kommen.`],
    ['…with a pronoun after it', `${WRITES_DASS}Er versicherte ihm, da er bleibe.`, `${WRITES_DASS}Er versicherte ihm, daß er bleibe.`],
    ['after a verb of agreeing', `${WRITES_DASS}Wir sind übereingekommen, da der Betrag der Kasse zufällt.`, `${WRITES_DASS}Wir sind übereingekommen, daß der Betrag der Kasse zufällt.`],
    ['…and a separable verb of saying, its particle last', `${WRITES_DASS}Die Redner hoben hervor, da die Brunnen nicht genügen.`, `${WRITES_DASS}Die Redner hoben hervor, daß die Brunnen nicht genügen.`],
    ['…with a modal verb after it', `${WRITES_DASS}Der sagen wollte, da er käme.`, `${WRITES_DASS}Der sagen wollte, daß er käme.`],
    ['…in a clause of two words', `${WRITES_DASS}Einige behaupten, da die Erde rund ist.`, `${WRITES_DASS}Einige behaupten, daß die Erde rund ist.`],
    ['after a verb of feeling, with a pronoun and a particle after it', `${WRITES_DASS}Es freut mich sehr, da Sie kommen.`, `${WRITES_DASS}Es freut mich sehr, daß Sie kommen.`],
    ['after a pronominal adverb that announces the clause', `${WRITES_DASS}Er tröstete sich damit, da auch der Reiche stirbt.`, `${WRITES_DASS}Er tröstete sich damit, daß auch der Reiche stirbt.`],
    ['…and das there, before a lowercase subject', `${WRITES_DASS}Es liegt darin, das der Baum grün ist.`, `${WRITES_DASS}Es liegt darin, daß der Baum grün ist.`],
    ['after a verb and a particle, before a preposition', `${WRITES_DASS}Er erzählte wohl, da vor Wochen ein Bär kam.`, `${WRITES_DASS}Er erzählte wohl, daß vor Wochen ein Bär kam.`],
    ['das after such a verb, before a personal pronoun', `${WRITES_DASS}Ich kann sagen, das ich froh bin.`, `${WRITES_DASS}Ich kann sagen, daß ich froh bin.`],
    ['a historic text, though it shows no daß', 'Wir hoffen, da Sie kommen.', 'Wir hoffen, daß Sie kommen.', { historic: true }],
    ['daß with its ß read as l, after a comma, in any text', 'Gewiß ist nur, dal die Flüsse steigen.', 'Gewiß ist nur, daß die Flüsse steigen.'],
    ['…as li, before a preposition', 'Sie erzählte uns, dali vor Jahren ein Bär kam.', 'Sie erzählte uns, daß vor Jahren ein Bär kam.'],
    ['…as h, after außer', 'Er hörte nichts, außer dah ein Brief kam.', 'Er hörte nichts, außer daß ein Brief kam.'],
    ['…as p, written dass where the text writes dass', 'Es heißt, dass er kam. Er sagte, dap der Mann ging.', 'Es heißt, dass er kam. Er sagte, dass der Mann ging.'],
    ['…as an apostrophe', 'Du schreist ja, da’ sich ein Stein erbarmt.', 'Du schreist ja, daß sich ein Stein erbarmt.'],
  ] as [string, string, string, Partial<CleanOptions>?][])('%s', (_, input, expected, options) => {
    expect(repair(input, options)).toBe(expected);
  });

  it.each([
    ['causal da', `${WRITES_DASS}Er blieb zu Hause, da er krank war.`],
    ['causal da after a verb that takes no clause and two particles', `${WRITES_DASS}Er blieb gern sehr lange, da er müde war.`],
    ['da as an adverb, a verb after it', `${WRITES_DASS}Es war so kalt, da rief er laut.`],
    ['da at a sentence start', `${WRITES_DASS}Da kam er.`],
    ['a text in the spelling of 1996, which writes dass', 'Es war so schön, da die Sonne schien. Er sagt, dass es gut ist.'],
    ['a text that shows no daß', 'Wir hoffen, da Sie kommen.'],
    ['Swiss spelling, which has no ß', 'Er ging, ohne da er grüßte.', { lang: 'de-CH' }],
    ['a relative das', `${WRITES_DASS}Das Buch, das ich las, war gut.`],
    ['das as a subject after a verb of saying', `${WRITES_DASS}Er sagte, das Haus sei alt, und das sei gut.`],
    ['das after so', `${WRITES_DASS}Es war so ein Haus, das ich kannte.`],
    ['das as the article of a noun after a pronominal adverb', `${WRITES_DASS}Er wohnte darin, das Haus war alt.`],
    ['da before a preposition, but after no verb of saying', `${WRITES_DASS}Er wartete lange, da vor dem Haus niemand war.`],
    ['ohne das and a noun', 'Er kam ohne das Buch.'],
    ['da in a word', `${WRITES_DASS}Er hoffte, dabei zu sein, und sagte, daran sei nichts.`],
    ['causal da after a particle of a verb that takes no clause (trat hervor)', `${WRITES_DASS}Er trat hervor, da er gerufen wurde.`],
    ['a garbled daß where no clause begins: a verb after it', 'Er wartete, dal kam der Zug.'],
    ['…before a capital, which may be Italian', 'Er kam, dal Monte sah er.'],
    ['…with no comma nor conjunction before it', 'Er sah dal er kam.'],
  ] as [string, string, Partial<CleanOptions>?][])('%s: unchanged', (_, input, options) => {
    expect(repair(input, options)).toBe(input);
  });

  describe('a text whose only sign of the spelling before 1996 is another word with its ß', () => {
    const withWords = (text: string) => runStages(text, [dassStage], ['musste', 'muss']).text;
    it('writes daß too, where the page lost every daß it had (mußte: musste is the word)', () => {
      expect(withWords('Er mußte gehen. Wir hoffen, da Sie kommen.')).toBe('Er mußte gehen. Wir hoffen, daß Sie kommen.');
    });
    it('…not for a word of three letters, which the umlaut stage may have made of two (mu: muß)', () => {
      expect(withWords('Er muß gehen. Wir hoffen, da Sie kommen.')).toBe('Er muß gehen. Wir hoffen, da Sie kommen.');
    });
  });
});
