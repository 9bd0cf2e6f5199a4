/**
 * The application layer of the command line: reads each input, cleans it
 * with the library's cleanBytes(), and writes the result where the settings
 * say. A file that fails is reported (`clean-ocr: path: reason`) and never
 * written; the others go on. No knowledge of argument parsing here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cleanBytes } from '../clean.js';
import { InputError } from '../decode.js';
import { wordDiff } from './diff.js';
import { collectJobs, reason, type Job } from './inputs.js';
import { planOutputs, type Output } from './plan.js';
import { plural, reportLines, statsLine } from './report.js';
import { EXIT, UsageError, type RunIo, type RunSettings } from './settings.js';
import { Sink } from './sink.js';
import { backup, writeAtomic } from './write.js';

/** Longest input line accepted: OCR text has no megabyte lines, minified data and binaries do. */
export const MAX_LINE_LENGTH = 1 << 20;

export async function run(settings: RunSettings, io: RunIo): Promise<number> {
  if (settings.inputs.length === 0 && io.stdin.isTTY) throw new UsageError('no input: give a file or folder, or pipe text in');
  const { jobs, failures } = collectJobs(settings, io.cwd);
  const outputs = planOutputs(settings, jobs, io.cwd);
  const stdout = new Sink(io.stdout);
  const stderr = new Sink(io.stderr);
  for (const failure of failures) await stderr.write(`clean-ocr: ${failure}\n`);
  let failed = failures.length;
  let wouldChange = 0;
  let report = '';
  const totals = { files: 0, changes: 0, suggestions: 0 };
  for (const [index, job] of jobs.entries()) {
    try {
      const bytes = job.kind === 'stdin' ? await readAll(io.stdin) : fs.readFileSync(job.path);
      if (bytes.length === 0) throw new InputError('empty input, nothing to clean');
      const result = cleanBytes(bytes, { ...settings.clean, encoding: settings.encoding });
      refuseHugeLines(result.decoded.text);
      if (result.decoded.notice) await stderr.write(`clean-ocr: ${job.display}: ${result.decoded.notice}\n`);
      const cleaned = Buffer.from(result.text, 'utf8');
      if (settings.check) {
        if (!cleaned.equals(bytes)) {
          wouldChange++;
          await stdout.write(`${job.display}\n`);
        }
      } else if (settings.diff) {
        const diff = wordDiff(result.decoded.text, result.text, settings.color);
        if (diff) await stdout.write(jobs.length > 1 ? `--- ${job.display}\n${diff}` : diff);
      } else {
        await emit(outputs[index]!, job, cleaned, stdout);
      }
      if (settings.report !== undefined) report += reportLines(job.display, result.changes);
      if (settings.stats) await stderr.write(statsLine(job.display, result.changes) + '\n');
      totals.files++;
      for (const change of result.changes) change.applied ? totals.changes++ : totals.suggestions++;
    } catch (error) {
      if (!(error instanceof InputError) && !isFileSystemError(error)) throw error;
      failed++;
      await stderr.write(`clean-ocr: ${job.display}: ${error instanceof InputError ? error.message : reason(error)}\n`);
    }
    if (stdout.broken) return EXIT.ok;
  }
  if (settings.report === '-') await stderr.write(report);
  else if (settings.report !== undefined) writeAtomic(path.resolve(io.cwd, settings.report), report);
  if (settings.stats && jobs.length > 1) {
    await stderr.write(
      `total: ${plural(totals.files, 'file')}, ${plural(totals.changes, 'change')}, ${plural(totals.suggestions, 'suggestion')}` +
        (failed > 0 ? `, ${failed} failed` : '') + '\n',
    );
  }
  return failed > 0 || wouldChange > 0 ? EXIT.failed : EXIT.ok;
}

async function emit(output: Output, job: Job, cleaned: Buffer, stdout: Sink): Promise<void> {
  if (output.kind === 'stdout') return stdout.write(cleaned);
  if (output.kind === 'in-place' && job.kind === 'file') {
    if (output.backupSuffix !== undefined) backup(job.path, output.backupSuffix);
    writeAtomic(job.path, cleaned, fs.statSync(job.path).mode & 0o7777);
    return;
  }
  if (output.kind === 'file') writeAtomic(output.path, cleaned);
}

function refuseHugeLines(text: string): void {
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > MAX_LINE_LENGTH) {
      throw new InputError(`line ${line} is longer than ${MAX_LINE_LENGTH} characters: not OCR text`);
    }
    if (end === -1) break;
    start = end + 1;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

function isFileSystemError(error: unknown): boolean {
  return typeof (error as NodeJS.ErrnoException | undefined)?.code === 'string';
}
