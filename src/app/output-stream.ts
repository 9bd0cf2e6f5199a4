/**
 * Where a streamed result goes: stdout (with back-pressure), or a temporary
 * file beside the target that is renamed over it at the end, so a streamed
 * file is as atomic as any other write and a failed input leaves no file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Output } from './plan.js';
import { backup } from './write.js';

export interface OutputStream {
  write(chunk: string): Promise<void>;
  /** Makes the result visible (rename); nothing is visible before. */
  commit(): void;
  /** Throws the partial result away. */
  abort(): void;
}

export function openOutput(output: Output, inputPath: string | undefined, stdout: (chunk: string) => Promise<void>): OutputStream {
  const file = output.kind === 'file' ? output.path : output.kind === 'in-place' ? inputPath : undefined;
  if (file === undefined) return { write: stdout, commit: () => {}, abort: () => {} };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.clean-ocr-${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`);
  const fd = fs.openSync(temporary, 'wx');
  let open = true;
  const close = (): void => {
    if (open) fs.closeSync(fd);
    open = false;
  };
  return {
    write: async (chunk) => void fs.writeSync(fd, chunk),
    commit: () => {
      fs.fsyncSync(fd);
      close();
      if (output.kind === 'in-place') {
        if (output.backupSuffix !== undefined) backup(file, output.backupSuffix);
        fs.chmodSync(temporary, fs.statSync(file).mode & 0o7777);
      }
      fs.renameSync(temporary, file);
    },
    abort: () => {
      close();
      fs.rmSync(temporary, { force: true });
    },
  };
}
