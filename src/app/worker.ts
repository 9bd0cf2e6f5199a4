/** A worker thread of the batch pool when clean-ocr runs unbundled (the library's dist/, the tests); the command line's is src/bundle/worker.ts. */
import { parentPort, workerData } from 'node:worker_threads';
import { serveBatchTasks, type BatchWorkerData } from './worker-loop.js';

serveBatchTasks(parentPort!, workerData as BatchWorkerData);
