/**
 * Spreads the tasks of a batch over this thread and worker threads, a few
 * tasks queued per worker, and yields the outcomes as they finish. This
 * thread takes its share because it is ready at once: its code and lexicon
 * are loaded (from the start-up snapshot, warm), while each worker must load
 * them and runs cold for its first pages; and every V8 isolate optimises the
 * same hot code again (about a second of CPU on 2,000 pages: README, Speed), so
 * N jobs are this thread and N − 1 workers. The workers share one copy of
 * the lexicon and the word pairs, read here into shared memory (data-files.ts).
 */
import { Worker } from 'node:worker_threads';
import { dataFilesFor } from '../clean.js';
import { shareDataFiles } from '../lexicon/data-files.js';
import { processJob, type JobOutcome, type Task } from './job.js';
import type { RunSettings } from './settings.js';
import type { BatchWorkerData } from './worker-loop.js';

/** The compiled worker; when this module runs from the TypeScript sources (tests), the build's copy of it. */
const WORKER = new URL(import.meta.url.endsWith('.ts') ? '../../dist/app/worker.js' : './worker.js', import.meta.url);

/** Tasks sent ahead to each worker. */
const IN_FLIGHT = 4;

export async function* runInWorkers(tasks: readonly Task[], settings: RunSettings, jobs: number): AsyncGenerator<JobOutcome> {
  const workerCount = Math.max(1, Math.min(jobs, tasks.length)) - 1;
  const workerData: BatchWorkerData = { settings, dataFiles: shareDataFiles(dataFilesFor(settings.clean)) };
  const workers = Array.from({ length: workerCount }, () => new Worker(WORKER, { workerData }));
  const finished: JobOutcome[] = [];
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  let next = 0;
  let pending = tasks.length;
  const feed = (worker: Worker): void => {
    if (next < tasks.length) worker.postMessage(tasks[next++]);
  };
  for (const worker of workers) {
    worker.on('message', (outcome: JobOutcome) => {
      finished.push(outcome);
      pending--;
      feed(worker);
      wake?.();
    });
    worker.on('error', (error) => {
      failure = error;
      wake?.();
    });
    // A few tasks queued per worker, so it never waits for this thread between two files.
    for (let i = 0; i < IN_FLIGHT; i++) feed(worker);
  }
  try {
    while (pending > 0 || finished.length > 0) {
      if (failure) throw failure;
      if (finished.length > 0) {
        yield* finished.splice(0);
      } else if (next < tasks.length) {
        // While this thread cleans, the workers' messages wait (their queued tasks keep them busy); the turn of the event loop after each task takes them in.
        const outcome = await processJob(tasks[next++]!, settings);
        pending--;
        yield outcome;
        await new Promise<void>((resolve) => setImmediate(resolve));
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
