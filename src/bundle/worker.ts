/** A worker thread of the command line's batch pool: the same bundle, and the same code cache, as the main thread. */
import { parentPort, workerData } from 'node:worker_threads';
import type { BatchWorkerData } from '../app/worker-loop.js';
import { loadBundle } from './load.cjs';

loadBundle().exports.serveBatchTasks(parentPort!, workerData as BatchWorkerData);
