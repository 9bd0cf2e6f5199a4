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
  /** `path`: the file replaced, the input with its links followed (a symlink stays a link to the cleaned file). */
  | { kind: 'in-place'; path: string; backupSuffix?: string }
  | { kind: 'file'; path: string };

export function planOutputs(settings: RunSettings, jobs: readonly Job[], cwd: string): Output[] {
  // Each input is looked up once, and only where a written file could be one.
  let inputs: Map<string, string> | undefined;
  const inputsOnce = (): Map<string, string> => (inputs ??= inputsByFile(jobs));
  const outputs = outputsFor(settings, jobs, cwd, inputsOnce);
  refuseReportClashes(settings, jobs, outputs, cwd, inputsOnce);
  return outputs;
}

function outputsFor(settings: RunSettings, jobs: readonly Job[], cwd: string, inputsOnce: () => Map<string, string>): Output[] {
  if (settings.backupSuffix !== undefined && !settings.inPlace) throw new UsageError('--backup goes with --in-place');
  if (settings.inPlace && settings.outDir !== undefined) throw new UsageError('choose either --in-place or --out-dir');
  const writes = settings.inPlace || settings.outDir !== undefined;
  if (writes && (settings.check || settings.diff)) throw new UsageError('--check and --diff write nothing: leave out --in-place and --out-dir');
  if (settings.check || settings.diff) return jobs.map(() => ({ kind: 'none' }));

  if (settings.inPlace) {
    const files = jobs.flatMap((job) => (job.kind === 'file' ? [job] : []));
    if (files.length < jobs.length) throw new UsageError('--in-place needs files, not stdin');
    const outputs = files.map((job) => ({ kind: 'in-place' as const, path: linkTarget(job.path), backupSuffix: settings.backupSuffix }));
    refuseSharedTargets(files, outputs);
    if (settings.backupSuffix !== undefined) refuseExistingBackups(outputs, settings.backupSuffix, cwd);
    return outputs;
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
  const inputs = inputsOnce();
  const outputs = jobs.map((job): Output => {
    if (job.kind === 'stdin') throw new UsageError('stdin has no file name for --out-dir: redirect stdout instead');
    const target = path.join(outDir, job.relative);
    const id = fileId(target);
    const input = id === undefined ? undefined : inputs.get(id);
    if (input !== undefined) {
      const which = input === job.display ? 'the input' : `the input ${input}`;
      throw new UsageError(`${job.display}: output would overwrite ${which} (use --in-place to replace inputs)`);
    }
    return { kind: 'file', path: target };
  });
  refuseSharedTargets(jobs, outputs);
  return outputs;
}

/**
 * The change report (--report) and the review page (--html) are written
 * whole at the end of the run: one that named an input would replace it,
 * one that named an output (or the other report) would replace that.
 */
function refuseReportClashes(settings: RunSettings, jobs: readonly Job[], outputs: readonly Output[], cwd: string, inputsOnce: () => Map<string, string>): void {
  const written = new Map<string, string>();
  outputs.forEach((output, i) => {
    if (output.kind === 'file' || output.kind === 'in-place') written.set(output.path, `the output of ${jobs[i]!.display}`);
  });
  const reports = [
    ['--report', settings.report],
    ['--html', settings.html],
  ] as const;
  for (const [option, file] of reports) {
    if (file === undefined || file === '-') continue;
    const target = path.resolve(cwd, file);
    const id = fileId(target);
    const input = id === undefined ? undefined : inputsOnce().get(id);
    const clash = input !== undefined ? `the input ${input}` : written.get(target);
    if (clash !== undefined) throw new UsageError(`${option} ${file} would overwrite ${clash}`);
    written.set(target, `the ${option} file`);
  }
}

/**
 * Two inputs, one output file: the second would replace the first's result
 * (or, in place with --backup, back up the first's result over the original).
 */
function refuseSharedTargets(jobs: readonly Job[], outputs: readonly Output[]): void {
  const targets = new Map<string, string>();
  outputs.forEach((output, i) => {
    if (output.kind !== 'file' && output.kind !== 'in-place') return;
    const earlier = targets.get(output.path);
    if (earlier !== undefined) throw new UsageError(`${earlier} and ${jobs[i]!.display} would both be written to ${output.path}`);
    targets.set(output.path, jobs[i]!.display);
  });
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** The file a path names, its links followed; the path itself when it cannot be resolved (reading it will fail and say why). */
function linkTarget(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

/**
 * A backup is never replaced: run twice with the same suffix, the second run
 * would back up the once-cleaned text over the original, which would be gone.
 */
function refuseExistingBackups(outputs: readonly { path: string }[], suffix: string, cwd: string): void {
  for (const output of outputs) {
    const backup = output.path + suffix;
    if (fs.existsSync(backup)) {
      const display = path.relative(cwd, backup);
      throw new UsageError(`${display}: a backup exists already and is never replaced (move it away or choose another --backup suffix)`);
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
