import { describe, expect, it } from 'vitest';
import type { KeyLattice } from '../src/lexicon/key-lattice.js';
import { withHistoricSpellings } from '../src/lexicon/historic-lexicon.js';
import { loadLexicon } from '../src/lexicon/load.js';
import { withoutSharpS } from '../src/lexicon/swiss-lexicon.js';
import { withUserWords } from '../src/lexicon/user-lexicon.js';

// The compiled lexicon of dictionaries/de-DE.bin (npm run build:dictionaries).
const lexicon = loadLexicon();

describe('lexicon: isWord', () => {
  it.each([
    // forms, including those nspell loses because it merges duplicate .dic entries (glauben/DIXYW + glauben/Sozm)
    'können', 'für', 'Straße', 'glauben', 'schneiden', 'schaffen', 'Haus', 'Häuser', 'der', 'über',
  ])('accepts the form %s', (token) => expect(lexicon.isWord(token)).toBe(true));

  it.each([
    'Integrationsverständnis', // Integrations (begin, with Fugen-s) + verständnis (end)
    'Arbeitsgruppen',
    'Integrationskonferenz',
    'Staatssekretär',
    'Arbeitsgruppenleiter', // begin + middle + end
    'zivilgesellschaftlichen', // adjective compound: beyond Hunspell, see GermanLexicon
    'integrationspolitischen',
  ])('accepts the compound %s', (token) => expect(lexicon.isWord(token)).toBe(true));

  it.each([
    'Töchterlein', // Tochter: umlaut, -lein
    'Bübchen', // Bube: final e dropped
    'Geißleins', // genitive
    'Röslein',
    'Rotkäppchen', // a diminutive as the last part of a compound
  ])('accepts the diminutive %s, which the dictionary lacks (build: scripts/dictionaries/diminutives.mjs)', (token) => expect(lexicon.isWord(token)).toBe(true));

  it.each([
    ['Können', 'a lowercase word capitalised at a sentence start'],
    ['KÖNNEN', 'ALL-CAPS'],
    ['STRASSE', 'ALL-CAPS with SS for ß'],
    ['ARBEITSGRUPPEN', 'an ALL-CAPS compound'],
    ['Debian-Architekturen', 'words joined by a hyphen'],
    ['US-Wirtschaft', 'an acronym joined by a hyphen'],
    ['Integrations-', 'a compound part before "und" (Integrations- und Sozialpolitik)'],
    ['Arbeits-Tier', 'a hyphenated compound'],
    ['usw.', 'an abbreviation'],
  ])('accepts %s: %s', (token) => expect(lexicon.isWord(token)).toBe(true));

  it.each([
    ['fur', 'umlaut lost (für)'],
    ['konnen', 'umlaut lost (können)'],
    ['Strasse', 'ß as ss outside ALL-CAPS'],
    ['kdnnen', 'OCR garble of können'],
    ['Staatssekretar', 'umlaut lost in a compound'],
    ['Integrationsverstandnis', 'umlaut lost in a compound'],
    ['tatsachlich', 'umlaut lost: Tat + sachlich is too short a part for an adjective compound'],
    ['Oberflache', 'umlaut lost: capitalised, so not an adjective compound (Ober + flache)'],
    ['Flinfte', 'OCR garble of Fünfte'],
    ['arbeitsgruppen', 'a noun compound in lowercase'],
    ['straße', 'a noun in lowercase'],
    ['ArbeitsGruppen', 'capital inside a word'],
    ['Uhrheber', "Hunspell's FORBIDDENWORD (Urheber), though Uhr + heber would be a compound"],
    ['Integrations', 'a compound part alone'],
    ['Integrations-Bla', 'a hyphenated pair with a non-word'],
    ['', 'empty'],
  ])('rejects %s: %s', (token) => expect(lexicon.isWord(token)).toBe(false));
});

describe('lexicon: isDictionaryWord', () => {
  it.each([
    ['Integrationsverständnis', true],
    ['können', true],
    ['zivilgesellschaftlichen', false], // an adjective compound: isWord only
    ['vielfaltigen', false], // viel + faltigen: an adjective-compound reading of damaged vielfältigen
    ['vielfältigen', true],
  ])('%s → %s', (token, expected) => expect(lexicon.isDictionaryWord(token)).toBe(expected));
});

describe('lexicon: isForm (a form of the dictionary itself, exactly as written)', () => {
  it.each([
    ['Bühne', true],
    ['Kühe', true],
    ['rät', true],
    ['können', true],
    ['Können', false], // a lowercase word recased
    ['Integrationsverständnis', false], // a compound of the rules
    ['Hörries', false], // Hör + Ries: a compound, not a noun of the dictionary
    ['zivilgesellschaftlichen', false],
    ['Uhrheber', false], // forbidden
    ['Kithe', false],
  ])('%s → %s', (token, expected) => expect(lexicon.isForm(token)).toBe(expected));

  it.each([
    ['historic spelling of a form', withHistoricSpellings(lexicon), 'Thür', true],
    ['Swiss spelling of a form', withoutSharpS(lexicon), 'Strasse', true],
    ["a user's word", withUserWords(lexicon, ['Klose']), 'Klose', true],
    ['a compound, through a wrapper', withUserWords(lexicon, ['Klose']), 'Integrationsverständnis', false],
  ])('%s: %s → %s', (_name, wrapped, token, expected) => expect(wrapped.isForm?.(token)).toBe(expected));
});

describe('lexicon: lastParts (where a word splits into a head and a last part, longest last part first)', () => {
  it.each([
    ['Virtualisierungslösungen', ['lösungen']], // a compound begin + a compound end
    ['Integrationsverständnis', ['verständnis']],
    ['herunterläuft', ['unterläuft', 'läuft']], // a particle verb: every head that is a word
    ['Paketüberprüfung', ['überprüfung']], // a last part that is itself a compound (Über + prüfung)
    ['zeitkritische', ['kritische']], // a lowercase word may begin with a noun (Zeit)
    ['abgehört', ['gehört']], // two-letter particles head verbs
    ['Übergreifende', ['greifende']], // never Übergreif + ende: Übergreif is neither a word nor a compound part
    ['Faden', []], // F + aden: too short to hold a part and a rest
    ['Bühne', []],
  ])('%s → %j', (word, expected) => expect(lexicon.lastParts(word)).toEqual(expected));

  it('reaches wrapped lexicons', () => {
    expect(withHistoricSpellings(lexicon).lastParts?.('Integrationsverständnis')).toEqual(['verständnis']);
    expect(withUserWords(lexicon, ['Klose']).lastParts?.('Integrationsverständnis')).toEqual(['verständnis']);
  });
});

describe('lexicon: spellingsForKey', () => {
  it.each([
    ['fur', ['für']],
    ['konnen', ['können']],
    ['Staatssekretar', ['Staatssekretär']],
    ['Integrationsverstandnis', ['Integrationsverständnis']],
    ['Strasse', ['Straße']],
    ['uber', ['über']],
    ['zivilgesellschaftlichen', ['zivilgesellschaftlichen']],
    ['tatsachlich', ['tatsächlich']],
    ['KONNEN', ['können']],
  ])('%s → %j', (token, spellings) => expect(lexicon.spellingsForKey(token)).toEqual(spellings));

  it('returns every real spelling of an ambiguous key, as the lexicon writes them', () => {
    expect([...lexicon.spellingsForKey('grosse')].sort()).toEqual(['Größe', 'große']);
    expect(lexicon.spellingsForKey('Masse')).toContain('Maße');
    expect(lexicon.spellingsForKey('Masse')).toContain('Masse');
  });

  it('ranks a dictionary word above an adjective-compound reading', () => {
    expect(lexicon.spellingsForKey('vielfaltigen')[0]).toBe('vielfältigen');
  });

  it.each(['kdnnen', 'xyzzy', '', 'Uhrheber'])('knows no spelling for %j', (token) =>
    expect(lexicon.spellingsForKey(token)).toEqual([]),
  );
});

describe('lexicon: spellingsForLattice (all readings of a token in one walk)', () => {
  const lattice = (token: string, readingsAt: KeyLattice['readingsAt'], maxCost = 2): KeyLattice => ({ token, readingsAt, maxCost });
  const reading = (length: number, key: string, cost = 2) => [{ length, key, cost }];

  it.each([
    ['a garbled span', lattice('Flinfte', [, reading(2, 'ü')]), 'fünfte'],
    ['two garbles within the budget', lattice('Frihsttick', [, , reading(1, 'ü'), , , , reading(2, 'ü')], 4), 'Frühstück'],
    ['a dropped ß (no glyphs)', lattice('Auerdem', [, , reading(0, 'ss')]), 'außerdem'],
    ['lost dots in an adjective compound', lattice('startfahigen', []), 'startfähigen'],
  ])('%s', (_name, query, expected) => expect(lexicon.spellingsForLattice(query)).toContain(expected));

  it.each([
    ['over budget', lattice('Frihsttick', [, , reading(1, 'ü'), , , , reading(2, 'ü')], 3)],
    ['an umlaut key matches only the umlaut (kdnnen is no Kannen)', lattice('kdnnen', [, reading(1, 'ä')])],
  ])('finds nothing %s', (_name, query) => {
    const found = lexicon.spellingsForLattice(query);
    expect(found.filter((spelling) => !/[äöüß]/i.test(spelling))).toEqual([]);
    expect(found).not.toContain('Frühstück');
  });

  it('agrees with spellingsForKey for the token alone', () => {
    for (const token of ['fur', 'grosse', 'Integrationsverstandnis', 'vielfaltigen', 'KONNEN', 'xyzzy']) {
      expect(lexicon.spellingsForLattice(lattice(token, [], 0))).toEqual(lexicon.spellingsForKey(token));
    }
  });
});

describe('lexicon: frequency', () => {
  it('counts words of the frequency corpus, also words outside the lexicon', () => {
    expect(lexicon.frequency('die')).toBeGreaterThan(lexicon.frequency('Integrationskonferenz'));
    expect(lexicon.frequency('für')).toBeGreaterThan(0);
    expect(lexicon.frequency('Debian')).toBeGreaterThan(0);
  });

  it.each(['fur', 'xyzzy', ''])('is 0 for %j', (word) => expect(lexicon.frequency(word)).toBe(0));
});

describe('lexicon: everydayFrequency (film subtitles, on the scale of frequency)', () => {
  it('knows the narrative words the manuals never counted', () => {
    for (const word of ['mochten', 'fuhren', 'andern']) {
      expect(lexicon.frequency(word)).toBe(0);
      expect(lexicon.everydayFrequency(word)).toBeGreaterThan(0);
    }
  });

  it('ranks as everyday German does', () => {
    expect(lexicon.everydayFrequency('ich')).toBeGreaterThan(lexicon.everydayFrequency('mochte'));
    expect(lexicon.everydayFrequency('möchte')).toBeGreaterThan(lexicon.everydayFrequency('mochte'));
  });

  it.each(['xyzzy', 'Mochten', ''])('is 0 for %j (the list is lowercase)', (word) => expect(lexicon.everydayFrequency(word)).toBe(0));

  it('reaches wrapped lexicons', () => {
    const count = lexicon.everydayFrequency('mochten');
    expect(withHistoricSpellings(lexicon).everydayFrequency?.('mochten')).toBe(count);
    expect(withUserWords(lexicon, ['Klose']).everydayFrequency?.('mochten')).toBe(count);
    expect(withoutSharpS(lexicon).everydayFrequency?.('mochten')).toBe(count);
  });
});
