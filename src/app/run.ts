/**
 * The application layer of the command line: plans where each input goes,
 * cleans the inputs (in worker threads for a batch), and prints what belongs
 * on stdout in input order. A file that fails is reported
 * (`clean-ocr: path: reason`) and never written; the others go on. No
 * knowledge of argument parsing here.
 */
import fs from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { DEFAULT_OPTIONS } from '../clean.js';
import type { ReviewedFile } from '../html/report.js';
import { collectJobs, type Job } from './inputs.js';
import { processJob, type JobOutcome, type LiveOutput, type Task } from './job.js';
import { planOutputs, type Output } from './plan.js';
import { Progress } from './progress.js';
import { plural, ReportWriter } from './report.js';
import { EXIT, UsageError, type RunIo, type RunSettings } from './settings.js';
import { Sink } from './sink.js';
import { removeTemporariesOnInterrupt, writeAtomic } from './write.js';

export async function run(settings: RunSettings, io: RunIo): Promise<number> {
  if (settings.review) return (await import('./review.js')).runReview(settings, io);
  if (settings.inputs.length === 0 && io.stdin.isTTY) throw new UsageError('no input: give a file or folder, or pipe text in');
  const { jobs, failures } = collectJobs(settings, io.cwd);
  const outputs = planOutputs(settings, jobs, io.cwd);
  const release = removeTemporariesOnInterrupt(foldersWritten(settings, outputs, io.cwd));
  try {
    return await cleanAndReport(settings, io, jobs, failures, outputs);
  } finally {
    release();
  }
}

/** The folders a run writes files into: its outputs', the report's and the review page's. */
function foldersWritten(settings: RunSettings, outputs: readonly Output[], cwd: string): Set<string> {
  const folders = new Set<string>();
  for (const output of outputs) if (output.kind === 'file' || output.kind === 'in-place') folders.add(path.dirname(output.path));
  for (const file of [settings.report, settings.html]) if (file !== undefined && file !== '-') folders.add(path.dirname(path.resolve(cwd, file)));
  return folders;
}

async function cleanAndReport(settings: RunSettings, io: RunIo, jobs: readonly Job[], failures: readonly string[], outputs: readonly Output[]): Promise<number> {
  const stdout = new Sink(io.stdout);
  const stderr = new Sink(io.stderr);
  const report = settings.report === undefined ? undefined : new ReportWriter(settings.report === '-' ? '-' : path.resolve(io.cwd, settings.report), io.stderr);
  for (const failure of failures) await stderr.write(`clean-ocr: ${failure}\n`);

  const tasks: Task[] = jobs.map((job, index) => ({ index, job, output: outputs[index]!, oneOfMany: jobs.length > 1 }));
  const live: LiveOutput = {
    // Read on first use: creating process.stdin costs milliseconds that a run over files does not need.
    get stdin() {
      return io.stdin as AsyncIterable<Uint8Array>;
    },
    stdout: (chunk) => stdout.write(chunk),
    onChanges: (file, changes) => report?.write(file, changes),
  };
  const progress = new Progress(io.stderr, settings.progress, tasks.length);
  const outcomes: (JobOutcome | undefined)[] = [];
  let printed = 0;
  let failed = failures.length;
  const totals = { files: 0, changes: 0, suggestions: 0, wouldChange: 0 };
  const reviewed: ReviewedFile[] = [];
  for await (const outcome of cleanAll(tasks, settings, live)) {
    progress.update(outcome.inputBytes);
    if (outcome.error !== undefined || outcome.badRecords > 0) failed++;
    else {
      totals.files++;
      totals.changes += outcome.applied;
      totals.suggestions += outcome.suggestions;
      if (outcome.wouldChange) totals.wouldChange++;
    }
    outcomes[outcome.index] = outcome;
    // Print in input order, as soon as every earlier input is done.
    for (let done = outcomes[printed]; done !== undefined; done = outcomes[++printed]) {
      for (const notice of done.notices) await progress.around(() => stderr.write(`clean-ocr: ${done.display}: ${notice}\n`));
      if (done.error !== undefined) await progress.around(() => stderr.write(`clean-ocr: ${done.display}: ${done.error}\n`));
      if (done.stats !== undefined) await progress.around(() => stderr.write(done.stats + '\n'));
      if (done.stdout !== undefined) await stdout.write(done.stdout);
      if (done.changes !== undefined) report?.write(done.display, done.changes);
      if (done.review !== undefined) reviewed.push({ name: done.display, ...done.review, changes: done.changes ?? [] });
      outcomes[printed] = { ...done, stdout: undefined, changes: undefined, review: undefined };
    }
    if (stdout.broken) break;
  }
  progress.finish();
  report?.close();
  // The reader of stdout went away (`clean-ocr big.txt | head`): the run ends quietly.
  if (stdout.broken) return EXIT.ok;
  if (settings.html !== undefined) {
    const minConfidence = settings.clean.minConfidence ?? DEFAULT_OPTIONS.minConfidence;
    writeAtomic(path.resolve(io.cwd, settings.html), (await import('../html/report.js')).renderReport({ files: reviewed, minConfidence }));
  }
  if (settings.stats && jobs.length > 1) {
    await stderr.write(
      `total: ${plural(totals.files, 'file')}, ${plural(totals.changes, 'change')}, ${plural(totals.suggestions, 'suggestion')}` +
        (failed > 0 ? `, ${failed} failed` : '') + '\n',
    );
  }
  return failed > 0 || (settings.check && totals.wouldChange > 0) ? EXIT.failed : EXIT.ok;
}

/** Several files go to worker threads; stdin, a single input, --jobs 1 and a small batch stay on this thread. */
async function* cleanAll(tasks: Task[], settings: RunSettings, live: LiveOutput): AsyncGenerator<JobOutcome> {
  const fileTasks = tasks.filter((task) => task.job.kind === 'file');
  const workers = fileTasks.length > 1 ? (settings.jobs ?? defaultWorkers(fileTasks)) : 1;
  for (const task of tasks) {
    if (workers === 1 || task.job.kind !== 'file') yield await processJob(task, settings, live);
  }
  // Loaded only for a batch: worker_threads costs start-up time a single page should not pay.
  if (workers > 1) yield* (await import('./pool.js')).runInWorkers(fileTasks, settings, workers);
}

/**
 * Input each thread should have before a worker is worth starting: a worker
 * loads the code and the lexicon, runs cold for its first pages and learns
 * the vocabulary on its own, while both threads slow each other down on a
 * shared machine. On the 2-core development machine (hyperfine, OCR pages
 * of the dev and older-print sets), `--jobs 2` against `--jobs 1`: 0.74× the
 * speed on 1.4 MB, 0.86× on 2.8 MB, 0.97× on 4.2 MB, 1.03× on 7.9 MB, 1.28×
 * on 32 MB; so two threads from 8 MB on, and a batch is never slower for
 * its default than on one thread.
 */
const BYTES_PER_WORKER = 4 << 20;

/** One worker per core, as far as the batch fills them (BYTES_PER_WORKER each); 1 cleans on this thread. */
function defaultWorkers(tasks: readonly Task[]): number {
  let bytes = 0;
  for (const { job } of tasks) {
    try {
      if (job.kind === 'file') bytes += fs.statSync(job.path).size;
    } catch {
      // The file fails on its own when it is read.
    }
  }
  return Math.max(1, Math.min(availableParallelism(), Math.floor(bytes / BYTES_PER_WORKER)));
}
