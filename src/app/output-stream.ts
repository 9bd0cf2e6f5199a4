/**
 * Where a result goes: stdout, or its file — written atomically (write.ts),
 * the original kept first with --in-place --backup — so a failed input
 * leaves no file, whether the result was written whole or streamed.
 */
import fs from 'node:fs';
import type { Output } from './plan.js';
import { backup, openAtomic, type AtomicFile } from './write.js';

export interface OutputStream {
  write(chunk: string): Promise<void>;
  /** Makes the result visible (rename); nothing is visible before. */
  commit(): void;
  /** Throws the partial result away. */
  abort(): void;
}

/** A result written as it is cleaned: to stdout (with back-pressure), or to its file. */
export function openOutput(output: Output, stdout: (chunk: string) => Promise<void>): OutputStream {
  const file = fileOf(output);
  if (file === undefined) return { write: stdout, commit: () => {}, abort: () => {} };
  const target = openAtomic(file);
  return {
    write: async (chunk) => target.write(chunk),
    commit: () => commitTo(output, file, target),
    abort: () => target.abort(),
  };
}

/** A whole result: written to its file, or returned when it belongs on stdout (printed in input order). */
export function writeOutput(output: Output, data: Uint8Array): Uint8Array | undefined {
  const file = fileOf(output);
  if (file === undefined) return output.kind === 'stdout' ? data : undefined;
  const target = openAtomic(file);
  try {
    target.write(data);
    commitTo(output, file, target);
  } catch (error) {
    target.abort();
    throw error;
  }
  return undefined;
}

function fileOf(output: Output): string | undefined {
  return output.kind === 'file' || output.kind === 'in-place' ? output.path : undefined;
}

/** An input replaced in place keeps its permissions, and its original when --backup asks. */
function commitTo(output: Output, file: string, target: AtomicFile): void {
  if (output.kind !== 'in-place') return target.commit();
  if (output.backupSuffix !== undefined) backup(file, output.backupSuffix);
  target.commit(fs.statSync(file).mode & 0o7777);
}
