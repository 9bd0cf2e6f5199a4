/** --historic: old spellings are words (their modern reading is), and are kept as written. */
import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean.js';
import { modernReadings, withHistoricSpellings } from '../src/lexicon/historic-lexicon.js';
import { looksHistoric } from '../src/lexicon/historic-text.js';
import { loadLexicon } from '../src/lexicon/load.js';

const modern = loadLexicon();
const historic = withHistoricSpellings(modern);

describe('historic spellings', () => {
  it.each(['Thür', 'Theil', 'daß', 'muß', 'frey', 'seyn', 'Kenntniß', 'probiren', 'Noth', 'Classe', 'gieng', 'giebt', 'Hülfe'])('%s is a word in historic text', (word) => {
    expect(historic.isWord(word)).toBe(true);
  });

  it.each(['Thur', 'konnen', 'Strasze'])('%s is still not a word', (word) => {
    expect(historic.isWord(word)).toBe(false);
  });

  it.each([
    ['Theil', ['Teil']],
    ['daß', ['dass']],
    ['Kenntniß', ['Kenntnis', 'Kenntniss']],
    ['giebt', ['gibt']],
    ['fieng', ['fing']],
    ['Haus', []],
  ])('modern readings of %s', (word, readings) => {
    expect(modernReadings(word).sort()).toEqual([...readings].sort());
  });

  it('keeps the old spellings and repairs the OCR damage', () => {
    const text = 'Es ist gewiß, daß der Konig vor der Thür stand und seinen Theil forderte.\n';
    expect(clean(text, { historic: true }).text).toBe('Es ist gewiß, daß der König vor der Thür stand und seinen Theil forderte.\n');
  });

  it.each([
    ['Thur', 'Thür'],
    ['nothig', 'nöthig'],
    ['Rathsel', 'Räthsel'],
    ['Verhaltniß', 'Verhältniß'],
    ['Hulfe', 'Hülfe'], // a rule that applies only once the dots are back (ülf: Hilfe)
  ])('%s has the old spelling %s among its lost-dot readings', (token, old) => {
    expect(historic.spellingsForKey(token)).toContain(old);
  });

  it.each([
    ['Die Thiir war offen.', 'Die Thür war offen.'],
    ['Die Bliithe war schön.', 'Die Blüthe war schön.'],
    ['Es war ndthig.', 'Es war nöthig.'],
    ['Die Kenntnifs der Sache.', 'Die Kenntniß der Sache.'], // the ß of the old -niß
    ['Das Verhaltnifs ist gut.', 'Das Verhältniß ist gut.'],
  ])('a garbled umlaut or ß in an old spelling: %s', (text, expected) => {
    expect(clean(text, { historic: true }).text).toBe(expected);
  });

  it('restores the umlauts of diminutives, which old books are full of and the dictionary lacks', () => {
    expect(clean('Das Biibchen gab dem Tochterlein ein GeiBlein.\n', { historic: true }).text).toBe('Das Bübchen gab dem Töchterlein ein Geißlein.\n');
  });

  it('restores lost dots in old spellings too', () => {
    expect(clean('Die Thur war offen, und das war nothig.\n', { historic: true }).text).toBe('Die Thür war offen, und das war nöthig.\n');
  });
});

describe('historic: auto (the default) reads the text', () => {
  const OLD = 'Er wollte seinen Theil aus Noth nicht thun. ';
  it.each([
    ['19th-century spellings', OLD, true],
    ['pre-1996 ß, twice, and another', 'Er weiß, daß es so ist, daß er muß. ', true],
    ['modern text', 'Er tat seinen Teil aus Not und ging. ', false],
    ['English words that read as old German (that: tat)', 'Note that this is the key, and that they know that. ', false],
    ['one old spelling, even repeated (a name: Meyer)', 'Herr Meyer, Frau Meyer und Meyer junior. ', false],
    ['old spellings read with their dots lost (Thur: Tür, Thranen: Tränen), and gieng', 'Er stand vor der Thur, weinte Thranen und gieng. ', true],
    ['names whose modern reading is a compound or a word with a lost ß (Löt + Ringer, größten)', 'Die Lothringer und die Lothringer, die großten. ', false],
    ['English words with th, which the corpus of German paragraphs never counted (forth: fort, strength: strengt)', 'Both went back and forth, with strength and more strength. ', false],
    ['two marks in one old spelling count twice (Thürthür)', 'Die Thürthür und der Theil. ', true],
    ['English-model OCR of old print: ß read as B, ü as ii (daB, muBte, Thiir)', 'Er sah, daB er vor der Thiir warten muBte. ', true],
    ['English-model OCR of modern text: the same garbles in modern words (groBe, fiir, StraBe)', 'Die groBe Stadt ist fiir alle da, die StraBe auch, fiir jeden. ', false],
    ['a modern word with its dots lost whose ß reading is an adjective compound (regelmaBig: regel + massig)', 'Er kam regelmaBig, regelmaBige Besuche, und der SchuB fiel. Der SchuB. ', false],
    ['a token longer than any word, full of marks, is no spelling', `${'th'.repeat(5000)} Theil und Noth. `, false],
  ])('%s → %s', (_, text, expected) => {
    expect(looksHistoric(text, modern)).toBe(expected);
  });

  it('restores the old spelling in a text that shows old spellings, and not otherwise', () => {
    expect(clean(`${OLD}Die Thur war offen.`).text).toBe(`${OLD}Die Thür war offen.`);
    expect(clean('Die Thur war offen.').text).toBe('Die Thur war offen.');
    expect(clean(`${OLD}Die Thur war offen.`, { historic: false }).text).toBe(`${OLD}Die Thur war offen.`);
  });
});
