/**
 * `clean-ocr eval`: cleans each OCR page, scores the page before and after
 * against its ground truth, and prints the totals (text or JSON); with an
 * HTML file, also writes the review report with the figures added.
 */
import fs from 'node:fs';
import path from 'node:path';
import { reason } from '../app/inputs.js';
import { EXIT, UsageError, type RunIo } from '../app/settings.js';
import { Sink } from '../app/sink.js';
import { writeAtomic } from '../app/write.js';
import { cleanBytes, DEFAULT_OPTIONS } from '../clean.js';
import { decode, InputError } from '../decode.js';
import { renderReport, type ReviewedFile } from '../html/report.js';
import type { CleanOptions } from '../types.js';
import { evaluationJson, formatEvaluation, type PageResult } from './format.js';
import { matchPages, type PageNaming } from './pages.js';
import { scoreText } from './score.js';
import { addEvaluation, emptyEvaluation, evaluatePage } from './totals.js';

export interface EvalSettings {
  readonly ocr: string;
  readonly gt: string;
  readonly naming: PageNaming;
  readonly json: boolean;
  /** Also write the HTML review report here. */
  readonly html?: string;
  readonly encoding?: string;
  readonly clean: Partial<CleanOptions>;
}

export async function runEval(settings: EvalSettings, io: RunIo): Promise<number> {
  const { pairs, missing } = matchPages(settings.ocr, settings.gt, settings.naming, io.cwd);
  if (pairs.length === 0 && missing.length === 0) {
    throw new UsageError(`no ground-truth pages ending in ${settings.naming.gtSuffix} in ${settings.gt}`);
  }
  const stdout = new Sink(io.stdout);
  const stderr = new Sink(io.stderr);
  for (const name of missing) await stderr.write(`clean-ocr: ${name}: no such file (its ground truth exists); page left out\n`);
  let failed = missing.length;
  const total = emptyEvaluation();
  const pages: PageResult[] = [];
  const reviewed: ReviewedFile[] = [];
  for (const pair of pairs) {
    try {
      const result = cleanBytes(fs.readFileSync(pair.ocr), { ...settings.clean, encoding: settings.encoding });
      const groundTruth = decode(fs.readFileSync(pair.gt)).text;
      const evaluation = evaluatePage(scoreText(result.decoded.text, groundTruth), scoreText(result.text, groundTruth));
      addEvaluation(total, evaluation);
      pages.push({ name: pair.name, evaluation });
      if (settings.html !== undefined) {
        reviewed.push({ name: pair.name, input: result.decoded.text, output: result.text, changes: result.changes, evaluation });
      }
    } catch (error) {
      if (!(error instanceof InputError) && typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
      failed++;
      await stderr.write(`clean-ocr: ${pair.name}: ${error instanceof InputError ? error.message : reason(error)}\n`);
    }
  }
  await stdout.write(settings.json ? evaluationJson(total, pages, missing) : formatEvaluation(total, pages));
  if (settings.html !== undefined) {
    const minConfidence = settings.clean.minConfidence ?? DEFAULT_OPTIONS.minConfidence;
    writeAtomic(path.resolve(io.cwd, settings.html), renderReport({ files: reviewed, minConfidence, evaluation: total }));
  }
  return failed > 0 ? EXIT.failed : EXIT.ok;
}
