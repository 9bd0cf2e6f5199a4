/**
 * The quotation marks to write: „…“ and ‚…‘ (German), »…« and ›…‹ (German
 * guillemets, as in many books), or «…» and ‹…› (Swiss and French). With
 * `quotes: 'auto'` the document's own closing marks decide.
 *
 * Example: glyphsFor('auto', marksOf('»Ja«, sagte er.')) → the » « glyphs.
 */
import type { QuoteStyle } from '../types.js';
import type { QuoteMark } from './marks.js';

export interface QuoteGlyphs {
  readonly open: Readonly<Record<'double' | 'single', string>>;
  readonly close: Readonly<Record<'double' | 'single', string>>;
}

const GERMAN: QuoteGlyphs = { open: { double: '„', single: '‚' }, close: { double: '“', single: '‘' } };
const GUILLEMETS: QuoteGlyphs = { open: { double: '»', single: '›' }, close: { double: '«', single: '‹' } };
const SWISS: QuoteGlyphs = { open: { double: '«', single: '‹' }, close: { double: '»', single: '›' } };

export function glyphsFor(style: Exclude<QuoteStyle, 'keep'>, text: string, marks: readonly QuoteMark[]): QuoteGlyphs {
  if (style === 'german') return GERMAN;
  if (style === 'guillemets') return GUILLEMETS;
  return documentGlyphs(text, marks);
}

/**
 * A document closing its quotes with « (German books) or » (Swiss) at least
 * as often as with “ ” uses guillemets. Opening marks do not count: OCR reads
 * a German „ as » often enough.
 */
function documentGlyphs(text: string, marks: readonly QuoteMark[]): QuoteGlyphs {
  const closing = { '«': 0, '»': 0, '“': 0, '”': 0 } as Record<string, number>;
  for (const mark of marks) {
    const char = text.slice(mark.start, mark.end).trim();
    if (mark.role === 'close' && char in closing) closing[char]!++;
  }
  const guillemets = closing['«']! + closing['»']!;
  if (guillemets === 0 || guillemets < closing['“']! + closing['”']!) return GERMAN;
  return closing['«']! >= closing['»']! ? GUILLEMETS : SWISS;
}
