/**
 * Runs the command line's single-file bundle (dist/bundle/clean-ocr.cjs, made
 * by scripts/bundle.mjs) with the V8 code cache made at build time after a
 * warm-up run. Node 20 compiles a script on every start and each function
 * again on its first call; with the cache, the functions a run needs arrive
 * compiled, some 30 ms of every start-up (npm run bench). V8 rejects a cache
 * made by another Node version or with other flags, and this loader one made
 * for another build of the bundle; the bundle then compiles as usual.
 * CommonJS, like bin/clean-ocr.cjs: Node starts a CommonJS entry some 10 ms
 * sooner than an ES module one (no module loader to set up).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import type * as Entry from './entry.js';

export const BUNDLE_FILE = path.join(__dirname, 'clean-ocr.cjs');
export const CACHE_FILE = `${BUNDLE_FILE}.cache`;
/** The start-up snapshot (src/bundle/snapshot.ts), the script it is made of, and the stamp bin/clean-ocr reads before it uses it (the launcher names them too). */
export const SNAPSHOT_FILE = path.join(__dirname, 'clean-ocr.blob');
export const SNAPSHOT_SCRIPT = path.join(__dirname, 'clean-ocr-snapshot.cjs');
export const SNAPSHOT_STAMP = `${SNAPSHOT_FILE}.sh`;
/** The page the build runs the bundle on before it saves the code cache and the snapshot (a copy of the user sample, shipped). */
export const WARM_UP_PAGE = path.join(__dirname, 'warm-up-page.txt');
/** The bundle ends with this marker and the hash of the rest; the cache file starts with the same hash. */
export const BUILD_MARKER = '\n//# clean-ocr-build=';
export const BUILD_ID_LENGTH = 64;

export interface LoadedBundle {
  readonly exports: typeof Entry;
  /** The compiled bundle, for scripts/bundle.mjs to make the cache from after its warm-up run. */
  readonly script: vm.Script;
}

/**
 * Two settings of V8, measured on Node 20 (V8 11.3).
 *
 * How much bytecode TurboFan may inline into one function it optimises
 * (V8's default: 920 bytes). clean-ocr's hot functions call many small ones;
 * with the default, optimising them took about a third of a run's CPU time
 * (3 MB: 3.0 s of CPU in 1.9 s; with the compiler kept on the main thread
 * the run took 1.56× as long), much of it done again after deoptimisations.
 * With 200, measured on Node 20 (V8 11.3) in alternating runs: 50 new pages
 * 0.92× the time and 0.86× the CPU, 3 MB 0.94× and 0.82×, 10 MB 0.96×,
 * in-process runs on repeated text and start-up unchanged.
 *
 * How far the old generation may grow past what survived the last full
 * collection before the next one (50: to 1.5×; V8 otherwise picks 1.1–4× by
 * how fast it collects): text that brings new words makes garbage fast, and
 * V8 let the heap grow far past what the run keeps. 52 MB of English-model
 * OCR peaked at 145–148 MB instead of 190–196 MB, 1 MB of base64 (every
 * token a new non-word) at 194–199 MB instead of 304–337 MB, at the same
 * speed (6.5 MB, six alternating runs each: 2.45–4.15 s against 3.13–3.96 s).
 *
 * Other V8 versions tier up differently and keep their defaults. Set before
 * the bundle is compiled, here and when the build makes the code cache (V8
 * rejects a cache made with other flags); on Node's command line when it
 * builds or starts from the snapshot (Node refuses a snapshot made with
 * other flags).
 */
const V8_FLAGS: readonly string[] = ['--max-inlined-bytecode-size-cumulative=200', '--heap-growing-percent=50'];
const MEASURED_V8 = '11.3.';

let loaded: LoadedBundle | undefined;

export function loadBundle(options: { useCache?: boolean } = {}): LoadedBundle {
  if (loaded) return loaded;
  for (const flag of tunedV8Flags()) v8.setFlagsFromString(flag);
  const source = fs.readFileSync(BUNDLE_FILE, 'utf8');
  const cachedData = options.useCache === false ? undefined : cacheFor(buildId(source));
  // The wrapper Node itself puts around a CommonJS module.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE_FILE, cachedData });
  const module = { exports: {} as typeof Entry };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(BUNDLE_FILE), module, BUNDLE_FILE, path.dirname(BUNDLE_FILE));
  loaded = { exports: module.exports, script };
  return loaded;
}

/** The V8 flags clean-ocr runs with on this Node (see V8_FLAGS); the start-up snapshot is built and started with them. */
export function tunedV8Flags(): string[] {
  return process.versions.v8.startsWith(MEASURED_V8) ? [...V8_FLAGS] : [];
}

export function buildId(source: string): string {
  const at = source.lastIndexOf(BUILD_MARKER);
  return at === -1 ? '' : source.slice(at + BUILD_MARKER.length, at + BUILD_MARKER.length + BUILD_ID_LENGTH);
}

/** The V8 data of the cache file, when the file was made for this very build. */
function cacheFor(id: string): Buffer | undefined {
  let cache: Buffer;
  try {
    cache = fs.readFileSync(CACHE_FILE);
  } catch {
    return undefined;
  }
  return id.length === BUILD_ID_LENGTH && cache.toString('latin1', 0, BUILD_ID_LENGTH) === id ? cache.subarray(BUILD_ID_LENGTH) : undefined;
}
