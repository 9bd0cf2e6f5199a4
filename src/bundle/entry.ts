/** What the command line's single-file bundle exports (scripts/bundle.mjs bundles this module; src/bundle/load.cts runs it). */
export { main } from '../cli.js';
export { serveBatchTasks } from '../app/worker-loop.js';
export { runThisProcess } from './this-process.js';
export { warmUp } from './warm-up.js';
