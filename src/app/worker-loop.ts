/** The loop of a batch worker thread: cleans each task it is sent with processJob() and posts the outcome back. */
import type { MessagePort } from 'node:worker_threads';
import { processJob, type Task } from './job.js';
import type { RunSettings } from './settings.js';

/** `port` and `settings` come from the thread (parentPort, workerData), so this module does not load node:worker_threads itself. */
export function serveBatchTasks(port: MessagePort, settings: RunSettings): void {
  port.on('message', (task: Task) => {
    void processJob(task, settings).then((outcome) => port.postMessage(outcome));
  });
}
