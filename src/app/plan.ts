/**
 * Decides, before anything is read, where each result goes, and refuses the
 * combinations that would lose data or mix documents: several inputs to
 * stdout, an output file that is its own input, two inputs to one output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileId, type Job } from './inputs.js';
import { UsageError, type RunSettings } from './settings.js';

export type Output =
  | { kind: 'none' }
  | { kind: 'stdout' }
  | { kind: 'in-place'; backupSuffix?: string }
  | { kind: 'file'; path: string };

export function planOutputs(settings: RunSettings, jobs: readonly Job[], cwd: string): Output[] {
  if (settings.backupSuffix !== undefined && !settings.inPlace) throw new UsageError('--backup goes with --in-place');
  if (settings.inPlace && settings.outDir !== undefined) throw new UsageError('choose either --in-place or --out-dir');
  const writes = settings.inPlace || settings.outDir !== undefined;
  if (writes && (settings.check || settings.diff)) throw new UsageError('--check and --diff write nothing: leave out --in-place and --out-dir');
  if (settings.check || settings.diff) return jobs.map(() => ({ kind: 'none' }));

  if (settings.inPlace) {
    if (jobs.some((job) => job.kind === 'stdin')) throw new UsageError('--in-place needs files, not stdin');
    if (settings.backupSuffix !== undefined) refuseExistingBackups(jobs, settings.backupSuffix);
    return jobs.map(() => ({ kind: 'in-place', backupSuffix: settings.backupSuffix }));
  }
  if (settings.outDir === undefined) {
    const folderGiven = settings.inputs.some((input) => input !== '-' && isFolder(path.resolve(cwd, input)));
    if (jobs.length > 1 || folderGiven) {
      throw new UsageError('several inputs cannot go to stdout: use --out-dir DIR or --in-place');
    }
    return jobs.map(() => ({ kind: 'stdout' }));
  }

  const outDir = path.resolve(cwd, settings.outDir);
  if (fs.existsSync(outDir) && !isFolder(outDir)) throw new UsageError(`--out-dir ${settings.outDir} is a file, not a folder`);
  const targets = new Map<string, string>();
  const inputs = inputsByFile(jobs);
  return jobs.map((job) => {
    if (job.kind === 'stdin') throw new UsageError('stdin has no file name for --out-dir: redirect stdout instead');
    const target = path.join(outDir, job.relative);
    const id = fileId(target);
    const input = id === undefined ? undefined : inputs.get(id);
    if (input !== undefined) {
      const which = input === job.display ? 'the input' : `the input ${input}`;
      throw new UsageError(`${job.display}: output would overwrite ${which} (use --in-place to replace inputs)`);
    }
    const earlier = targets.get(target);
    if (earlier !== undefined) throw new UsageError(`${earlier} and ${job.display} would both be written to ${target}`);
    targets.set(target, job.display);
    return { kind: 'file', path: target };
  });
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/**
 * A backup is never replaced: run twice with the same suffix, the second run
 * would back up the once-cleaned text over the original, which would be gone.
 */
function refuseExistingBackups(jobs: readonly Job[], suffix: string): void {
  for (const job of jobs) {
    if (job.kind === 'file' && fs.existsSync(job.path + suffix)) {
      throw new UsageError(`${job.display}: its backup ${job.display}${suffix} exists already and is never replaced (move it away or choose another --backup suffix)`);
    }
  }
}

/**
 * The inputs by the file they are (device and inode), so that no output can
 * replace one: not its own input (`-o .`, a symlinked folder), nor another
 * one (`clean-ocr *.txt done/*.txt -o done` would write a.txt over done/a.txt,
 * an input too), nor one reached through a link or another spelling of its
 * name on a case-insensitive disk.
 */
function inputsByFile(jobs: readonly Job[]): Map<string, string> {
  const inputs = new Map<string, string>();
  for (const job of jobs) {
    if (job.kind !== 'file') continue;
    const id = fileId(job.path);
    if (id !== undefined && !inputs.has(id)) inputs.set(id, job.display);
  }
  return inputs;
}
