/**
 * A word-level diff of the input against the cleaned text, for --diff:
 * `12:5  gemeinsam [-Uber-]{+über+} den` (or red/green on a terminal).
 * OCR repairs are local, so a greedy walk that re-synchronises on the next
 * shared run of tokens finds the same hunks as a full LCS at a fraction of
 * its cost on long documents. Suggestions (changes not made) are marked in
 * place: `Herr [?Kose→Klose 0.3?] sagte` (yellow on a terminal).
 */
import { LineIndex } from '../line-index.js';
import type { Change } from '../types.js';

const TOKEN = /\s+|[\p{L}\p{M}\p{N}]+|[^]/gu;
const WORD = /^[\p{L}\p{M}\p{N}]/u;
/** Tokens that must match in a row to re-synchronise after a difference. */
const ANCHOR = 1;
/** How far ahead (in tokens, per side) a re-synchronisation is searched. */
const WINDOW = 60;
const CONTEXT = 4;

interface Token {
  text: string;
  offset: number;
}

export function wordDiff(before: string, after: string, color: boolean, suggestions: readonly Change[] = []): string {
  const a = tokens(before);
  const b = tokens(after);
  const lines = new LineIndex(before);
  const hunks: { offset: number; text: string }[] = suggestions.map((change) => suggestionHunk(a, change, color));
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && same(a[i]!, b[j]!)) {
      i++;
      j++;
      continue;
    }
    const [di, dj] = resync(a, b, i, j);
    const removed = join(a, i, i + di);
    const added = join(b, j, j + dj);
    const offset = i < a.length ? a[i]!.offset : before.length;
    const { line, column } = lines.position(offset);
    const head = `${line}:${column}`;
    const left = join(a, Math.max(0, i - CONTEXT), i);
    const right = join(a, i + di, Math.min(a.length, i + di + CONTEXT));
    hunks.push({ offset, text: `${head.padEnd(8)} ${visible(left)}${mark(removed, added, color)}${visible(right)}` });
    i += di;
    j += dj;
  }
  hunks.sort((x, y) => x.offset - y.offset);
  return hunks.length > 0 ? hunks.map((hunk) => hunk.text).join('\n') + '\n' : '';
}

/** A change that was not made, marked where it would have been, with its confidence. */
function suggestionHunk(a: Token[], change: Change, color: boolean): { offset: number; text: string } {
  let first = 0;
  for (let high = a.length; first < high; ) {
    const middle = (first + high) >> 1;
    if (a[middle]!.offset < change.offset) first = middle + 1;
    else high = middle;
  }
  let last = first;
  while (last < a.length && a[last]!.offset < change.offset + change.before.length) last++;
  const left = join(a, Math.max(0, first - CONTEXT), first);
  const right = join(a, last, Math.min(a.length, last + CONTEXT));
  const proposal = `${visible(change.before)}→${visible(change.after)}`;
  const marked = color ? `\x1b[33m${proposal}?\x1b[0m` : `[?${proposal} ${change.confidence}?]`;
  return { offset: change.offset, text: `${`${change.line}:${change.column}`.padEnd(8)} ${visible(left)}${marked}${visible(right)}` };
}

function tokens(text: string): Token[] {
  return Array.from(text.matchAll(TOKEN), (m) => ({ text: m[0], offset: m.index }));
}

function same(x: Token, y: Token): boolean {
  return x.text === y.text;
}

/** The smallest skip on both sides after which ANCHOR tokens agree again. */
function resync(a: Token[], b: Token[], i: number, j: number): [number, number] {
  for (let total = 1; total <= 2 * WINDOW; total++) {
    for (let di = Math.max(0, total - WINDOW); di <= Math.min(total, WINDOW); di++) {
      const dj = total - di;
      if (agreeFrom(a, b, i + di, j + dj)) return [di, dj];
    }
  }
  return [a.length - i, b.length - j];
}

/**
 * ANCHOR equal tokens from here. A word re-synchronises; a space or a
 * punctuation mark agrees too easily and needs the token after it to agree
 * too (else `,,Danke",` → `„Danke“,` re-synchronised on the comma after the
 * quote and showed „Danke“ inserted).
 */
function agreeFrom(a: Token[], b: Token[], i: number, j: number): boolean {
  const anchor = a[i] !== undefined && !WORD.test(a[i]!.text) ? ANCHOR + 1 : ANCHOR;
  for (let k = 0; k < anchor; k++) {
    const x = a[i + k];
    const y = b[j + k];
    if (x === undefined || y === undefined) return x === undefined && y === undefined;
    if (!same(x, y)) return false;
  }
  return true;
}

function join(list: Token[], from: number, to: number): string {
  return list.slice(from, to).map((t) => t.text).join('');
}

/** Line breaks and invisible characters made visible, so a whitespace change can be seen. */
function visible(text: string): string {
  return text.replace(/\r?\n/g, '⏎').replace(/[\u00a0\u200b-\u200d\u2060\ufeff]/g, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

function mark(removed: string, added: string, color: boolean): string {
  if (color) {
    return (removed ? `\x1b[31;9m${visible(removed)}\x1b[0m` : '') + (added ? `\x1b[32m${visible(added)}\x1b[0m` : '');
  }
  return (removed ? `[-${visible(removed)}-]` : '') + (added ? `{+${visible(added)}+}` : '');
}
