/**
 * Atomic writes: the data goes to a temporary file in the target's own
 * folder, then is renamed over the target. An interrupted run leaves either
 * the old file or the new one, never a truncated one.
 */
import fs from 'node:fs';
import path from 'node:path';

/** A file being written under a temporary name; nothing is visible at the target before commit(). */
export interface AtomicFile {
  write(chunk: string | Uint8Array): void;
  /** Renames the file into place, with `mode` when given. */
  commit(mode?: number): void;
  /** Throws the partial file away. */
  abort(): void;
}

export function openAtomic(target: string): AtomicFile {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.clean-ocr-${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`,
  );
  const fd = fs.openSync(temporary, 'wx', 0o666);
  let open = true;
  const close = (): void => {
    if (open) fs.closeSync(fd);
    open = false;
  };
  return {
    write: (chunk) => fs.writeFileSync(fd, chunk),
    commit: (mode) => {
      // Replacing a file (--in-place, a rerun into the same --out-dir) must survive a power cut: flush
      // before the rename. A new file costs no data if lost, and a flush per page would make a batch
      // of small pages wait on the disk instead of the processors.
      if (fs.existsSync(target)) fs.fsyncSync(fd);
      close();
      if (mode !== undefined) fs.chmodSync(temporary, mode);
      fs.renameSync(temporary, target);
    },
    abort: () => {
      close();
      fs.rmSync(temporary, { force: true });
    },
  };
}

export function writeAtomic(target: string, data: string | Uint8Array, mode?: number): void {
  const file = openAtomic(target);
  try {
    file.write(data);
    file.commit(mode);
  } catch (error) {
    file.abort();
    throw error;
  }
}

/** Keeps a copy of `file` next to it (atomically) before it is replaced. */
export function backup(file: string, suffix: string): void {
  const { mode } = fs.statSync(file);
  writeAtomic(file + suffix, fs.readFileSync(file), mode & 0o7777);
}
