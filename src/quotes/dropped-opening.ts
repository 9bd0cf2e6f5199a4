/**
 * An opening quotation mark OCR dropped altogether: only a closing mark shows
 * where direct speech ended, and a colon where it began.
 */
import type { Edit } from '../types.js';
import { isInCode } from './code.js';
import type { Language } from './language.js';
import type { QuoteMark } from './marks.js';
import type { QuoteGlyphs } from './style.js';

/** Direct speech after a colon, closed by a German “ with no opening mark before it in the paragraph. */
const DROPPED_OPENING_CONFIDENCE = 0.7;
const CLOSING_GLYPHS = '“”"';
const COLON_BEFORE_SPEECH = /: (?=\p{Lu})/gu;
/** Longer than this, the colon is rather a label's (Date: Datum …) than the speech's. */
const MAX_SPEECH = 300;

/**
 * The opening mark OCR dropped before direct speech: `sagt: Mensch, schnell!“`
 * → `sagt: „Mensch, schnell!“`. Only where a colon introduces the speech
 * (after the last one before the closing mark, and after any other quote
 * mark of the paragraph), not far before it, and not where an opening
 * mark the pairing did not take stands between (strptime(3) „%a“); elsewhere
 * where the quote began is guesswork.
 */
export function droppedOpening(text: string, from: number, mark: QuoteMark, glyphs: QuoteGlyphs, language: () => Language): Edit | undefined {
  if (mark.role !== 'close' || mark.kind !== 'double' || !CLOSING_GLYPHS.includes(text[mark.start]!)) return undefined;
  let speech = -1;
  for (const colon of text.slice(from, mark.start).matchAll(COLON_BEFORE_SPEECH)) speech = from + colon.index + 2;
  if (speech === -1 || mark.start - speech > MAX_SPEECH || /[„‚«»]/.test(text.slice(speech, mark.start))) return undefined;
  if (isInCode(text, speech) || language() !== 'german') return undefined;
  return { start: speech, end: speech, after: glyphs.open.double, rule: 'opening-quote', confidence: DROPPED_OPENING_CONFIDENCE };
}

