#!/usr/bin/env node
// npm's postinstall: builds the start-up snapshot for the Node of this
// install (src/bundle/snapshot-build.cts; none is shipped, since a snapshot
// fits only the Node that made it). In a clone before its first build there
// is nothing to build it from yet: `npm run build`, which npm runs next
// (prepare), makes it. Never fails the install: without a snapshot the
// command starts from its bundle.
const fs = require('node:fs');
const path = require('node:path');

const builder = path.join(__dirname, '..', 'dist', 'bundle', 'snapshot-build.cjs');
if (fs.existsSync(builder)) {
  try {
    const problem = require(builder).buildSnapshot();
    if (problem) console.warn(`clean-ocr: ${problem}`);
  } catch (error) {
    console.warn(`clean-ocr: no start-up snapshot, so clean-ocr starts from its bundle: ${error.message}`);
  }
}
