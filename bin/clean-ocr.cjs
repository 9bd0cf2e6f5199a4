#!/usr/bin/env node
// CommonJS, so Node need not set up its ES module loader (some 10 ms of every run).
const { loadBundle } = require('../dist/bundle/load.cjs');

loadBundle()
  .exports.main({
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    // A getter: Node creates process.stdin on first access, which costs milliseconds a run over files does not need.
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
  })
  .then((code) => {
    process.exitCode = code;
  });
