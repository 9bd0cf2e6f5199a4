/**
 * One input, start to end: read, clean with the library, write or print the
 * result. Runs on the main thread or in a worker; the outcome is plain data
 * so it can cross between threads. Stdin and files over STREAM_BYTES are
 * cleaned as a stream of paragraphs (stream-job.ts).
 */
import fs from 'node:fs';
import { cleanBytes } from '../clean.js';
import { InputError } from '../decode.js';
import type { Change } from '../types.js';
import { wordDiff } from './diff.js';
import { reason, type Job } from './inputs.js';
import { LineGuard } from './line-guard.js';
import type { Output } from './plan.js';
import { ChangeTally } from './report.js';
import type { RunSettings } from './settings.js';
import { openOutput, writeOutput } from './output-stream.js';
import { cleanStreamed, STREAM_BYTES } from './stream-job.js';

export interface Task {
  index: number;
  job: Job;
  output: Output;
  /** Part of a run over several inputs: a diff gets a header naming the file. */
  oneOfMany: boolean;
}

export interface JobOutcome {
  index: number;
  display: string;
  /** The one-line reason when the input failed; nothing was written then. */
  error?: string;
  notices: string[];
  /** What goes to stdout for this input, when it was not streamed there: a diff, or its name under --check. */
  stdout?: string | Uint8Array;
  stats?: string;
  /** The changes, when a report was asked for and they were not streamed to `onChanges`. */
  changes?: Change[];
  /** The input and its cleaned text, when an HTML review report was asked for. */
  review?: { input: string; output: string };
  applied: number;
  suggestions: number;
  inputBytes: number;
  wouldChange: boolean;
  /** --jsonl lines that were not objects with the text field (passed through, reported). */
  badRecords: number;
}

/** The main thread's channels for a streamed input; workers have none and never stream to stdout. */
export interface LiveOutput {
  stdin?: AsyncIterable<Uint8Array>;
  stdout: (chunk: string) => Promise<void>;
  onChanges: (file: string, changes: Change[]) => void;
}

export async function processJob(task: Task, settings: RunSettings, live?: LiveOutput): Promise<JobOutcome> {
  const { job, output } = task;
  const outcome: JobOutcome = { index: task.index, display: job.display, notices: [], applied: 0, suggestions: 0, inputBytes: 0, wouldChange: false, badRecords: 0 };
  const tally = new ChangeTally();
  try {
    const streamable = !settings.check && !settings.diff && (live !== undefined || output.kind !== 'stdout');
    // The HTML report (--html) needs each input's whole text, so it is not streamed then.
    const streamed = streamable && settings.html === undefined && (job.kind === 'stdin' || fs.statSync(job.path).size > STREAM_BYTES);
    if (settings.jsonl || streamed) {
      if (!streamable) throw new InputError('--jsonl cannot be combined with --check or --diff');
      const source = job.kind === 'stdin' ? live!.stdin! : fs.createReadStream(job.path, { highWaterMark: 1 << 20 });
      const out = openOutput(output, live?.stdout ?? (async () => {}));
      const onChanges = (changes: Change[]): void => {
        tally.add(changes);
        if (settings.report === undefined) return;
        if (live) live.onChanges(job.display, changes);
        else (outcome.changes ??= []).push(...changes);
      };
      const onNotice = (notice: string): void => void outcome.notices.push(notice);
      const onBadRecord = (problem: string): void => {
        outcome.notices.push(problem);
        outcome.badRecords++;
      };
      try {
        const { inputBytes } = settings.jsonl
          ? // Loaded only for --jsonl: it brings node:readline and node:stream, which a plain run does not need.
            await (await import('./jsonl.js')).cleanJsonLines(source, settings, out, onChanges, onBadRecord, onNotice)
          : await cleanStreamed(source, settings, out, onChanges, onNotice);
        out.commit();
        return finish(outcome, tally, settings, inputBytes);
      } catch (error) {
        out.abort();
        throw error;
      }
    }
    const bytes = job.kind === 'stdin' ? await readAll(live!.stdin!) : fs.readFileSync(job.path);
    const result = cleanBytes(bytes, { ...settings.clean, encoding: settings.encoding });
    // No bytes, or only a byte order mark (an empty file Notepad saved as UTF-8).
    if (result.decoded.text === '') throw new InputError('empty input, nothing to clean');
    new LineGuard().feed(result.decoded.text);
    if (result.decoded.notice) outcome.notices.push(result.decoded.notice);
    const cleaned = Buffer.from(result.text, 'utf8');
    outcome.wouldChange = !cleaned.equals(bytes);
    if (settings.check) {
      if (outcome.wouldChange) outcome.stdout = `${job.display}\n`;
    } else if (settings.diff) {
      const diff = wordDiff(result.decoded.text, result.text, settings.color, result.changes.filter((change) => !change.applied));
      if (diff) outcome.stdout = task.oneOfMany ? `--- ${job.display}\n${diff}` : diff;
    } else {
      outcome.stdout = writeOutput(output, cleaned);
    }
    tally.add(result.changes);
    if (settings.report !== undefined || settings.html !== undefined) outcome.changes = result.changes;
    if (settings.html !== undefined) outcome.review = { input: result.decoded.text, output: result.text };
    return finish(outcome, tally, settings, bytes.length);
  } catch (error) {
    if (!(error instanceof InputError) && typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
    outcome.error = error instanceof InputError ? error.message : reason(error);
  }
  return outcome;
}

function finish(outcome: JobOutcome, tally: ChangeTally, settings: RunSettings, inputBytes: number): JobOutcome {
  outcome.inputBytes = inputBytes;
  outcome.applied = tally.applied;
  outcome.suggestions = tally.suggestions;
  if (settings.stats) outcome.stats = tally.statsLine(outcome.display);
  return outcome;
}

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
