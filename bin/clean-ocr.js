#!/usr/bin/env node
import { loadBundle } from '../dist/bundle/load.js';

process.exitCode = await loadBundle().exports.main({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  // A getter: Node creates process.stdin on first access, which costs milliseconds a run over files does not need.
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
});
