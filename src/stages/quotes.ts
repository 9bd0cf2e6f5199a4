/**
 * German quotation marks, restored by position and pairing. OCR reads „ as
 * `,,` `,` `.` `»` and “ as `”` `"` `*` `®`; a mark before a word that finds
 * a closing mark after a word in the same paragraph is a quote, and both are
 * written in the document's style. Real commas, apostrophes, footnote stars,
 * English quotes in English text and quotes in code stay.
 *
 * Example: `Klose: ,,Danke allen*` → `Klose: „Danke allen“`.
 */
import { findQuoteMarks, type QuoteMark } from '../quotes/marks.js';
import { typewriterApostrophes, isTypeset } from '../quotes/apostrophes.js';
import { languageOf, type Language } from '../quotes/language.js';
import { pairMarks, paragraphSpans, type QuotePair } from '../quotes/pairing.js';
import { glyphsFor, type QuoteGlyphs } from '../quotes/style.js';
import { isCodeLine, isCommandLine } from '../quotes/code.js';
import { droppedOpening } from '../quotes/dropped-opening.js';
import { LineVerdicts } from '../text/line-verdicts.js';
import type { Edit, Stage } from '../types.js';

/** Opening marks that are quotes even without a partner: `,,` never occurs in prose. */
const SURE_ALONE = 0.85;
/** English typography cannot be right in German text, but an unpaired `”` or `"` is weak evidence. */
const LONE_CLOSING_CONFIDENCE = 0.6;
/** A lone `"` this likely a quote by its shape and place: after a word, not an inch mark (`5"`)… */
const LONE_CLOSING_STRENGTH = 0.8;
/** …right after a letter or a sentence's end, not a bracket or an ellipsis of a command's synopsis (`[Terminal]"`, `PID …"`, `(")`). */
const AFTER_WORD_OR_SENTENCE = /^[\p{L}.!?]$/u;
/** Where the language is unclear, English-style pairs become suggestions only. */
const UNSURE_LANGUAGE_CONFIDENCE = 0.45;
const NOISE_CONFIDENCE = 0.7;
/** A typeset document's `'` is a misread ’, but the typewriter form is not wrong either. */
const APOSTROPHE_CONFIDENCE = 0.6;

export const quotesStage: Stage = {
  name: 'quotes',
  description: 'restore German quotation marks („…“) by position and pairing',
  run(text, context) {
    const style = context.options.quotes;
    if (style === 'keep') return [];
    const marks = findQuoteMarks(text);
    const glyphs = glyphsFor(style, text, marks);
    const edits: Edit[] = [];
    const apostrophes: Edit[] = [];
    const codeLines = new LineVerdicts(text, isCodeLine);
    const inCode = (offset: number): boolean => codeLines.at(offset);
    const spans = paragraphSpans(text);
    const marksBySpan = groupBySpan(marks, spans, (mark) => mark.start);
    const apostrophesBySpan = groupBySpan(typewriterApostrophes(text), spans, (offset) => offset);
    spans.forEach(([start, end], index) => {
      const paragraphMarks = marksBySpan[index]!;
      const paragraphApostrophes = apostrophesBySpan[index]!;
      if (paragraphMarks.length === 0 && paragraphApostrophes.length === 0) return;
      // Most paragraphs never need their language: found only when asked, once.
      let found: Language | undefined;
      const language = () => (found ??= languageOf(text.slice(start, end)));
      const { pairs, unpaired, noise } = pairMarks(paragraphMarks);
      for (const pair of pairs) edits.push(...pairEdits(text, pair, glyphs, language, inCode));
      // Each unpaired mark's place among the marks, found once: a paragraph of a whole book on one line has thousands.
      const places = unpaired.length === 0 ? undefined : new Map(paragraphMarks.map((mark, place) => [mark, place]));
      for (const mark of unpaired) {
        edits.push(...loneMarkEdits(text, mark, glyphs, language, inCode, () => isOnlyStraightQuote(text, start, end)));
        const previous = paragraphMarks[places!.get(mark)! - 1];
        const dropped = droppedOpening(text, start, previous, mark, glyphs, language, inCode);
        if (dropped) edits.push(dropped);
      }
      for (const mark of noise) edits.push({ start: mark.start, end: mark.end, after: '', rule: 'quote-noise', confidence: NOISE_CONFIDENCE });
      if (paragraphApostrophes.length > 0 && language() !== 'english') apostrophes.push(...apostropheEdits(paragraphApostrophes, inCode));
    });
    const changed = edits.filter((edit) => text.slice(edit.start, edit.end) !== edit.after);
    if (!isTypeset(text) && changed.length === 0) return changed;
    const quoteStarts = new Set(changed.map((edit) => edit.start));
    return [...changed, ...apostrophes.filter((apostrophe) => !quoteStarts.has(apostrophe.start))];
  },
};

/** Both marks of a pair in the output style; English pairs in English text stay. */
function pairEdits(text: string, pair: QuotePair, glyphs: QuoteGlyphs, language: () => Language, inCode: (offset: number) => boolean): Edit[] {
  const englishStyle = pair.open.foreign && pair.close.foreign;
  if (englishStyle && (language() === 'english' || inCode(pair.open.start) || inCode(pair.close.start) || isCommandLine(text.slice(pair.open.end, pair.close.start)))) return [];
  const confidence = englishStyle && language() === 'unsure' ? Math.min(pair.confidence, UNSURE_LANGUAGE_CONFIDENCE) : pair.confidence;
  return [
    markEdit(text, pair.open, glyphs.open[pair.kind], 'opening-quote', confidence),
    markEdit(text, pair.close, glyphs.close[pair.kind], 'closing-quote', confidence),
  ];
}

/**
 * `,,Wort` without a partner is still a quote; an English `”` after a word
 * in German text outside code is a German “, and so is a `"` there that is
 * the paragraph's only one (`Rahmen." Bald`: its opening was misread beyond
 * pairing); two or more that did not pair are code or a format (`"%s"`).
 */
function loneMarkEdits(
  text: string,
  mark: QuoteMark,
  glyphs: QuoteGlyphs,
  language: () => Language,
  inCode: (offset: number) => boolean,
  isOnlyStraightQuote: () => boolean,
): Edit[] {
  if (mark.role === 'open' && mark.kind !== 'single' && mark.strength >= SURE_ALONE) {
    return [markEdit(text, mark, glyphs.open.double, 'opening-quote', mark.strength * SURE_ALONE)];
  }
  const glyph = text.slice(mark.start, mark.end);
  const isEnglishClosing =
    mark.role === 'close' && (glyph === '”' || (glyph === '"' && mark.strength >= LONE_CLOSING_STRENGTH && AFTER_WORD_OR_SENTENCE.test(text[mark.start - 1] ?? '') && isOnlyStraightQuote()));
  if (isEnglishClosing && language() === 'german' && !inCode(mark.start)) {
    return [markEdit(text, mark, glyphs.close.double, 'closing-quote', LONE_CLOSING_CONFIDENCE)];
  }
  return [];
}

/** text[start, end) has one `"` only. */
function isOnlyStraightQuote(text: string, start: number, end: number): boolean {
  const first = text.indexOf('"', start);
  if (first === -1 || first >= end) return false;
  const second = text.indexOf('"', first + 1);
  return second === -1 || second >= end;
}

/** Replaces the mark, and the space OCR put between it and its word (`,, Typische`, `Genscher! “`). */
function markEdit(text: string, mark: QuoteMark, glyph: string, rule: string, confidence: number): Edit {
  const found = text.slice(mark.start, mark.end);
  const spaced = found.length > 1 && (found.endsWith(' ') || found.startsWith(' '));
  return { start: mark.start, end: mark.end, after: glyph, rule: spaced ? `${rule}-spacing` : rule, confidence };
}

/** `gibt's` → `gibt’s` in a typeset document; not in code. */
function apostropheEdits(offsets: readonly number[], inCode: (offset: number) => boolean): Edit[] {
  return offsets
    .filter((offset) => !inCode(offset))
    .map((offset) => ({ start: offset, end: offset + 1, after: '’', rule: 'typographic-apostrophe', confidence: APOSTROPHE_CONFIDENCE }));
}

/** Sorted items, grouped by the span they start in, in one pass. */
function groupBySpan<T>(items: readonly T[], spans: ReadonlyArray<readonly [number, number]>, offsetOf: (item: T) => number): T[][] {
  let next = 0;
  return spans.map(([, end]) => {
    const first = next;
    while (next < items.length && offsetOf(items[next]!) < end) next++;
    return items.slice(first, next);
  });
}
