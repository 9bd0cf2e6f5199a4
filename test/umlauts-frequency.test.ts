import { describe, expect, it } from 'vitest';
import { asWrittenFrequency, compoundFrequency, estimatedFrequency, joinedWordsFrequency, joinedWordsTails, uncountedNounFrequency } from '../src/correction/frequency.js';
import { fakeLexicon, WORDS } from './helpers/fake-lexicon.js';

const lexicon = fakeLexicon(WORDS);

describe('compoundFrequency: how common an uncounted compound is, from its last part', () => {
  it.each([
    ['Virtualisierungslösungen', 0.3 * 45], // Lösungen
    ['Integrationslösungen', 0.3 * 45],
    ['Virtualisierungslosungen', 0], // Losungen: never counted
    ['Faden', 0], // too short to hold a part and a rest
    ['Mannhaus', 0.3 * 900], // lowercase last parts are looked up capitalised too (haus → Haus)
  ])('%s → %d', (spelling, expected) => expect(compoundFrequency(spelling, lexicon)).toBeCloseTo(expected));

  it('counts only the last parts the lexicon allows (Übergreifende is no Übergreif + Ende)', () => {
    const withEnde = fakeLexicon({ ...WORDS, Ende: 1000, übergreifende: 0 });
    const noSplit = { ...withEnde, lastParts: () => [] };
    expect(compoundFrequency('übergreifende', withEnde)).toBeCloseTo(0.3 * 1000);
    expect(compoundFrequency('übergreifende', noSplit)).toBe(0);
  });

  it('takes the longest last part the corpus counted (herunterläuft: unterläuft never counted, läuft is)', () => {
    const particleVerb = { ...fakeLexicon({ ...WORDS, läuft: 400 }), lastParts: () => ['unterläuft', 'läuft'] };
    expect(compoundFrequency('herunterläuft', particleVerb)).toBeCloseTo(0.3 * 400);
  });

  it('is 0 for a lexicon that cannot split words', () => {
    const { lastParts: _, ...unsplit } = lexicon;
    expect(compoundFrequency('Virtualisierungslösungen', unsplit)).toBe(0);
  });
});

describe('estimatedFrequency: how common an uncounted word is likely to be', () => {
  it.each([
    ['Virtualisierungslösungen', 0.3 * 45], // a compound: from its last part
    ['Bühne', 3], // a noun of the dictionary: as often as the corpus could have seen it without listing it
    ['Kühe', 3],
    ['rät', 0], // a verb form: verbs are shared with software manuals, so their absence counts
    ['Unbekannt', 0], // not in the lexicon at all
  ])('%s → %d', (spelling, expected) => expect(estimatedFrequency(spelling, lexicon)).toBeCloseTo(expected));
});

describe('uncountedNounFrequency: the floor of a noun beside counted readings', () => {
  it.each([
    ['Faden', 3],
    ['Virtualisierungslösungen', 0], // a compound: its estimate only decides among uncounted readings
    ['rät', 0],
  ])('%s → %d', (spelling, expected) => expect(uncountedNounFrequency(spelling, lexicon)).toBe(expected));
});

describe('joinedWordsTails: a token that is two words joined, perhaps a compound the dictionary lacks', () => {
  it.each([
    ['Terminalbreite', ['breite']],
    ['hineingeben', ['geben']],
    ['Mannhaus', ['haus']], // a noun tail, written lowercase inside the compound
    ['Sehenhaus', []], // the head must be a form as written: Sehen is only sehen capitalised (Rochbüchern: roch)
    ['Unbekannt', []],
  ])('%s → %j', (token, tails) => expect(joinedWordsTails(token, lexicon)).toEqual(tails));

  it('ends in no function word (Walder is no Wal + der)', () => {
    const withWal = fakeLexicon({ ...WORDS, Wal: 5, der: 60000, Wälder: 59 });
    expect(joinedWordsTails('Walder', withWal)).toEqual([]);
  });

  it('is no estimate where the head has an umlaut twin (Ruck + Reise: Rückreise with its dots lost)', () => {
    const withRuck = fakeLexicon({ ...WORDS, Ruck: 20, Rück: 5, Reise: 300 });
    expect(joinedWordsTails('Ruckreise', withRuck)).toEqual([]);
  });

  it('estimates the token like a compound of its commonest last part', () => {
    expect(joinedWordsFrequency('Terminalbreite', lexicon)).toBeCloseTo(0.3 * 60); // Breite
    expect(joinedWordsFrequency('Unbekannt', lexicon)).toBe(0);
    // berg + abkamen (never counted) and bergab + kamen: as common as kamen, though its twin kämen is a word too (vorüberkamen)
    const withKamen = fakeLexicon({ ...WORDS, berg: 5, bergab: 3, abkamen: 0, kamen: 39, kämen: 3 });
    expect(joinedWordsTails('bergabkamen', withKamen)).toEqual(['abkamen', 'kamen']);
    expect(joinedWordsFrequency('bergabkamen', withKamen)).toBeCloseTo(0.3 * 39);
  });
});

describe('asWrittenFrequency: how common a real word is as written', () => {
  const withEveryday = { ...fakeLexicon({ ...WORDS, mochten: 0, möchten: 895 }), everydayFrequency: (word: string) => ({ mochten: 10, möchten: 98 })[word] ?? 0 };
  it.each([
    ['mochten', 10], // the manuals never counted it; everyday German does
    ['Mochten', 10], // at a sentence start, the lowercase word
    ['möchten', 895], // the corpus count where it is more
    ['Unbekannt', 0],
  ])('%s → %d', (spelling, expected) => expect(asWrittenFrequency(spelling, withEveryday)).toBe(expected));

  it('is the corpus count for a lexicon without everyday frequencies', () => {
    expect(asWrittenFrequency('mochten', { ...withEveryday, everydayFrequency: undefined })).toBe(0);
  });
});
