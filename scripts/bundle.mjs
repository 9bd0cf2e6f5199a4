#!/usr/bin/env node
// Bundles the command line (dist/bundle/entry.js, after tsc: the CLI and its
// batch worker loop) into one CommonJS file, dist/bundle/clean-ocr.cjs: one
// file to read instead of some 65 modules and commander's, which roughly
// halves the time Node needs to start clean-ocr. Then runs it once on the
// user sample and saves V8's code cache of everything that run compiled
// (dist/bundle/clean-ocr.cjs.cache, read by src/bundle/load.cts). Last, the
// V8 start-up snapshot bin/clean-ocr starts from (src/bundle/snapshot.ts:
// dist/bundle/clean-ocr.blob and its stamp). The library (dist/index.js)
// stays unbundled. Part of `npm run build`.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * commander loads node:child_process (and with it net, dgram, streams) at
 * start-up, only to spawn the executables of git-style subcommands, which
 * clean-ocr does not have: some 3 ms of every run. Loaded on first use instead.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const eager = "const childProcess = require('node:child_process');";
      const source = await fs.promises.readFile(args.path, 'utf8');
      if (!source.includes(eager)) console.warn('bundle: commander no longer loads child_process as expected; left as it is');
      const lazy = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folder = path.join(root, 'dist', 'bundle');
const { BUNDLE_FILE, CACHE_FILE, BUILD_MARKER, SNAPSHOT_SCRIPT, WARM_UP_PAGE, loadBundle } = await import(path.join(folder, 'load.cjs'));
const { buildSnapshot } = await import(path.join(folder, 'snapshot-build.cjs'));
// The user sample, shipped with the package so that an install can build its own snapshot.
fs.rmSync(WARM_UP_PAGE, { force: true });
fs.writeFileSync(WARM_UP_PAGE, fs.readFileSync(path.join(root, 'fixtures', 'in-the-wild', 'press-release', 'input.txt')));

const options = {
  write: false,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild's table does not credit Node 20 with \p{…} in regular expressions and would rewrite each such
  // literal as `new RegExp(…)`, built again on every call of the function it sits in (34 of them).
  supported: { 'regexp-unicode-property-escapes': true },
  // The sources are ES modules; in the bundle, import.meta.url is the bundle's own URL (the worker and the package root are found from it).
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
  sourcemap: true,
  plugins: [lazyChildProcess],
  logLevel: 'warning',
};
const bundle = await build({ ...options, entryPoints: [path.join(folder, 'entry.js')], outfile: BUNDLE_FILE, format: 'cjs' });
for (const file of bundle.outputFiles) {
  if (file.path !== BUNDLE_FILE) {
    fs.writeFileSync(file.path, file.contents);
    continue;
  }
  // The build's hash at the end of the bundle (appended, so the source map's lines stay right) and at the start of its cache.
  const id = createHash('sha256').update(file.contents).digest('hex');
  fs.writeFileSync(BUNDLE_FILE, `${file.text}${BUILD_MARKER}${id}\n`);
  fs.rmSync(CACHE_FILE, { force: true });
  fs.writeFileSync(CACHE_FILE, Buffer.concat([Buffer.from(id, 'latin1'), await warmCodeCache()]));
}
// The snapshot's script: Node runs it as a plain script (no module object), so an IIFE rather than CommonJS.
const snapshot = await build({ ...options, entryPoints: [path.join(folder, 'snapshot.js')], outfile: SNAPSHOT_SCRIPT, format: 'iife' });
for (const file of snapshot.outputFiles) fs.writeFileSync(file.path, file.contents);
const problem = buildSnapshot();
if (problem) console.warn(`bundle: ${problem}`);

/** Runs the bundle on the user sample, so the cache holds the code of a typical run, not only of the start. */
async function warmCodeCache() {
  const { exports, script } = loadBundle({ useCache: false });
  await exports.warmUp(exports.main, WARM_UP_PAGE);
  return script.createCachedData();
}
