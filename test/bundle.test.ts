/**
 * The command line runs from one bundled file and a V8 code cache made at
 * build time (scripts/bundle.mjs, src/bundle/load.cts). A cache V8 rejects
 * costs only start-up time, so no other test would notice a broken one; a
 * cache of another build must never be used.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_MARKER, buildId } from '../dist/bundle/load.cjs';

const BUNDLE = path.join(import.meta.dirname, '..', 'dist', 'bundle');

/** Loads a copy of the bundle in a fresh Node (no test-runner flags, which V8 counts in a cache's validity) and says whether V8 took its cache. */
function loadIn(folder: string): { rejected: string; version: string } {
  const script = `const { loadBundle } = await import(${JSON.stringify(path.join(folder, 'load.cjs'))});
    const { exports, script } = loadBundle();
    let version = '';
    await exports.main({ argv: ['--version'], env: {}, cwd: process.cwd(), stdin: process.stdin, stderr: process.stderr,
      stdout: { write: (text) => ((version += text), true), on() {}, once() {}, end() {} } });
    console.log(JSON.stringify({ rejected: String(script.cachedDataRejected), version: version.trim() }));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as { rejected: string; version: string };
}

describe('the bundled command line', () => {
  const copy = path.join(BUNDLE, '..', `bundle-test-${process.pid}`);
  afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

  it('comes with a code cache this Node accepts', () => {
    expect(loadIn(BUNDLE)).toEqual({ rejected: 'false', version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
  });

  it('runs without the cache of another build, and without any cache', () => {
    fs.mkdirSync(copy, { recursive: true });
    for (const file of ['load.cjs', 'clean-ocr.cjs']) fs.copyFileSync(path.join(BUNDLE, file), path.join(copy, file));
    const cache = fs.readFileSync(path.join(BUNDLE, 'clean-ocr.cjs.cache'));
    fs.writeFileSync(path.join(copy, 'clean-ocr.cjs.cache'), Buffer.concat([Buffer.alloc(64, '0'), cache.subarray(64)]));
    expect(loadIn(copy)).toMatchObject({ rejected: 'undefined' });
    fs.rmSync(path.join(copy, 'clean-ocr.cjs.cache'));
    expect(loadIn(copy)).toMatchObject({ rejected: 'undefined' });
  });

  it.each([
    [`code${BUILD_MARKER}${'ab'.repeat(32)}\n`, 'ab'.repeat(32)],
    ['code without a marker', ''],
  ])('reads the build id of %j', (source, id) => {
    expect(buildId(source)).toBe(id);
  });
});
