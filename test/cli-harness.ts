/**
 * Runs the command line two ways with the same arguments: in-process through
 * main() and as the real spawned binary, so one table of cases covers both.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../src/cli.js';

/** The command as installed: the launcher that starts Node from the start-up snapshot (or runs bin/clean-ocr.cjs). */
export const BIN = path.join(import.meta.dirname, '..', 'bin', 'clean-ocr');

export interface Outcome {
  code: number;
  stdout: Buffer;
  stderr: string;
}

export interface Invocation {
  args: string[];
  cwd: string;
  stdin?: string | Buffer;
}

export async function runInProcess({ args, cwd, stdin }: Invocation): Promise<Outcome> {
  const input = Object.assign(new PassThrough(), { isTTY: stdin === undefined ? true : undefined });
  input.end(stdin ?? '');
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await main({ argv: args, env: { NO_COLOR: '1' }, cwd, stdin: input, stdout, stderr });
  return { code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') };
}

export function runSpawned({ args, cwd, stdin }: Invocation): Outcome {
  const result = spawnSync(BIN, args, {
    cwd,
    input: stdin ?? '',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 << 20,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

/** A fresh temporary folder holding `files` (relative path → content). */
export function workspace(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clean-ocr-test-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Every file below `dir` (relative path → content), for comparing whole trees. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = fs.readFileSync(full, 'utf8');
  }
  return files;
}
