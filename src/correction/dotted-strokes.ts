/**
 * ü read as two dotted strokes, `ii`, in a word the lexicon does not know:
 * a name, an old spelling, a compound or numeral it lacks (Miinsterdorfer,
 * Schwermiithige, fiinfundachtzigtausend, plattgedriickte). An engine
 * without a German model reads ü so more than any other way (262 times on
 * the dev pages), and German writes `ii` between consonants in no word of
 * its own: the shape alone tells the letter where the lexicon cannot. Between
 * a vowel and a consonant `ii` is German (Dateiinhalt, Malaiisch), before a
 * vowel too (variieren), so only consonants on both sides count, and
 * English words are left alone (asciidoc, skiing). A capitalised word may be
 * a foreign name (Tiina, Chiini): it is repaired only where the document lost
 * umlauts elsewhere too, and only suggested where they came through.
 */
import { casePattern, type CasePattern } from './casing.js';

export interface StrokesRepair {
  after: string;
  confidence: number;
  rule: 'umlaut-strokes';
}

/** Two strokes between consonants. */
const STROKES_BETWEEN_CONSONANTS = /(?<=[B-DF-HJ-NP-TV-Zb-df-hj-np-tv-zß])ii(?=[b-df-hj-np-tv-zß])/gu;
/** English spells them so too: ascii (asciidoc), skiing, taxiing. A token with digits or other glyphs is code or a garble the lexicon reads. */
const NOT_GERMAN_STROKES = /ascii|iing$|[^\p{L}]/iu;
const CONFIDENCE = { lowercase: 0.7, capitalised: 0.55, capitalisedInCleanText: 0.3 } as const;
/** The document's damage rate (see DocumentEvidence) from which its umlauts count as lost: a short text's undecided 0.5 too. */
export const LOST_UMLAUTS = 0.5;

/**
 * How sure a repair by a glyph's shape alone is (here and glyph-shapes.ts):
 * a lowercase word is German; a capitalised one may be a foreign name, so
 * only where the document lost umlauts elsewhere too.
 */
export function shapeRepairConfidence(pattern: CasePattern, damageRate: number): number {
  return pattern === 'lower' ? CONFIDENCE.lowercase : damageRate >= LOST_UMLAUTS ? CONFIDENCE.capitalised : CONFIDENCE.capitalisedInCleanText;
}

/**
 * The word with each `ii` between consonants read as ü, for a non-word that
 * no reading of the lexicon explains, in a document with `damageRate`;
 * undefined where it has none, or is in capitals (an acronym, a Roman numeral).
 * Example: dottedStrokesRepair('Miinsterdorfer', 0.9) = { after: 'Münsterdorfer', confidence: 0.55, … }.
 */
export function dottedStrokesRepair(word: string, damageRate: number): StrokesRepair | undefined {
  if (!word.includes('ii') || NOT_GERMAN_STROKES.test(word)) return undefined;
  const pattern = casePattern(word);
  if (pattern === 'upper') return undefined;
  const after = word.replace(STROKES_BETWEEN_CONSONANTS, 'ü');
  if (after === word) return undefined;
  return { after, confidence: shapeRepairConfidence(pattern, damageRate), rule: 'umlaut-strokes' };
}
