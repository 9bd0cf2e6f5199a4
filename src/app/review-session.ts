/**
 * The conversation of --review: each uncertain change (a suggestion, or a
 * change made with less than REVIEW_BELOW confidence) is shown in its
 * context with before → after, and the reviewer answers with one letter:
 * y accept, n reject, e edit (type the replacement), a accept this and every
 * later same change, d keep the word and add it to the dictionary, q quit
 * (the answers so far count). The verdicts become EditDecisions for a new
 * run of clean(), which puts them where they belong in the text.
 */
import readline from 'node:readline';
import type { Change, EditDecision } from '../types.js';

/** Changes made with less confidence than this are asked about, as are all suggestions. */
export const REVIEW_BELOW = 0.9;
const CONTEXT_CHARS = 32;

export const KEYS_HELP = 'y accept · n reject · e edit · a accept all of this word · d add to dictionary · q quit';

export interface ReviewOutcome {
  decisions: EditDecision[];
  /** Words the reviewer kept and wants in the dictionary (protected from now on). */
  keep: string[];
  quit: boolean;
}

/** What the reviewer decided before, carried from file to file. */
export interface SessionMemory {
  acceptAll: Set<string>;
  keep: Set<string>;
  quit: boolean;
}

/** Reads the answers one line each (works on a terminal and on piped or injected input). */
export class Answers {
  readonly #lines: string[] = [];
  #closed = false;
  #wake: (() => void) | undefined;
  readonly #reader: readline.Interface;

  /** `echo`: where to repeat answers that did not come from a terminal (which echoes them itself), so the transcript reads right. */
  constructor(input: NodeJS.ReadableStream & { isTTY?: boolean }, private readonly echo?: NodeJS.WritableStream) {
    if (input.isTTY) this.echo = undefined;
    this.#reader = readline.createInterface({ input, terminal: false });
    this.#reader.on('line', (line) => this.#push(line));
    this.#reader.on('close', () => {
      this.#closed = true;
      this.#wake?.();
    });
  }

  /** The next answer, trimmed; undefined when the input has ended. */
  async next(): Promise<string | undefined> {
    while (this.#lines.length === 0 && !this.#closed) await new Promise<void>((resolve) => (this.#wake = resolve));
    const line = this.#lines.shift();
    if (line !== undefined) this.echo?.write(line + '\n');
    return line?.trim();
  }

  close(): void {
    this.#reader.close();
  }

  #push(line: string): void {
    this.#lines.push(line);
    this.#wake?.();
  }
}

/** The changes worth a human look, with the occurrence index that finds each again in a new run. */
export function uncertainChanges(changes: readonly Change[]): { change: Change; occurrence: number }[] {
  const seen = new Map<string, number>();
  const items: { change: Change; occurrence: number }[] = [];
  for (const change of changes) {
    const key = JSON.stringify([change.stage, change.rule, change.before, change.after]);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    if (!change.applied || change.confidence < REVIEW_BELOW) items.push({ change, occurrence });
  }
  return items;
}

export async function reviewFile(
  display: string,
  input: string,
  changes: readonly Change[],
  answers: Answers,
  out: NodeJS.WritableStream,
  memory: SessionMemory,
  canAddToDictionary: boolean,
): Promise<ReviewOutcome> {
  const decisions: EditDecision[] = [];
  const keep: string[] = [];
  const decide = (item: { change: Change; occurrence: number }, verdict: EditDecision['verdict']) =>
    decisions.push({ ...pick(item.change), occurrence: item.occurrence, verdict });
  for (const item of uncertainChanges(changes)) {
    if (memory.quit) break;
    const { change } = item;
    if (memory.keep.has(change.before)) continue;
    if (memory.acceptAll.has(sameChange(change))) {
      decide(item, 'accept');
      continue;
    }
    out.write(describe(display, input, change));
    for (;;) {
      out.write(`  ${visible(change.before)} → ${visible(change.after)}  [y,n,e,a,d,q,?] `);
      const answer = (await answers.next())?.toLowerCase();
      if (answer === undefined || answer === 'q') {
        memory.quit = true;
        break;
      }
      if (answer === 'y') decide(item, 'accept');
      else if (answer === 'n') decide(item, 'reject');
      else if (answer === 'a') {
        memory.acceptAll.add(sameChange(change));
        decide(item, 'accept');
      } else if (answer === 'e') {
        out.write('  replacement: ');
        const replacement = await answers.next();
        if (replacement === undefined) continue;
        decide(item, { replace: replacement });
      } else if (answer === 'd' && canAddToDictionary) {
        memory.keep.add(change.before);
        keep.push(change.before);
        decide(item, 'reject');
      } else {
        out.write(`  ${answer === 'd' ? 'no dictionary to add to: give --dict FILE or --review-dict FILE' : KEYS_HELP}\n`);
        continue;
      }
      break;
    }
  }
  return { decisions, keep, quit: memory.quit };
}

function pick(change: Change): Pick<EditDecision, 'stage' | 'rule' | 'before' | 'after'> {
  return { stage: change.stage, rule: change.rule, before: change.before, after: change.after };
}

function sameChange(change: Change): string {
  return JSON.stringify([change.before, change.after]);
}

/** `a.txt:42:24  names/document-name, 0.3 (suggestion)` and the line around it. */
function describe(display: string, input: string, change: Change): string {
  const status = change.applied ? 'made' : 'suggestion';
  const left = input.slice(Math.max(0, change.offset - CONTEXT_CHARS), change.offset);
  const right = input.slice(change.offset + change.before.length, change.offset + change.before.length + CONTEXT_CHARS);
  return (
    `\n${display}:${change.line}:${change.column}  ${change.stage}/${change.rule}, confidence ${change.confidence} (${status})\n` +
    `  …${visible(left)}[${visible(change.before)}]${visible(right)}…\n`
  );
}

function visible(text: string): string {
  return text.replace(/\r?\n/g, '⏎').replace(/\t/g, '→');
}
