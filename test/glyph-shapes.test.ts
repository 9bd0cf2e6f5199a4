import { describe, expect, it } from 'vitest';
import { glyphShapesRepair } from '../src/correction/glyph-shapes.js';
import { fakeLexicon } from './helpers/fake-lexicon.js';

const lexicon = fakeLexicon({ Bearbeiten: 40 });
/** Damage rates of a document that lost its umlauts and of one that kept them (see DocumentEvidence). */
const LOST = 0.9;
const KEPT = 0.1;

describe('glyph shapes: ß and ö read as a glyph no German word writes there', () => {
  it.each([
    ['B for ß after a diphthong, before a consonant', 'HauBler', LOST, 'Haußler', 0.55],
    ['…before e', 'HolstenstraBe', LOST, 'Holstenstraße', 0.55],
    ['& for ß', 'Mühlenstra&e', LOST, 'Mühlenstraße', 0.55],
    ['…at the end of a word of five letters', 'StrauB', LOST, 'Strauß', 0.55],
    ['…before a diminutive’s -chen', 'FaBchen', LOST, 'Faßchen', 0.55],
    ['a lowercase word, whatever the document', 'fuBhoch', KEPT, 'fußhoch', 0.7],
    ['6 for ö in a capitalised word, where the document lost umlauts', 'B6hm', LOST, 'Böhm', 0.55],
    ['a capitalised word in a document that kept its umlauts: a suggestion', 'HauBler', KEPT, 'Haußler', 0.3],
  ])('%s: %s', (_, word, damageRate, after, confidence) => {
    expect(glyphShapesRepair(word, damageRate, lexicon)).toEqual({ after, confidence, rule: 'glyph-shape' });
  });

  it.each([
    ['a capital B that starts a joined part (its vowel after it)', 'MediaBox'],
    ['…after a consonant', 'FritzBox'],
    ['…after one letter', 'eBay'],
    ['other capitals inside', 'UseBlockPeriod'],
    ['a unit', 'kiB'],
    ['…in capitals', 'MiB'],
    ['no ß before any other ch (the & was an ä)', 'ma&chtige'],
    ['a menu mnemonic: the word without the & is a word', 'Bea&rbeiten'],
    ['6 in lowercase: code', 'ip6tables'],
    ['…more digits', 'X86er'],
    ['6 in a document that kept its umlauts', 'B6hm', KEPT],
  ])('leaves %s: %s', (_, word, damageRate = LOST) => {
    expect(glyphShapesRepair(word, damageRate as number, lexicon)).toBeUndefined();
  });
});
