/** A worker thread of the batch pool: cleans the tasks it is sent with processJob(). */
import { parentPort, workerData } from 'node:worker_threads';
import { processJob, type Task } from './job.js';
import type { RunSettings } from './settings.js';

const settings = workerData as RunSettings;
parentPort!.on('message', (task: Task) => {
  void processJob(task, settings).then((outcome) => parentPort!.postMessage(outcome));
});
