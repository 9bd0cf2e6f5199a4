/**
 * Atomic writes: the data goes to a temporary file in the target's own
 * folder, is flushed, then renamed over the target. An interrupted run leaves
 * either the old file or the new one, never a truncated one.
 */
import fs from 'node:fs';
import path from 'node:path';

export function writeAtomic(target: string, data: string | Uint8Array, mode?: number): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Replacing a file (--in-place, a rerun into the same --out-dir) must survive a power cut: flush
  // before the rename. A new file costs no data if lost, and a flush per page would make a batch
  // of small pages wait on the disk instead of the processors.
  const replacing = fs.existsSync(target);
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.clean-ocr-${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`,
  );
  try {
    const fd = fs.openSync(temporary, 'wx', mode ?? 0o666);
    try {
      fs.writeFileSync(fd, data);
      if (replacing) fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (mode !== undefined) fs.chmodSync(temporary, mode);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** Keeps a copy of `file` next to it (atomically) before it is replaced. */
export function backup(file: string, suffix: string): void {
  const { mode } = fs.statSync(file);
  writeAtomic(file + suffix, fs.readFileSync(file), mode & 0o7777);
}
