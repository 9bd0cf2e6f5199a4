/**
 * Pairs opening and closing marks within a paragraph, innermost first, as a
 * reader does: an opening mark waits for the next closing mark of a fitting
 * kind. A mark is only taken for a quote when it finds its partner, so a
 * comma before a word, an asterisk or an apostrophe without one stays what it is.
 *
 * Example: marks of `,,Danke, sagte er*` → one double pair (`,,` … `*`).
 */
import type { QuoteMark } from './marks.js';

export interface QuotePair {
  readonly open: QuoteMark;
  readonly close: QuoteMark;
  readonly kind: 'double' | 'single';
  /** High where both marks look like quotes; lower where one of them is ambiguous. */
  readonly confidence: number;
}

export interface Pairing {
  readonly pairs: QuotePair[];
  readonly unpaired: QuoteMark[];
  /** Weak marks stuck to a closing mark, `ODER*“`: OCR noise to delete. */
  readonly noise: QuoteMark[];
}

/** Closing marks at or below this strength may be something else: a footnote `*`, `®`, an apostrophe. */
const AMBIGUOUS_CLOSE = 0.6;

export function pairMarks(marks: readonly QuoteMark[]): Pairing {
  const pairs: QuotePair[] = [];
  const unpaired: QuoteMark[] = [];
  const noise: QuoteMark[] = [];
  const open: QuoteMark[] = [];
  marks.forEach((mark, index) => {
    if (mark.role === 'open') return void open.push(mark);
    const stronger = strongerCloserAhead(marks, index);
    const top = open.at(-1);
    if (stronger && (mark.kind === 'double' || open.length === 1 || top?.kind === 'double')) {
      if (stronger.start === mark.end && top && top.kind !== 'single' && mark.kind !== 'single') noise.push(mark);
      return;
    }
    if (mark.kind !== 'double') {
      if (top && top.kind !== 'double') pairs.push(pair(open.pop()!, mark, 'single'));
      else if (top && mark.kind === 'either') pairs.push(pair(open.pop()!, mark, 'double'));
      return;
    }
    const singles: QuoteMark[] = [];
    while (open.at(-1)?.kind === 'single') singles.push(open.pop()!);
    // One single opener and no double one before a double closer: „ with a stroke lost (‚article (Elsevier)“).
    const opener = open.pop() ?? (singles.length === 1 ? singles.pop() : undefined);
    unpaired.push(...singles);
    if (opener) pairs.push(pair(opener, mark, 'double'));
    else unpaired.push(mark);
  });
  return { pairs, unpaired: [...unpaired, ...open], noise };
}

/**
 * An ambiguous closing mark gives way to a stronger one that follows before
 * anything opens: in `,,Hinweis*: siehe unten“` the `“` closes, not the `*`.
 */
function strongerCloserAhead(marks: readonly QuoteMark[], index: number): QuoteMark | undefined {
  const mark = marks[index]!;
  if (mark.strength > AMBIGUOUS_CLOSE) return undefined;
  for (let i = index + 1; i < marks.length; i++) {
    const next = marks[i]!;
    if (next.role === 'open') return undefined;
    if (next.strength > mark.strength) return next;
  }
  return undefined;
}

function pair(open: QuoteMark, close: QuoteMark, kind: QuotePair['kind']): QuotePair {
  return { open, close, kind, confidence: Math.min(0.98, (open.strength + close.strength) / 2 + 0.1) };
}

/**
 * Spans of the paragraphs quotes may not cross. A blank line after a comma
 * or hyphen (`… und -⏎⏎konferenz`), or between a word and a lowercase word
 * (`mit Leben zu⏎⏎füllen“`), is a scan artefact inside the paragraph.
 */
export function paragraphSpans(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  let start = 0;
  for (const gap of text.matchAll(/\n(?:[ \t]*\r?\n)+/g)) {
    const lastChar = nonSpaceBefore(text, gap.index);
    const nextChar = nonSpaceFrom(text, gap.index + gap[0].length);
    if (/[,-]/.test(lastChar) || (/[\p{L}\p{N}]/u.test(lastChar) && /\p{Ll}/u.test(nextChar))) continue;
    spans.push([start, gap.index]);
    start = gap.index + gap[0].length;
  }
  spans.push([start, text.length]);
  return spans;
}

function nonSpaceBefore(text: string, index: number): string {
  let i = index - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return text[i] ?? '';
}

function nonSpaceFrom(text: string, index: number): string {
  let i = index;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return text[i] ?? '';
}
