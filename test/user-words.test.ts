/**
 * The user's steering: dictionary files, user words as targets, protected
 * words, regional spelling (de-CH) and a reviewer's decisions, through the
 * library API clean() as the command line uses it.
 */
import { describe, expect, it } from 'vitest';
import { parseDictionary } from '../src/app/dictionary-file.js';
import { UsageError } from '../src/app/settings.js';
import { clean } from '../src/index.js';
import { withoutSharpS } from '../src/lexicon/swiss-lexicon.js';
import { withUserWords } from '../src/lexicon/user-lexicon.js';
import { fakeLexicon, WORDS } from './helpers/fake-lexicon.js';

describe('dictionary files', () => {
  it('reads words, protected words, comments and blank lines', () => {
    const text = '\ufeff# Namen\nKlose\n\n  !Kose   # so heißt er wirklich\nC#\nMüller\r\n';
    expect(parseDictionary(text, 'names.txt')).toEqual({ words: ['Klose', 'C#', 'Müller'], protectedWords: ['Kose'] });
  });

  it('stores words in NFC', () => {
    expect(parseDictionary('Mu\u0308ller\n', 'n.txt').words).toEqual(['Müller']);
  });

  it.each([
    ['two words on a line', 'Klose\nKai Klose\n', 'names.txt:2: "Kai Klose" is more than one word'],
    ['a ! without a word', 'Klose\n\n!\n', 'names.txt:3: "!" needs a word'],
    ['a control character', 'Klo\u0007se\n', 'names.txt:1: "Klo\\u0007se" contains a control character'],
    ['no letter at all', '1234\n', 'names.txt:1: "1234" has no letter'],
  ])('%s is an error with file and line', (_, text, message) => {
    expect(() => parseDictionary(text, 'names.txt')).toThrow(UsageError);
    expect(() => parseDictionary(text, 'names.txt')).toThrow(message);
  });
});

describe('user words', () => {
  const lexicon = withUserWords(fakeLexicon(WORDS), ['Klose', 'Arnika', 'Müller']);

  it.each([
    ['Klose', true],
    ['KLOSE', true],
    ['arnika', false],
    ['Arnika', true],
    ['Klose-Rede', false],
    ['Klose-Haus', true],
    ['Kose', false],
  ])('%s is a word: %s', (token, expected) => {
    expect(lexicon.isWord(token)).toBe(expected);
  });

  it('are targets for their damaged forms', () => {
    expect(lexicon.spellingsForKey('Muller')).toContain('Müller');
    expect(clean('Herr Kose sagte es.', { userWords: ['Klose'] }).text).toBe('Herr Klose sagte es.');
  });

  it('without them, a lone Kose stays', () => {
    expect(clean('Herr Kose sagte es.').text).toBe('Herr Kose sagte es.');
  });
});

describe('protected words are never changed', () => {
  const KLOSE = 'Klose kam. Klose ging. Klose blieb. Kose sagte es.';

  it.each([
    ['a name the document would repair', KLOSE, ['Kose']],
    ['a word the umlaut stage would repair', 'Das ist fur dich.', ['fur']],
    ['a word with special characters', 'Er schrieb C++ und fur.', ['C++', 'fur']],
  ])('%s', (_, text, protectedWords) => {
    const result = clean(text, { protectedWords });
    for (const word of protectedWords) expect(result.text).toContain(word);
    expect(result.changes.filter((change) => protectedWords.includes(change.before))).toEqual([]);
  });

  it('only as a whole token: a longer word with the same start is still repaired', () => {
    expect(clean('Das ist fur dich, furchtbar.', { protectedWords: ['furcht'] }).text).toBe('Das ist für dich, furchtbar.');
  });

  it('without protection the same text is repaired', () => {
    expect(clean(KLOSE).text).toBe('Klose kam. Klose ging. Klose blieb. Klose sagte es.');
  });
});

describe('de-CH: no ß', () => {
  it.each([
    ['Strasse is right', 'Die Strasse ist gross.', 'Die Strasse ist gross.'],
    ['umlauts are still restored, with ss', 'Gemass dem Beschluss fur alle.', 'Gemäss dem Beschluss für alle.'],
  ])('%s', (_, input, expected) => {
    const result = clean(input, { lang: 'de-CH' });
    expect(result.text).toBe(expected);
    expect(result.changes.some((change) => change.after.includes('ß'))).toBe(false);
  });

  it('de-DE keeps the printed ss too, and restores a garbled ß', () => {
    expect(clean('Die Strasse ist gross.').text).toBe('Die Strasse ist gross.');
    expect(clean('Die StraBe ist groB.').text).toBe('Die Straße ist groß.');
  });

  it('the Swiss lexicon reads every ß as ss', () => {
    const swissLexicon = withoutSharpS(fakeLexicon({ Straße: 300, groß: 600, Schuss: 50 }));
    expect(['Strasse', 'gross', 'Schuss'].map((word) => swissLexicon.isWord(word))).toEqual([true, true, true]);
    expect(swissLexicon.spellingsForKey('strasse')).toEqual(['Strasse']);
    expect(swissLexicon.frequency('gross')).toBe(600);
  });
});

describe('a reviewer’s decisions beat the confidence', () => {
  const text = 'Das ist fur dich und fur mich.';

  it.each([
    ['reject the first', [{ occurrence: 0, verdict: 'reject' as const }], 'Das ist fur dich und für mich.'],
    ['reject the second', [{ occurrence: 1, verdict: 'reject' as const }], 'Das ist für dich und fur mich.'],
    ['replace the first', [{ occurrence: 0, verdict: { replace: 'vor' } }], 'Das ist vor dich und für mich.'],
  ])('%s', (_, verdicts, expected) => {
    const decisions = verdicts.map((v) => ({ stage: 'umlauts' as const, rule: ruleOfFur(), before: 'fur', after: 'für', ...v }));
    expect(clean(text, { decisions }).text).toBe(expected);
  });

  it('accept makes a suggestion', () => {
    const meier = 'Meier kam. Meier ging. Meier blieb. Dann Maier.';
    expect(clean(meier).changes).toMatchObject([{ before: 'Maier', after: 'Meier', applied: false }]);
    const decisions = [{ stage: 'names' as const, rule: 'document-name', before: 'Maier', after: 'Meier', occurrence: 0, verdict: 'accept' as const }];
    expect(clean(meier, { decisions }).text).toBe('Meier kam. Meier ging. Meier blieb. Dann Meier.');
  });
});

function ruleOfFur(): string {
  return clean('Das ist fur dich.').changes.find((change) => change.before === 'fur')!.rule;
}
