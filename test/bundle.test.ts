/**
 * The command line runs from one bundled file and a V8 code cache made at
 * build time (scripts/bundle.mjs, src/bundle/load.cts), or, through
 * bin/clean-ocr, from a V8 start-up snapshot of it. A cache V8 rejects or a
 * snapshot the launcher passes over costs only start-up time, so no other
 * test would notice a broken one; a cache of another build or a stale
 * snapshot must never be used.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_MARKER, buildId, SNAPSHOT_FILE, SNAPSHOT_STAMP } from '../dist/bundle/load.cjs';
import { workspace } from './cli-harness.js';

const ROOT = path.join(import.meta.dirname, '..');
const BUNDLE = path.join(ROOT, 'dist', 'bundle');

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

/** How bin/clean-ocr in `root` starts Node (its `exec` line, traced by sh -x), and what that run printed. */
function launch(root: string, env: Record<string, string> = {}): { exec: string; stdout: string } {
  const result = spawnSync('sh', ['-x', path.join(root, 'bin', 'clean-ocr'), '--version'], { encoding: 'utf8', env: { ...process.env, ...env } });
  const exec = result.stderr.split('\n').find((line) => line.startsWith('+ exec ')) ?? '';
  return { exec, stdout: result.stdout.trim() };
}

/** A copy of the installed package in a new folder, its snapshot stamped for the copy (as if built there). */
function copyOfPackage(): string {
  const root = workspace();
  fs.cpSync(path.join(ROOT, 'bin'), path.join(root, 'bin'), { recursive: true });
  fs.cpSync(BUNDLE, path.join(root, 'dist', 'bundle'), { recursive: true, preserveTimestamps: true });
  fs.cpSync(path.join(ROOT, 'dictionaries'), path.join(root, 'dictionaries'), { recursive: true, preserveTimestamps: true, filter: (file) => !file.endsWith('.gz') });
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(root, 'package.json'));
  const stamp = path.join(root, 'dist', 'bundle', path.basename(SNAPSHOT_STAMP));
  fs.writeFileSync(stamp, fs.readFileSync(stamp, 'utf8').replace(/^snapshot_root=.*$/m, `snapshot_root='${root}'`));
  fs.utimesSync(path.join(root, 'dist', 'bundle', path.basename(SNAPSHOT_FILE)), new Date(), new Date());
  return root;
}

describe.skipIf(process.platform === 'win32' || !fs.existsSync(SNAPSHOT_STAMP))('bin/clean-ocr, the start-up snapshot', () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((copy) => fs.rmSync(copy, { recursive: true, force: true })));
  const copy = () => {
    copies.push(copyOfPackage());
    return copies.at(-1)!;
  };

  it('starts Node from the snapshot the build made', () => {
    expect(launch(ROOT)).toEqual({ exec: expect.stringContaining('--snapshot-blob') as string, stdout: expect.stringMatching(/^\d+\.\d+\.\d+$/) as string });
  });

  it('cleans from the snapshot, whose lexicon and word pairs are read from their files when it is restored', () => {
    const result = spawnSync(path.join(ROOT, 'bin', 'clean-ocr'), [], { input: 'Die Manner konnen fur uns sprechen.\n', encoding: 'utf8' });
    expect(result).toMatchObject({ status: 0, stdout: 'Die Männer können für uns sprechen.\n', stderr: '' });
    const blob = fs.readFileSync(SNAPSHOT_FILE);
    for (const file of ['de-DE.bin', 'bigrams-de.bin']) {
      const bytes = fs.readFileSync(path.join(ROOT, 'dictionaries', file));
      const middle = Math.floor(bytes.length / 2);
      expect(blob.indexOf(bytes.subarray(middle, middle + 256)), `a piece of ${file} in the snapshot`).toBe(-1);
    }
  });

  it('uses a copy stamped for its own folder', () => {
    expect(launch(copy()).exec).toContain('--snapshot-blob');
  });

  it('is built for an installed package by npm after the install (none is shipped)', () => {
    const root = copy();
    fs.cpSync(path.join(ROOT, 'scripts', 'install-snapshot.cjs'), path.join(root, 'scripts', 'install-snapshot.cjs'));
    fs.rmSync(path.join(root, 'dist', 'bundle', path.basename(SNAPSHOT_FILE)));
    fs.rmSync(path.join(root, 'dist', 'bundle', path.basename(SNAPSHOT_STAMP)));
    expect(launch(root).exec).toContain('bin/clean-ocr.cjs');
    const install = spawnSync(process.execPath, [path.join(root, 'scripts', 'install-snapshot.cjs')], { encoding: 'utf8' });
    expect(install).toMatchObject({ status: 0, stderr: '' });
    expect(fs.readFileSync(path.join(root, 'dist', 'bundle', path.basename(SNAPSHOT_STAMP)), 'utf8')).toContain(`snapshot_root='${root}'`);
    expect(launch(root)).toEqual({ exec: expect.stringContaining('--snapshot-blob') as string, stdout: expect.stringMatching(/^\d+\.\d+\.\d+$/) as string });
  });

  it.each<[string, (root: string) => Record<string, string> | void]>([
    ['the package moved since the build', (root) => void fs.writeFileSync(path.join(root, 'dist', 'bundle', path.basename(SNAPSHOT_STAMP)), `snapshot_root='${ROOT}/elsewhere'\n`)],
    ['a dictionary changed since the build', (root) => fs.utimesSync(path.join(root, 'dictionaries', 'de-DE.bin'), new Date(), new Date(Date.now() + 10_000))],
    ['`node` is another binary than the one that built it', (root) => void fs.appendFileSync(path.join(root, 'dist', 'bundle', path.basename(SNAPSHOT_STAMP)), "snapshot_node='/bin/sh'\n")],
    ['NODE_OPTIONS is set (its flags may not be the snapshot’s)', () => ({ NODE_OPTIONS: '--no-warnings' })],
    ['there is no snapshot', (root) => void fs.rmSync(path.join(root, 'dist', 'bundle', path.basename(SNAPSHOT_FILE)))],
  ])('runs bin/clean-ocr.cjs instead when %s', (_, change) => {
    const root = copy();
    const env = change(root) ?? {};
    expect(launch(root, env)).toEqual({ exec: expect.stringContaining('bin/clean-ocr.cjs') as string, stdout: expect.stringMatching(/^\d+\.\d+\.\d+$/) as string });
  });
});

describe.skipIf(process.platform === 'win32')('bin/clean-ocr, the environment it gives Node', () => {
  // Node 20 parses the certificates NODE_EXTRA_CA_CERTS names before any script runs, half its start-up time; a missing file makes it warn.
  it.each([
    ['from the snapshot', {}],
    ['from the bundle', { NODE_OPTIONS: '--stack-trace-limit=10' }],
  ])('drops NODE_EXTRA_CA_CERTS (clean-ocr opens no connection): %s', (_, env) => {
    const result = spawnSync(path.join(ROOT, 'bin', 'clean-ocr'), ['--version'], { encoding: 'utf8', env: { ...process.env, ...env, NODE_EXTRA_CA_CERTS: '/no/such/certificates.pem' } });
    expect(result).toMatchObject({ status: 0, stderr: '' });
  });

  // The snapshot and the lexicon are read into large malloc blocks; huge pages spare some 3,000 page faults per run.
  it.each([
    ['with none of the user’s', undefined, 'glibc.malloc.hugetlb=1'],
    ['after the user’s own, which win', 'glibc.malloc.hugetlb=0', 'glibc.malloc.hugetlb=1:glibc.malloc.hugetlb=0'],
  ])('asks glibc for huge pages %s', (_, own, expected) => {
    const probe = path.join(workspace(), 'print-tunables.cjs');
    fs.writeFileSync(probe, 'process.stderr.write(String(process.env.GLIBC_TUNABLES));');
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: `--require ${probe}` };
    delete env.GLIBC_TUNABLES;
    if (own !== undefined) env.GLIBC_TUNABLES = own;
    const result = spawnSync(path.join(ROOT, 'bin', 'clean-ocr'), ['--version'], { encoding: 'utf8', env });
    expect(result).toMatchObject({ status: 0, stderr: expected });
  });
});
