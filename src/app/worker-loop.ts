/** The loop of a batch worker thread: cleans each task it is sent with processJob() and posts the outcome back. */
import type { MessagePort } from 'node:worker_threads';
import { useSharedDataFiles, type SharedDataFiles } from '../lexicon/data-files.js';
import { processJob, type Task } from './job.js';
import type { RunSettings } from './settings.js';

/** What the pool gives each worker (pool.ts). */
export interface BatchWorkerData {
  settings: RunSettings;
  /** The lexicon and word pairs, read once by the main thread and shared by all workers. */
  dataFiles: SharedDataFiles;
}

/** `port` and `data` come from the thread (parentPort, workerData), so this module does not load node:worker_threads itself. */
export function serveBatchTasks(port: MessagePort, data: BatchWorkerData): void {
  useSharedDataFiles(data.dataFiles);
  port.on('message', (task: Task) => {
    void processJob(task, data.settings).then((outcome) => port.postMessage(outcome));
  });
}
