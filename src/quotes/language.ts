/**
 * Whether a paragraph is English or German, by its function words. English
 * text quotes "so" or “so”, and its quotation marks must stay as they are.
 *
 * Example: languageOf('He said "yes" and left.') → "english".
 */
import { LETTER } from '../text/chars.js';

export type Language = 'english' | 'german' | 'unsure';

/** Frequent words of one language that are no words (or rare ones) of the other. */
const ENGLISH = new Set(
  'the and of to is that it you he she for on are with his her they at be this have from or by not what said if my we your do can has there would which were their'.split(' '),
);
const GERMAN = new Set(
  'der die das und ist nicht ein eine zu mit sie er es ich auf den dem von sich des im auch wird sind dass daß für fur aber wie oder noch nur wenn sagt sagte einen einer'.split(' '),
);

export function languageOf(text: string): Language {
  let english = 0;
  let german = 0;
  for (const word of shortWords(text.toLowerCase())) {
    if (ENGLISH.has(word)) english++;
    else if (GERMAN.has(word)) german++;
  }
  if (english > german) return english >= 2 ? 'english' : 'unsure';
  return german > 0 ? 'german' : 'unsure';
}

/** No longer word can be a function word: longer ones are not even sliced out. */
const LONGEST = Math.max(...[...ENGLISH, ...GERMAN].map((word) => word.length));

/** The words (runs of letters, as `/\p{L}+/gu` finds them) of at most LONGEST code units. */
function shortWords(text: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < text.length) {
    const length = LETTER.runLengthAt(text, i);
    if (length > 0 && length <= LONGEST) words.push(text.slice(i, i + length));
    i += Math.max(length, 1);
  }
  return words;
}
