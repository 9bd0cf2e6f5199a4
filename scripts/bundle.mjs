#!/usr/bin/env node
// Bundles the command line (dist/cli.js, after tsc) and its batch worker into
// dist/bundle/: one file to read instead of some 65 modules and commander's,
// which roughly halves the time Node needs to start clean-ocr. The library
// (dist/index.js) stays unbundled. Part of `npm run build`.
import { build } from 'esbuild';
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

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
// esbuild does not empty its output folder: chunks of earlier builds would pile up.
fs.rmSync(path.join(dist, 'bundle'), { recursive: true, force: true });
await build({
  entryPoints: [path.join(dist, 'cli.js'), path.join(dist, 'app', 'worker.js')],
  outdir: path.join(dist, 'bundle'),
  entryNames: '[name]',
  // Chunks sit beside the entries, so `new URL('./worker.js', import.meta.url)` finds the worker from any of them.
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // commander is CommonJS: give the ESM bundle a require() for Node's built-ins it asks for.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  sourcemap: true,
  plugins: [lazyChildProcess],
  logLevel: 'warning',
});
