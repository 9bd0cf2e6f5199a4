/**
 * What a word's neighbours say about it. In an English (or other) passage, a
 * word that is no German word is not German damaged by OCR either ("The fur
 * trade" stays). Even badly damaged German keeps most of its short words
 * intact, so a third of German neighbours is enough to count as German. And
 * beside a name, a capitalised word is part of the name (isBesideName).
 * Example: isForeignPassage([false, false, true, false, false], 2) = true.
 */
import { isJoined } from './grammar.js';
import type { WordSpans } from './neighbours.js';

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

/**
 * A capitalised word beside a capitalised one no reading explains
 * (`isUnreadable(start, end)`), across blanks only, is part of a name (Dai
 * Viet is no Dai Viel; Marco Polo): not a word with a misread letter.
 */
export function isBesideName(text: string, words: WordSpans, index: number, isUnreadable: (start: number, end: number) => boolean): boolean {
  if (!isUppercaseUnit(text.charCodeAt(words.starts[index]!))) return false;
  const isName = (i: number): boolean => isUppercaseUnit(text.charCodeAt(words.starts[i]!)) && isUnreadable(words.starts[i]!, words.ends[i]!);
  return (index > 0 && isJoined(text, words, index - 1) && isName(index - 1)) || (index + 1 < words.starts.length && isJoined(text, words, index) && isName(index + 1));
}

/** A capital A–Z or an uppercase letter beyond ASCII (a cheap first test; casePattern decides). */
export function isUppercaseUnit(unit: number): boolean {
  return (unit >= 0x41 && unit <= 0x5a) || (unit >= 0xc0 && unit <= 0xde);
}
