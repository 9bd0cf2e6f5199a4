/**
 * Turns the paths on the command line into a list of jobs: files as given,
 * folders walked recursively for files with the chosen endings, `-` or
 * nothing for stdin.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RunSettings } from './settings.js';
import { UsageError } from './settings.js';

export type Job =
  | { kind: 'stdin'; display: '<stdin>' }
  | {
      kind: 'file';
      /** Absolute path. */
      path: string;
      /** As the user will recognise it in messages. */
      display: string;
      /** Path below --out-dir: relative to the folder it was found in, or the file's name. */
      relative: string;
    };

/**
 * Jobs, plus one message per path that could not be read at all (the run goes
 * on without it) or, unless `emptyFolderFails` is false, is a folder with
 * nothing to clean in it. A folder is walked without the --out-dir folder inside it:
 * `clean-ocr pages -o pages/clean` run twice must not clean its own output
 * again, nor refuse to write over it as over an input (plan.ts).
 */
export function collectJobs(
  settings: Pick<RunSettings, 'inputs' | 'extensions'> & Partial<Pick<RunSettings, 'outDir'>>,
  cwd: string,
  emptyFolderFails = true,
): { jobs: Job[]; failures: string[] } {
  const inputs = settings.inputs.length === 0 ? ['-'] : settings.inputs;
  const jobs: Job[] = [];
  const failures: string[] = [];
  const outDir = settings.outDir === undefined ? undefined : fileId(path.resolve(cwd, settings.outDir));
  for (const input of inputs) {
    if (input === '-') {
      jobs.push({ kind: 'stdin', display: '<stdin>' });
      continue;
    }
    const absolute = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      failures.push(`${input}: ${reason(error)}`);
      continue;
    }
    if (stat.isDirectory()) {
      const found = walk(absolute, settings.extensions, outDir);
      // A folder that holds nothing to clean is a mistake worth a word: a wrong folder, or files with other endings.
      if (found.length === 0 && emptyFolderFails) failures.push(`${input}: no files ending in ${settings.extensions.join(', ')} in this folder (--ext chooses others)`);
      for (const relative of found) {
        jobs.push({ kind: 'file', path: path.join(absolute, relative), display: path.join(input, relative), relative });
      }
    } else {
      jobs.push({ kind: 'file', path: absolute, display: input, relative: path.basename(absolute) });
    }
  }
  if (jobs.filter((job) => job.kind === 'stdin').length > 1) throw new UsageError('stdin (-) can be read only once');
  return { jobs, failures };
}

/** Relative paths of matching files below `root`, sorted, hidden entries and the folder `skip` (a fileId) skipped. */
function walk(root: string, extensions: readonly string[], skip: string | undefined): string[] {
  const found: string[] = [];
  const visit = (relative: string): void => {
    const entries = fs.readdirSync(path.join(root, relative), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue;
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) {
        if (skip === undefined || fileId(path.join(root, child)) !== skip) visit(child);
      } else if (entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext))) found.push(child);
    }
  };
  visit('');
  return found;
}

/** Device and inode of an existing file or folder (links followed), so that another path to it is the same; undefined for none. */
export function fileId(file: string): string | undefined {
  try {
    const stat = fs.statSync(file, { bigint: true });
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

/** A file system error as a short phrase: "no such file", "permission denied". */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const phrases: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a folder',
    ENOTDIR: 'not a folder',
    ENOSPC: 'no space left on device',
    EROFS: 'read-only file system',
  };
  if (code !== undefined && phrases[code] !== undefined) return phrases[code];
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
