/**
 * How common a compound the corpus never saw is likely to be. The corpus
 * lists few compounds, since most are coined on the spot
 * (Virtualisierungslösungen), but a compound is as common as its last part
 * allows, scaled down: Virtualisierungslösungen (Lösungen: 45) is a far
 * likelier reading than Virtualisierungslosungen (Losungen: 0). Used only
 * to choose among readings none of which the corpus counted: a counted word
 * always outweighs an estimate (Klartext stays, though Text is common).
 */
import type { Lexicon } from '../lexicon/lexicon.js';

/** A compound is rarer than its last part alone. */
const COMPOUND_SHARE = 0.3;
/** Shortest last part and shortest rest of a compound (shorter ones are endings, not words: Faden is no F + aden). */
const MIN_LAST_PART = 4;
const MIN_FIRST_PART = 3;

/** Example: compoundFrequency('Virtualisierungslösungen') = 0.3 × frequency('Lösungen'). */
export function compoundFrequency(spelling: string, lexicon: Lexicon): number {
  for (let start = MIN_FIRST_PART; spelling.length - start >= MIN_LAST_PART; start++) {
    const part = spelling.slice(start);
    const count = Math.max(lexicon.frequency(part), lexicon.frequency(part[0]!.toUpperCase() + part.slice(1)));
    if (count > 0) return count * COMPOUND_SHARE;
  }
  return 0;
}
