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

/** Folders this thread has made or found: a batch writes many files into few folders, and each mkdir is a system call. */
const knownFolders = new Set<string>();

/** What names this process's temporary files (worker threads share the pid): `.NAME.clean-ocr-PID-RANDOM.tmp`. */
const TEMPORARY_MARK = `.clean-ocr-${process.pid}-`;

export function openAtomic(target: string): AtomicFile {
  const folder = path.dirname(target);
  const temporary = path.join(folder, `.${path.basename(target)}${TEMPORARY_MARK}${Math.random().toString(36).slice(2, 8)}.tmp`);
  const fd = openInFolder(temporary, folder);
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

/** Opens a new file, making its folder first unless this thread already has (again if it has gone since). */
function openInFolder(file: string, folder: string): number {
  if (knownFolders.has(folder)) {
    try {
      return fs.openSync(file, 'wx', 0o666);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      knownFolders.delete(folder);
    }
  }
  fs.mkdirSync(folder, { recursive: true });
  knownFolders.add(folder);
  return fs.openSync(file, 'wx', 0o666);
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

const INTERRUPTS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Until the returned function is called: when the process is interrupted
 * (Ctrl-C, kill, a closed terminal), this process's temporary files in
 * `folders` are removed — an interrupted batch leaves no hidden half-written
 * copies in the user's folders — and the process then dies of the same
 * signal, as it would have (the shell sees 130 for Ctrl-C). The files of
 * worker threads are found by name: they write under the same pid.
 */
export function removeTemporariesOnInterrupt(folders: ReadonlySet<string>): () => void {
  if (folders.size === 0) return () => {};
  const onSignal = (signal: NodeJS.Signals): void => {
    release();
    for (const folder of folders) {
      let names: string[];
      try {
        names = fs.readdirSync(folder);
      } catch {
        continue; // not made yet
      }
      for (const name of names) if (name.includes(TEMPORARY_MARK) && name.endsWith('.tmp')) fs.rmSync(path.join(folder, name), { force: true });
    }
    // With no listener left, Node restores the signal's default action.
    process.kill(process.pid, signal);
  };
  const release = (): void => {
    for (const signal of INTERRUPTS) process.removeListener(signal, onSignal);
  };
  for (const signal of INTERRUPTS) process.on(signal, onSignal);
  return release;
}
