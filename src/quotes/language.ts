/**
 * Whether a paragraph is English or German, by its function words. English
 * text quotes "so" or “so”, and its quotation marks must stay as they are.
 *
 * Example: languageOf('He said "yes" and left.') → "english".
 */
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
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (ENGLISH.has(word)) english++;
    else if (GERMAN.has(word)) german++;
  }
  if (english > german) return english >= 2 ? 'english' : 'unsure';
  return german > 0 ? 'german' : 'unsure';
}
