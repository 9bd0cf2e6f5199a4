/** What a run of the command line was asked to do, after argument parsing. */
import type { CleanOptions } from '../types.js';

export interface RunSettings {
  /** Files and folders; empty or `-` means stdin. */
  readonly inputs: readonly string[];
  readonly outDir?: string;
  readonly inPlace: boolean;
  readonly backupSuffix?: string;
  /** File name endings taken when walking folders, e.g. ['.txt']. */
  readonly extensions: readonly string[];
  readonly encoding?: string;
  /** Path of the JSON Lines change report; `-` for stderr. */
  readonly report?: string;
  /** Path of the HTML review report. */
  readonly html?: string;
  readonly diff: boolean;
  readonly stats: boolean;
  /** Change nothing; exit 1 when some input would change. */
  readonly check: boolean;
  readonly color: boolean;
  /** Input is JSON Lines; clean this field of each object (undefined: plain text). */
  readonly jsonl: boolean;
  readonly jsonlField?: string;
  /** With --jsonl: add each object's changes to it (--report without a file). */
  readonly jsonlChanges: boolean;
  /** Worker threads for a batch of files; 1 cleans on the main thread; undefined: as many as cores and input size warrant (run.ts). */
  readonly jobs?: number;
  /** The progress line on stderr: on a terminal (auto), always, or never. */
  readonly progress: 'auto' | 'always' | 'never';
  /** Go through the uncertain changes interactively before writing (review.ts). */
  readonly review: boolean;
  /** Where the review's "add to dictionary" appends. */
  readonly reviewDict?: string;
  readonly clean: Partial<CleanOptions>;
}

/** The process around a run, injectable for tests. */
export interface RunIo {
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly cwd: string;
}

/** A mistake in how clean-ocr was called (exit code 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const EXIT = Object.freeze({ ok: 0, failed: 1, usage: 2 });
