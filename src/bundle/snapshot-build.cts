/**
 * Builds the start-up snapshot bin/clean-ocr starts Node from (see
 * snapshot.ts), with the Node running this, and writes the stamp the
 * launcher checks before it uses it: this package's folder, the Node
 * binary, the V8 flags. Run by the build (scripts/bundle.mjs) and,
 * in an installed package, by npm after the install
 * (scripts/install-snapshot.cjs): a snapshot fits only the Node that made it,
 * so none is shipped. Where it cannot be built, there is none and the
 * command starts from the bundle.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SNAPSHOT_FILE, SNAPSHOT_SCRIPT, SNAPSHOT_STAMP, WARM_UP_PAGE, tunedV8Flags } from './load.cjs';

const PACKAGE_ROOT = path.resolve(__dirname, '..', '..');

/** Builds the snapshot; returns why it could not, or undefined. */
export function buildSnapshot(): string | undefined {
  fs.rmSync(SNAPSHOT_STAMP, { force: true });
  fs.rmSync(SNAPSHOT_FILE, { force: true });
  const flags = tunedV8Flags();
  const args = [...flags, '--snapshot-blob', SNAPSHOT_FILE, '--build-snapshot', SNAPSHOT_SCRIPT, WARM_UP_PAGE];
  const result = spawnSync(process.execPath, args, { cwd: PACKAGE_ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    fs.rmSync(SNAPSHOT_FILE, { force: true });
    return `no start-up snapshot (node --build-snapshot failed), so clean-ocr starts from its bundle: ${(result.stderr || String(result.error)).trim()}`;
  }
  const stamp = [
    '# Written by src/bundle/snapshot-build.cts: bin/clean-ocr starts Node from clean-ocr.blob only for this folder, this Node binary and these flags.',
    `snapshot_root=${shellQuoted(PACKAGE_ROOT)}`,
    `snapshot_node=${shellQuoted(process.execPath)}`,
    `snapshot_flags=${shellQuoted(flags.join(' '))}`,
  ];
  fs.writeFileSync(SNAPSHOT_STAMP, `${stamp.join('\n')}\n`);
  return undefined;
}

/** A word for sh, quoted: 'it'\''s'. */
function shellQuoted(value: string): string {
  return `'${value.replaceAll("'", "'\\''")}'`;
}
