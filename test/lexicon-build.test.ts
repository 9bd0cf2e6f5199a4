import { describe, expect, it } from 'vitest';
import { diminutivesOf, takesDiminutive } from '../scripts/dictionaries/diminutives.mjs';
import { ROLE } from '../scripts/dictionaries/format.mjs';
import { expandEntry, parseAff, parseDic } from '../scripts/dictionaries/hunspell-affixes.mjs';
import { Role } from '../src/lexicon/binary-format.js';

// A miniature of dictionary-de's .aff: the flags and affixes that carry its compound rules.
const AFF = `SET UTF-8
COMPOUNDBEGIN x
COMPOUNDMIDDLE y
COMPOUNDEND z
COMPOUNDPERMITFLAG c
ONLYINCOMPOUND o
NEEDAFFIX h
CIRCUMFIX f
FORBIDDENWORD d
COMPOUNDMIN 2
PFX i Y 1
PFX i 0 -/coyf .
SFX j Y 2
SFX j 0 0/xoc .
SFX j 0 -/zocf .
SFX S Y 1
SFX S 0 s .
SFX A Y 2
SFX A 0 e [^e]
SFX A 0 en [^e]
`;
const DIC = `6
glauben/S
glauben/Sozm
Werks/hij
gesellschaftlich/A
Uhrheber/dS
klein
`;

/** Every form of the miniature dictionary with the union of its roles, as the build stores them. */
function expandAll(): Map<string, number> {
  const aff = { ...parseAff(AFF), adjectiveFlag: 'A' };
  const forms = new Map<string, number>();
  for (const entry of parseDic(DIC, aff.flagType)) {
    expandEntry(aff, entry, (form, roles) => forms.set(form, (forms.get(form) ?? 0) | roles));
  }
  return forms;
}

describe('build: affix expansion with compound roles', () => {
  const forms = expandAll();

  it.each([
    ['glauben', ROLE.STANDALONE | ROLE.END, 'duplicate entries stay separate: the verb stands alone, the noun ends compounds'],
    ['glaubens', ROLE.STANDALONE | ROLE.END, 'suffixed forms inherit each root entry’s roles'],
    ['Werks', ROLE.BEGIN, 'NEEDAFFIX root + a zero suffix with COMPOUNDBEGIN and COMPOUNDPERMITFLAG: a compound begin only'],
    ['-Werks', ROLE.MIDDLE, 'a prefix alone is not held to CIRCUMFIX (as in Hunspell): a middle part'],
    ['-Werks-', ROLE.MIDDLE | ROLE.END, 'CIRCUMFIX prefix and suffix together'],
    ['gesellschaftlichen', ROLE.STANDALONE | ROLE.ADJECTIVE, 'declined adjective'],
    ['Uhrheber', ROLE.FORBIDDEN, 'FORBIDDENWORD'],
    ['Uhrhebers', ROLE.FORBIDDEN, 'FORBIDDENWORD carries over to affixed forms'],
    ['klein', ROLE.STANDALONE, 'an entry without flags'],
  ])('%s has roles %i: %s', (form, roles) => expect(forms.get(form)).toBe(roles));

  it.each([
    ['Werks-', 'a CIRCUMFIX suffix without its prefix'],
    ['Werk', 'nothing strips the s'],
  ])('does not make %s: %s', (form) => expect(forms.has(form)).toBe(false));

  it('writes the role bits the runtime reads', () => {
    expect(ROLE).toEqual({
      STANDALONE: Role.Standalone,
      BEGIN: Role.Begin,
      MIDDLE: Role.Middle,
      END: Role.End,
      FORBIDDEN: Role.Forbidden,
      KEEPCASE: Role.KeepCase,
      ADJECTIVE: Role.Adjective,
    });
  });
});

describe('build: diminutives of the nouns', () => {
  it.each([
    ['Tochter', 'Töchterchen', 'Töchterlein'], // the last a, o or u takes the umlaut
    ['Rose', 'Röschen', 'Röslein'], // a final e goes
    ['Bauer', 'Bäuerchen', 'Bäuerlein'], // au: äu
    ['Haar', 'Härchen', 'Härlein'], // aa: ä
    ['Auge', 'Äugchen', 'Äuglein'], // a capital too
    ['Tisch', 'Tischchen', 'Tischlein'], // no a, o or u
    ['Freund', 'Freundchen', 'Freundlein'], // eu keeps its vowels
    ['Main', 'Mainchen', 'Mainlein'], // so does ai
  ])('%s → %s, %s and their genitives', (noun, chen, lein) => {
    expect(diminutivesOf(noun)).toEqual([chen, `${chen}s`, lein, `${lein}s`]);
  });

  it.each([
    ['Tochter', true],
    ['tochter', false], // not a noun
    ['Ei', false], // too short
    ['Donaudampfschiff', false], // a long compound
    ['US-Bürger', false], // not letters only
  ])('%s takes diminutives: %s', (form, expected) => expect(takesDiminutive(form)).toBe(expected));
});
