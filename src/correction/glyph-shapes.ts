/**
 * ß and ö read as a glyph that no German word writes where it stands, in a
 * word the lexicon does not know (a name, a street, a compound it lacks):
 * `HauBler`, `Mühlenstra&e`, `B6hm`. An engine without a German model reads
 * ß as a capital B or an ampersand and ö as a 6; the lexicon repairs the
 * words it knows (`groBe` → `große`), and for the others the shape and its
 * place tell the letter, as `ii` tells ü (dotted-strokes.ts). ß stands only
 * after a vowel or a diphthong, and before e, a consonant or the word's end;
 * so a B there between lowercase letters is one, not the capital of a word
 * joined in the middle (`eBay`, `MediaBox`, `FritzBox`: a capital B starts
 * a part, whose vowel follows it). An ampersand between letters is no
 * mnemonic (`Bea&rbeiten`: the word without it is a word). A 6 between
 * the letters of a capitalised word, its only digit, is an ö (`B6hm`), and
 * only where the document lost umlauts elsewhere too: in lowercase it names
 * code (`ip6tables`, `ipv6address`). A capitalised word may be a foreign
 * name: it is repaired only where the document lost umlauts elsewhere too.
 */
import type { Lexicon } from '../lexicon/lexicon.js';
import { casePattern } from './casing.js';
import { LOST_UMLAUTS, shapeRepairConfidence } from './dotted-strokes.js';

export interface GlyphRepair {
  after: string;
  confidence: number;
  rule: 'glyph-shape';
}

/**
 * B or & for ß: after a letter and a vowel, before e or a consonant, a c
 * only in a diminutive's -chen (`FaBchen`; `ma&chtige` is mächtige), or at
 * the end of a word of five letters or more (kiB, MiB are units).
 */
const SHARP_S_GLYPH = /(?<=\p{L}[aeiouäöü])[B&](?=e|[bdf-hj-np-tv-zß]|chen)|(?<=\p{L}{3}[aeiouäöü])[B&]$/gu;
/** 6 for ö: in a capitalised word, between letters (ip6tables, ipv6address, as6e are names of code, in lowercase). */
const O_UMLAUT_GLYPH = /(?<=^\p{Lu}\p{Ll}*)6(?=\p{Ll})/gu;
/** The glyphs read here: most words the lexicon cannot read have none. */
const GLYPHS = /[B&6]/;
/** Capitals after the first letter make a word of joined parts (ProSieben, UseBlockPeriod) or an acronym. */
const INNER_CAPITAL_BUT_B = /(?<=.)[^\P{Lu}B]/u;

/**
 * The word with its ß and ö glyphs read as the letters, for a non-word that
 * no reading of the lexicon explains, in a document with `damageRate`;
 * undefined where it has none.
 * Example: glyphShapesRepair('HauBler', 0.9, lexicon) = { after: 'Haußler', confidence: 0.55, … }.
 */
export function glyphShapesRepair(word: string, damageRate: number, lexicon: Lexicon): GlyphRepair | undefined {
  if (!GLYPHS.test(word) || INNER_CAPITAL_BUT_B.test(word) || (word.match(/\d/g)?.length ?? 0) > 1) return undefined;
  if (word.includes('&') && lexicon.isWord(word.replace('&', ''))) return undefined;
  const after = word.replace(SHARP_S_GLYPH, 'ß').replace(O_UMLAUT_GLYPH, (six) => (damageRate >= LOST_UMLAUTS ? 'ö' : six));
  if (after === word || /[^\p{L}]/u.test(after)) return undefined;
  const pattern = casePattern(after);
  if (pattern === 'upper') return undefined;
  return { after, confidence: shapeRepairConfidence(pattern, damageRate), rule: 'glyph-shape' };
}
