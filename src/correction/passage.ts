/**
 * Whether a word stands in a foreign passage, judged by its neighbours: in
 * an English (or other) passage, a word that is no German word is not German
 * damaged by OCR either ("The fur trade" stays). Even badly damaged German
 * keeps most of its short words intact, so a third of German neighbours is
 * enough to count as German.
 * Example: isForeignPassage([false, false, true, false, false], 2) = true.
 */

/** How many words on each side tell the language of a passage. */
const NEIGHBOURS = 4;

/** `isGerman[i]`: word i is German (a word of the lexicon, or a damaged one with a German reading). */
export function isForeignPassage(isGerman: readonly boolean[], index: number): boolean {
  let german = 0;
  let all = 0;
  for (let i = Math.max(0, index - NEIGHBOURS); i <= Math.min(isGerman.length - 1, index + NEIGHBOURS); i++) {
    if (i === index) continue;
    all++;
    if (isGerman[i]) german++;
  }
  return all > 0 && german < all / 3;
}
