import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../src/lexicon/lexicon.js';
import { abbreviationsStage, dottedReading, isAbbreviation } from '../src/stages/abbreviations.js';
import { punctuationStage } from '../src/stages/punctuation.js';
import { DEFAULT_OPTIONS } from '../src/clean.js';
import { runPipeline } from '../src/pipeline.js';
import { fakeLexicon } from './helpers/fake-lexicon.js';

/** Corpus words (with their counts) that abbreviations stand for, and words whose letters an abbreviation may share. */
const CORPUS: Record<string, number> = {
  täglich: 25, tägliche: 11, tägliches: 14, nördlich: 27, nördlichen: 39, südlich: 32, gewöhnlich: 152, Übersicht: 236,
  offen: 500, offiziell: 317, öffnen: 900, öffentlich: 656, Müller: 40, Wort: 300, wörtlich: 81, vormittags: 2, um: 9000, ist: 9000, hoch: 300,
};
const CORPUS_WORDS = Object.keys(CORPUS);

/** The fake lexicon with the prefix counts of the compiled one (FrequencyTable.prefixCount). */
function corpusLexicon(): Lexicon {
  return {
    ...fakeLexicon(CORPUS),
    prefixFrequency: (prefix) => CORPUS_WORDS.filter((word) => word.startsWith(prefix)).reduce((sum, word) => sum + CORPUS[word]!, 0),
  };
}

function run(text: string) {
  const lexicon = corpusLexicon();
  return runPipeline(text, [abbreviationsStage, punctuationStage], DEFAULT_OPTIONS, { lexicon: () => lexicon });
}

describe('abbreviations: an umlaut that lost its dots', () => {
  it.each([
    ['täglich', 'Geöffnet tagl. von 9 Uhr an', 'Geöffnet tägl. von 9 Uhr an'],
    ['nördlich, before a lowercase word (no comma read into its dot)', 'Die Burg liegt nordl. davon.', 'Die Burg liegt nördl. davon.'],
    ['a capital at a sentence start stands for a lowercase word', 'Dort ist es. Sudl. liegt der See.', 'Dort ist es. Südl. liegt der See.'],
    ['after a bracket', 'der See (sudl. der Stadt)', 'der See (südl. der Stadt)'],
    ['a capitalised noun', 'siehe die Ubers. am Ende', 'siehe die Übers. am Ende'],
    ['a long one, whose dot the punctuation stage keeps', 'Die Kosten sind gewohnl. hoch.', 'Die Kosten sind gewöhnl. hoch.'],
  ])('%s', (_, input, expected) => {
    expect(run(input).text).toBe(expected);
  });

  it('records the change with its rule and confidence', () => {
    expect(run('Geöffnet tagl. ab 9').changes).toMatchObject([{ stage: 'abbreviations', rule: 'abbreviation-umlaut', before: 'tagl', after: 'tägl', confidence: 0.9, applied: true }]);
  });

  it('is only a suggestion where few corpus words begin with the reading', () => {
    expect(dottedReading('vorm', false, corpusLexicon())).toBeUndefined();
    expect(run('Er kam vorm. an').text).toBe('Er kam vorm. an');
  });
});

describe('abbreviations: unchanged', () => {
  it.each([
    ['letters that begin many words themselves (off: offen, offiziell)', 'Der Schalter steht auf off. Dann'],
    ['a name, whose dotted reading is a word (the umlauts stage weighs it)', 'Er traf Muller. Dann'],
    ['a noun written in lowercase', 'das wort. Dann'],
    ['inside an address or a dotted run', 'schreib an a@wort. oder z.B.tagl. so'],
    ['three letters or fewer', 'Der Mon. und'],
    ['a word the lexicon knows', 'Es ist hoch. Dann'],
  ])('%s', (_, input) => {
    expect(run(input).text).toBe(input);
  });

  it('tells the punctuation stage an abbreviation from a word that ends a sentence', () => {
    expect(isAbbreviation('gewöhnl', corpusLexicon())).toBe(true);
    expect(isAbbreviation('gewöhnlich', corpusLexicon())).toBe(false);
  });
});
