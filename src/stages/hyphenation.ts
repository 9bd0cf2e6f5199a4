/**
 * Words broken by the printed line end. A syllable break is joined and the
 * whole word moves up to the first line (`Integrations-⏎konferenz intensive`
 * → `Integrationskonferenz⏎intensive`); a compound keeps its hyphen
 * (`Debian-⏎Architekturen` → `Debian-Architekturen`); the k-k of old print is
 * ck again (`Zuk-⏎ker` → `Zucker`); a suspended hyphen
 * stays with its word (`und -⏎konferenz` → `und⏎-konferenz`, `Ein-⏎und`
 * untouched). Blank lines of a page or paragraph break between the halves go.
 * Besides `-`: soft hyphens, `¬`, and `⸗` / `=` of older print; and no mark
 * at all where the OCR lost it and only the joined halves make a word
 * (`ausfüh⏎ren`).
 *
 * Example: "Nachrichtenkör-\n\nper“)." → "Nachrichtenkörper“).".
 */
import type { Edit, Stage, StageContext } from '../types.js';
import { isBlank, splitLines, type Line } from '../text/lines.js';
import { isCodeLike, isListItem, isTabular } from '../text/line-shape.js';
import { classifyBreak, isLostBreak, lineEndHyphen, SUSPENSION_WORDS, type BreakKind } from '../text/hyphen-break.js';
import { matchesAt, offsetsOf } from '../text/scan.js';
import { LETTER, LETTER_OR_NUMBER, LOWERCASE } from '../text/chars.js';

/** The first token of the next line and the spaces after it. */
const FIRST_TOKEN = /^[ \t]*(\S+)[ \t]*/u;
/** Sticky: tried only at the soft hyphens of the text (see matchesAt). */
const SOFT_HYPHEN_INSIDE_WORD = /(?<=\p{L})\u00ad(?=\p{L})/uy;

/** The hyphen a kept compound is written with: OCR's `¬` and `=` stand for `-`; Unicode's hyphen and the double hyphen of old print stay. */
function compoundHyphen(mark: string): string {
  return mark === '⸗' || mark === '\u2010' ? mark : '-';
}

/** The edit for the break at the end of `line`, continued on `next`, or null to leave it. */
function breakEdit(text: string, line: Line, next: Line, context: StageContext): Edit | null {
  const end = lineEndHyphen(line.text);
  if (!end) return next.start === line.end + line.eol.length ? lostBreakEdit(line, next, context) : null;
  const token = FIRST_TOKEN.exec(next.text);
  if (!token || isCodeLike(line.text) || isListItem(next.text) || isTabular(next.text)) return null;
  const tail = token[1]!.slice(0, LETTER_OR_NUMBER.runLengthAt(token[1]!, 0));
  if (!tail) return null;
  const { head, mark } = end;
  const markStart = line.start + end.index + head.length;
  if (head === '') return suspendedEdit(text, line, next, markStart, token);
  if (mark === '=' && !/^\p{L}+$/u.test(head + tail)) return null;
  const decision = classifyBreak(head, tail, mark, context.lexicon());
  if (!decision) return null;
  const restOfNext = next.start + token[0].length < next.end;
  const { joined, rule } = JOINS[decision.kind](compoundHyphen(mark), token[1]!);
  return {
    // The old break of ck (Zuk-⏎ker) writes the head's k as the c it was.
    start: decision.kind === 'ck' ? markStart - 1 : markStart,
    end: next.start + token[0].length,
    after: joined + (restOfNext ? line.eol : ''),
    rule,
    confidence: decision.confidence,
  };
}

/** What each kind of break joins to, from the hyphen kept in a compound and the next line's first token. */
const JOINS: Record<BreakKind, (hyphen: string, tail: string) => { joined: string; rule: string }> = {
  syllable: (_, tail) => ({ joined: tail, rule: 'line-break-hyphen' }),
  compound: (hyphen, tail) => ({ joined: hyphen + tail, rule: 'compound-hyphen' }),
  ck: (_, tail) => ({ joined: `c${tail}`, rule: 'old-ck-break' }),
  'l-read-as-I': (_, tail) => ({ joined: `l${tail.slice(1)}`, rule: 'line-break-hyphen' }),
};

/**
 * `ausfüh⏎ren`: a word the line end broke without a hyphen (the OCR lost it)
 * is joined as a syllable break is. Most lines end in a word and go on with
 * another: the cheap tests come first.
 */
function lostBreakEdit(line: Line, next: Line, context: StageContext): Edit | null {
  let first = 0;
  while (next.text[first] === ' ' || next.text[first] === '\t') first++;
  if (LOWERCASE.lengthAt(next.text, first) === 0) return null;
  const headLength = LETTER.runLengthBefore(line.text, line.text.length);
  const token = headLength > 0 ? FIRST_TOKEN.exec(next.text) : null;
  if (!token) return null;
  const [head, tail] = [line.text.slice(-headLength), token[1]!.slice(0, LETTER.runLengthAt(token[1]!, 0))];
  if (!isLostBreak(head, tail, context.lexicon()) || isCodeLike(line.text) || isListItem(next.text) || isTabular(next.text)) return null;
  const restOfNext = next.start + token[0].length < next.end;
  return { start: line.end, end: next.start + token[0].length, after: token[1]! + (restOfNext ? line.eol : ''), rule: 'lost-line-break-hyphen', confidence: 0.8 };
}

/**
 * `und -⏎konferenz`: a hyphen standing alone after `und`/`oder` belongs to
 * the next word, which moves up to it as a joined word does: `und -konferenz`.
 */
function suspendedEdit(text: string, line: Line, next: Line, markStart: number, token: RegExpExecArray): Edit | null {
  const before = /(\p{L}+)[ \t]+$/u.exec(text.slice(line.start, markStart));
  if (!before || !SUSPENSION_WORDS.has(before[1]!.toLowerCase()) || !/^\p{Ll}/u.test(token[1]!)) return null;
  const restOfNext = next.start + token[0].length < next.end;
  return {
    start: markStart + 1,
    end: next.start + token[0].length,
    after: token[1]! + (restOfNext ? line.eol : ''),
    rule: 'suspended-hyphen',
    confidence: 0.85,
  };
}

/** `Silben\u00adtrennung`: a soft hyphen inside a word goes, unless a line-end break (sorted) already covers it. */
function softHyphenEdits(text: string, breaks: readonly Edit[]): Edit[] {
  const edits: Edit[] = [];
  let next = 0;
  for (const { index } of matchesAt(text, SOFT_HYPHEN_INSIDE_WORD, offsetsOf(text, /\u00ad/g))) {
    while (next < breaks.length && breaks[next]!.end <= index) next++;
    if (next < breaks.length && breaks[next]!.start <= index) continue;
    edits.push({ start: index, end: index + 1, after: '', rule: 'soft-hyphen', confidence: 0.95 });
  }
  return edits;
}

export const hyphenationStage: Stage = {
  name: 'hyphenation',
  description: 'join words broken by line-end hyphens; keep compound and suspended hyphens',
  run(text, context) {
    const lines = splitLines(text);
    const breaks: Edit[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (isBlank(lines[i]!)) continue;
      let j = i + 1;
      while (j < lines.length && isBlank(lines[j]!)) j++;
      if (j >= lines.length) continue;
      const edit = breakEdit(text, lines[i]!, lines[j]!, context);
      // A word broken twice (`Funktio-⏎nali-⏎tät`): the second break waits for the next run.
      if (edit && edit.start >= (breaks.at(-1)?.end ?? 0)) breaks.push(edit);
    }
    return [...breaks, ...softHyphenEdits(text, breaks)];
  },
};
