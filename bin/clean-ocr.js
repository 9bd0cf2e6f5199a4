#!/usr/bin/env node
import { main } from '../dist/bundle/cli.js';

process.exitCode = await main({
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
