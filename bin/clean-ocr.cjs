#!/usr/bin/env node
// The command line without the start-up snapshot (bin/clean-ocr runs this where it cannot use one).
// CommonJS, so Node need not set up its ES module loader (some 10 ms of every run).
const { loadBundle } = require('../dist/bundle/load.cjs');

loadBundle().exports.runThisProcess(process.argv.slice(2));
