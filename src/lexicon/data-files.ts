/**
 * The bytes of the compiled data files (the lexicon, the word pairs). The
 * worker threads of a batch read them from memory the main thread shares
 * with them (a SharedArrayBuffer each), so N workers hold one copy of the
 * few MB instead of N: the files are only ever read, never written.
 * Example: useSharedDataFiles(shareDataFiles([file])) on the main thread,
 * or in a worker given the record; readDataFile(file) then reads no disk.
 */
import fs from 'node:fs';
import v8 from 'node:v8';

/** File path → its bytes in shared memory; crosses to a worker in workerData without a copy. */
export type SharedDataFiles = Readonly<Record<string, SharedArrayBuffer>>;

const sharedFiles = new Map<string, Uint8Array>();

/** The bytes of `file`: the shared copy when this thread was given one, else read from disk. */
export function readDataFile(file: string): Uint8Array {
  return sharedFiles.get(file) ?? fs.readFileSync(file);
}

/**
 * Reads each file into shared memory. A file that cannot be read is left
 * out: a worker then reads it itself and fails on it as a run without
 * workers would, with the same message.
 */
export function shareDataFiles(files: readonly string[]): SharedDataFiles {
  const shared: Record<string, SharedArrayBuffer> = {};
  for (const file of files) {
    try {
      shared[file] = readIntoSharedMemory(file);
    } catch {
      // Reported by the worker that needs the file.
    }
  }
  return shared;
}

/** Makes readDataFile answer from the shared copies (in the thread that received them). */
export function useSharedDataFiles(files: SharedDataFiles): void {
  for (const [file, memory] of Object.entries(files)) sharedFiles.set(file, new Uint8Array(memory));
}

function readIntoSharedMemory(file: string): SharedArrayBuffer {
  const fd = fs.openSync(file, 'r');
  try {
    const memory = new SharedArrayBuffer(fs.fstatSync(fd).size);
    const bytes = new Uint8Array(memory);
    for (let at = 0; at < bytes.length; ) {
      const read = fs.readSync(fd, bytes, at, bytes.length - at, at);
      if (read === 0) throw new Error(`${file}: shorter than its size`);
      at += read;
    }
    return memory;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * An object that reads a data file's bytes in place (the lexicon, the word
 * pairs), able to let go of them and take them again. The start-up snapshot
 * (src/bundle/snapshot.ts) saves the heap without those bytes and reads the
 * files when it is restored: 3 MB in the snapshot cost 8 ms more to restore
 * than reading them from the file (hyperfine, 60 runs each).
 */
export interface DataFileHolder {
  readonly file: string;
  release(): void;
  rebind(bytes: Uint8Array): void;
}

const holders: DataFileHolder[] = [];

/** Registers `holder` while a start-up snapshot is being built; otherwise (the library, a run) nothing is kept. */
export function leaveOutOfSnapshot(holder: DataFileHolder): void {
  if (v8.startupSnapshot.isBuildingSnapshot()) holders.push(holder);
}

/** Before the snapshot is saved: every holder lets go of its bytes, which are then no longer part of the heap. */
export function releaseDataFiles(): void {
  for (const holder of holders) holder.release();
}

/** When the snapshot is restored: every holder reads its file again (the launcher has checked it is the one the snapshot was made with). */
export function rebindDataFiles(): void {
  for (const holder of holders) holder.rebind(readDataFile(holder.file));
}

/** What a holder keeps while its bytes are released: any use is a bug, and says so. */
export function releasedData<T extends object>(what: string): T {
  return new Proxy({} as T, {
    get() {
      throw new Error(`${what}: its data file was released for the start-up snapshot and not read again`);
    },
  });
}
