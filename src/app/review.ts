/**
 * clean-ocr --review: cleans each file, asks about its uncertain changes
 * (review-session.ts), cleans it again with the answers as decisions and
 * writes the result where it belongs (atomically; stdout for a single file).
 * The answers come from stdin, so the inputs must be files; the questions go
 * to stderr, so the text on stdout stays clean. Words kept with "d" are
 * added to the dictionary file as protected (`!Kose`).
 */
import fs from 'node:fs';
import { cleanBytes } from '../clean.js';
import { InputError } from '../decode.js';
import { appendToDictionary } from './dictionary-file.js';
import { collectJobs, reason } from './inputs.js';
import { writeOutput } from './output-stream.js';
import { planOutputs } from './plan.js';
import { Answers, KEYS_HELP, reviewFile, type SessionMemory } from './review-session.js';
import { EXIT, UsageError, type RunIo, type RunSettings } from './settings.js';

export async function runReview(settings: RunSettings, io: RunIo): Promise<number> {
  if (settings.check || settings.diff || settings.jsonl) throw new UsageError('--review cannot be combined with --check, --diff or --jsonl');
  const { jobs, failures } = collectJobs(settings, io.cwd);
  if (jobs.some((job) => job.kind === 'stdin')) throw new UsageError('--review needs files: your answers are read from stdin');
  const outputs = planOutputs(settings, jobs, io.cwd);
  for (const failure of failures) io.stderr.write(`clean-ocr: ${failure}\n`);
  const answers = new Answers(io.stdin, io.stderr);
  const memory: SessionMemory = { acceptAll: new Set(), keep: new Set(), quit: false };
  const protectedWords = [...(settings.clean.protectedWords ?? [])];
  let failed = failures.length;
  io.stderr.write(`Reviewing the uncertain changes: ${KEYS_HELP}\n`);
  try {
    for (const [index, job] of jobs.entries()) {
      if (job.kind !== 'file') continue;
      try {
        const bytes = fs.readFileSync(job.path);
        const options = { ...settings.clean, protectedWords, encoding: settings.encoding };
        const first = cleanBytes(bytes, options);
        if (first.decoded.text === '') throw new InputError('empty input, nothing to clean');
        const outcome = await reviewFile(job.display, first.decoded.text, first.changes, answers, io.stderr, memory, settings.reviewDict !== undefined);
        for (const word of outcome.keep) {
          appendToDictionary(settings.reviewDict!, `!${word}`);
          protectedWords.push(word);
        }
        const final = outcome.decisions.length + outcome.keep.length === 0 ? first : cleanBytes(bytes, { ...options, decisions: outcome.decisions });
        io.stderr.write(`${job.display}: ${summary(outcome.decisions.map((decision) => decision.verdict))}, ${outcome.keep.length} kept for the dictionary\n`);
        const toStdout = writeOutput(outputs[index]!, Buffer.from(final.text, 'utf8'));
        if (toStdout !== undefined) io.stdout.write(toStdout);
      } catch (error) {
        if (!(error instanceof InputError) && typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
        io.stderr.write(`clean-ocr: ${job.display}: ${error instanceof InputError ? error.message : reason(error)}\n`);
        failed++;
      }
    }
  } finally {
    answers.close();
  }
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

function summary(verdicts: readonly unknown[]): string {
  const accepted = verdicts.filter((verdict) => verdict === 'accept').length;
  const rejected = verdicts.filter((verdict) => verdict === 'reject').length;
  return `${accepted} accepted, ${rejected} rejected, ${verdicts.length - accepted - rejected} edited`;
}
