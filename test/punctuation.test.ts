import { describe, expect, it } from 'vitest';
import { punctuationStage } from '../src/stages/punctuation.js';
import { runStages } from './helpers/run-stages.js';

/** Lowercase words of the fake lexicon: what may follow a misread comma. */
const WORDS = ['um', 'wenn', 'die', 'ein', 'denn', 'ist', 'in', 'lesen', 'apt', 'ermöglicht', 'sieben', 'und', 'sie', 'kam', 'spät', 'es', 'war', 'verwendet', 'passieren', 'geladen', 'nötig'];

function punctuate(text: string): string {
  return runStages(text, [punctuationStage], WORDS.filter((word) => word !== 'apt')).text;
}

describe('punctuation: a full stop before a lowercase word is a misread comma', () => {
  it.each([
    ['before a conjunction', 'Es wird verwendet. um Zeit zu sparen.', 'Es wird verwendet, um Zeit zu sparen.'],
    ['across a line break', 'Das kann passieren.\nwenn es regnet.', 'Das kann passieren,\nwenn es regnet.'],
    ['after a capitalised word', 'das Paketmanagement-System. ermöglicht es', 'das Paketmanagement-System, ermöglicht es'],
    ['after a closing bracket', 'Das wird (oft) geladen (wenn nötig). die Liste', 'Das wird (oft) geladen (wenn nötig), die Liste'],
    ['several in one text', 'Er kam. denn es war spät. sie ging.', 'Er kam, denn es war spät, sie ging.'],
  ])('%s', (_, input, expected) => {
    expect(punctuate(input)).toBe(expected);
  });

  it('takes the letter of a list item for no word, even one the lexicon knows (e) Abfälle …)', () => {
    const input = 'Es ist verboten, d) zu fahren. e) Abfälle wegzuwerfen.';
    expect(runStages(input, [punctuationStage], [...WORDS, 'e']).text).toBe(input);
  });

  it('records the change with its rule', () => {
    const { changes } = runStages('Es wird verwendet. um zu', [punctuationStage], WORDS);
    expect(changes).toMatchObject([{ stage: 'punctuation', rule: 'comma-read-as-stop', before: '.', after: ',', applied: true }]);
  });
});

describe('punctuation: unchanged', () => {
  it.each([
    ['a sentence end before a capital', 'Das ist gut. Die Liste ist lang.'],
    ['an abbreviation with inner dots', 'Siehe z.B. die Liste.'],
    ['an abbreviation without them', 'Äpfel, Birnen usw. und mehr; ca. die Hälfte; Nr. sieben'],
    ['a short token the lexicon does not know (an abbreviation of its own)', 'Dr. med. dent. und Dr. phil. die'],
    ['an initial', 'Herr K. wurde gesehen.'],
    ['an ordinal number', 'am 4. ein Termin'],
    ['a Roman numeral (an ordinal)', 'Ludwig XIV. war König, Friedrich II. von Preußen auch; im Band III. steht mehr.'],
    ['an ellipsis', 'und dann... die Stille'],
    ['a word beginning with i or l (OCR makes them of a capital I)', 'Es wurde gefunden. in Berlin; er kam. lesen wir'],
    ['no word of the lexicon (a command)', 'Installieren Sie es. apt installiert es.'],
    ['a new paragraph', 'Das Ende.\n\nund weiter'],
    ['a path or an address', 'Siehe /etc/hosts. die Datei; schreib an a_b@c. die Adresse'],
  ])('%s', (_, input) => {
    expect(punctuate(input)).toBe(input);
  });
});
