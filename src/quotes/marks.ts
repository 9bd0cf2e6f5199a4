/**
 * Finds every character sequence that may be a quotation mark, and what its
 * position says about it. OCR of German „…“ produces `,,` `,` `.` `»` for the
 * opening and `”` `"` `*` `®` `*®` `‘` for the closing mark; whether one is
 * really a quote is only decided later, by pairing (see pairing.ts).
 *
 * Example: findQuoteMarks("sagte: ,,Danke*") → an opening `,,` (double, 0.95)
 * and a closing `*` (double, 0.5).
 */
import { matchesAt, offsetsOf } from '../text/scan.js';

/** Double marks („“), single marks (‚‘), or either (a lone comma, `‘`). */
export type QuoteKind = 'double' | 'single' | 'either';

export interface QuoteMark {
  readonly start: number;
  readonly end: number;
  readonly role: 'open' | 'close';
  readonly kind: QuoteKind;
  /** How likely the sequence is a quotation mark at all, from its shape and position alone. */
  readonly strength: number;
  /** Marks of typewriter or English typography: left alone in English text and code. */
  readonly foreign: boolean;
}

interface Shape {
  readonly kind: QuoteKind;
  readonly strength: number;
  readonly foreign?: boolean;
}

/** Opening shapes; a dot only counts as part of `,,.` before a capital (`,,.Den`), not in `,,./source`. */
const OPENING: Readonly<Record<string, Shape>> = {
  '„': { kind: 'double', strength: 1 },
  '‚': { kind: 'single', strength: 0.95 },
  ',,': { kind: 'double', strength: 0.95 },
  ',,.': { kind: 'double', strength: 0.9 },
  ',.': { kind: 'double', strength: 0.85 },
  ',»': { kind: 'double', strength: 0.9 },
  '»': { kind: 'double', strength: 0.8 },
  '«': { kind: 'double', strength: 0.7 },
  '“': { kind: 'double', strength: 0.7, foreign: true },
  '"': { kind: 'double', strength: 0.7, foreign: true },
  ',': { kind: 'either', strength: 0.6 },
  '.': { kind: 'double', strength: 0.5 },
  '.lower': { kind: 'double', strength: 0.25 },
  ',,spaced': { kind: 'double', strength: 0.85 },
  ',spaced': { kind: 'either', strength: 0.2 },
  /** After punctuation and a space (`sagte: ,Ja`, `betont, ,dass`) a comma or dot before a word can only be a quote. */
  ',announced': { kind: 'either', strength: 0.85 },
  '.announced': { kind: 'double', strength: 0.85 },
};

const CLOSING: Readonly<Record<string, Shape>> = {
  '“': { kind: 'double', strength: 1 },
  '”': { kind: 'double', strength: 0.9, foreign: true },
  '"': { kind: 'double', strength: 0.8, foreign: true },
  "''": { kind: 'double', strength: 0.8, foreign: true },
  '«': { kind: 'double', strength: 0.8 },
  '»': { kind: 'double', strength: 0.7 },
  '*®': { kind: 'double', strength: 0.85 },
  '®*': { kind: 'double', strength: 0.85 },
  '*': { kind: 'double', strength: 0.5 },
  '®': { kind: 'double', strength: 0.5 },
  '‘': { kind: 'either', strength: 0.5 },
  '’': { kind: 'single', strength: 0.6, foreign: true },
  "'": { kind: 'single', strength: 0.6, foreign: true },
  /** An inch mark, `5"`, more likely than a quote. */
  'digit"': { kind: 'double', strength: 0.3, foreign: true },
  /** A genitive apostrophe, `Klaus’`, more likely than a quote. */
  'genitive’': { kind: 'single', strength: 0.15, foreign: true },
  'spaced“': { kind: 'double', strength: 0.6 },
  'spaced”': { kind: 'double', strength: 0.5, foreign: true },
};

/** At a word start (line start, space, bracket), directly before the word. */
const OPENING_MARK =
  /(?<=^|[\s(\[{])(?:(?<mark>,,\.(?=\p{Lu})|,,|,\.(?=\p{L})|,»|[„‚»«“",])(?=[\p{L}\p{N}./\-~$(\[])|(?<dot>\.)(?=[\p{Lu}-])|(?<lowerDot>\.)(?=\p{Ll})|(?<spaced>,,?) (?=\p{L}))/ymu;
/** An opening character after a space or bracket (a line start is after `\n`, a space too): where OPENING_MARK may match. */
const OPENING_START = /[\s(\[{][,„‚»«“".]/g;

/** Directly after a word or punctuation, before a space, punctuation, another closing mark or the line end. */
const CLOSING_MARK =
  /(?<=\S)(?<mark>\*®|®\*|''|[“”"«»‘’'*®])(?=$|[\s.,;:!?)\]}\-–—/…“”"'’‘*®])|(?<=[\p{L}\p{N}.!?,…)]) (?<spaced>[“”])(?=$|[\s.,;:!?)\]])/ymu;
/** The characters a closing mark starts with; a spaced one starts with the space before `“` or `”`. */
const CLOSING_START = /[*®'“”"«»‘’]/g;

export function findQuoteMarks(text: string): QuoteMark[] {
  const marks: QuoteMark[] = [];
  for (const match of matchesAt(text, OPENING_MARK, openingCandidates(text))) {
    const { mark, dot, lowerDot, spaced } = match.groups!;
    const shape = mark ?? dot ?? (lowerDot ? '.lower' : `${spaced}spaced`);
    const key = isAnnounced(text, match.index, shape) ? `${shape}announced` : shape;
    marks.push(toMark(match.index, match[0].length, 'open', OPENING[key]!));
  }
  for (const match of matchesAt(text, CLOSING_MARK, closingCandidates(text))) {
    const { mark, spaced } = match.groups!;
    const before = text[match.index - 1] ?? '';
    const key = spaced ? `spaced${spaced}` : /\p{N}/u.test(before) && mark === '"' ? 'digit"' : /[sxzß]/.test(before) && /[’']/.test(mark!) ? 'genitive’' : mark!;
    marks.push(toMark(match.index, match[0].length, 'close', CLOSING[key]!));
  }
  return withoutOverlaps(marks.sort((a, b) => a.start - b.start));
}

/** Where an opening mark may start: at an opening character at the text start, or after a space or bracket. */
function openingCandidates(text: string): number[] {
  const afterSpace = Array.from(text.matchAll(OPENING_START), (match) => match.index + 1);
  return /^[,„‚»«“".]/.test(text) ? [0, ...afterSpace] : afterSpace;
}

/** Where a closing mark may start: at a closing character, or at the space before a `“` or `”`. */
function closingCandidates(text: string): number[] {
  const candidates: number[] = [];
  for (const offset of offsetsOf(text, CLOSING_START)) {
    if (text[offset - 1] === ' ' && (text[offset] === '“' || text[offset] === '”')) candidates.push(offset - 1);
    candidates.push(offset);
  }
  return candidates;
}

/** `sagte: ,Ja` or `rief: .Verdammt` (on the same line, or at the start of the next or of the paragraph after), but not `Plattform: .NET`. */
function isAnnounced(text: string, index: number, shape: string): boolean {
  const word = shape === ',' || (shape === '.' && /^\p{Lu}\p{Ll}/u.test(text.slice(index + 1, index + 3)));
  return word && /[,.:;!?](?: |\n\n?)$/.test(text.slice(Math.max(0, index - 3), index));
}

function toMark(start: number, length: number, role: QuoteMark['role'], shape: Shape): QuoteMark {
  return { start, end: start + length, role, kind: shape.kind, strength: shape.strength, foreign: shape.foreign ?? false };
}

/** `*“` is found as two closing marks and `"“` never as two: the earlier one wins, the later is dropped. */
function withoutOverlaps(sorted: QuoteMark[]): QuoteMark[] {
  const kept: QuoteMark[] = [];
  for (const mark of sorted) if (kept.length === 0 || mark.start >= kept.at(-1)!.end) kept.push(mark);
  return kept;
}
