/**
 * Pairs OCR pages with their ground truth by name: `page.txt` with
 * `page.txt` in another folder, or with suffixes, `001.eng.txt` with
 * `001.gt.txt` (both may then share a folder). Two single files pair directly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { collectJobs, reason } from '../app/inputs.js';
import { UsageError } from '../app/settings.js';

export interface PagePair {
  /** The page as the user will recognise it: the OCR path as given. */
  name: string;
  ocr: string;
  gt: string;
}

export interface PageNaming {
  ocrSuffix: string;
  gtSuffix: string;
}

/** Pairs, and the ground-truth pages that have no OCR page (named as the OCR file looked for). */
export function matchPages(ocr: string, gt: string, naming: PageNaming, cwd: string): { pairs: PagePair[]; missing: string[] } {
  const ocrPath = path.resolve(cwd, ocr);
  const gtPath = path.resolve(cwd, gt);
  const ocrIsFolder = isFolder(ocrPath, ocr);
  if (ocrIsFolder !== isFolder(gtPath, gt)) throw new UsageError('--ocr and --gt must both be files or both be folders');
  if (!ocrIsFolder) return { pairs: [{ name: ocr, ocr: ocrPath, gt: gtPath }], missing: [] };
  if (ocrPath === gtPath && naming.ocrSuffix === naming.gtSuffix) {
    throw new UsageError('OCR and ground truth in one folder need different endings: --ocr-suffix and --gt-suffix');
  }
  // A folder without ground truth gets eval's own message (run-eval.ts).
  const { jobs, failures } = collectJobs({ inputs: [gtPath], extensions: [naming.gtSuffix] }, cwd, false);
  if (failures.length > 0) throw new UsageError(failures.join('; '));
  const pairs: PagePair[] = [];
  const missing: string[] = [];
  for (const job of jobs) {
    if (job.kind !== 'file') continue;
    const relative = job.relative.slice(0, -naming.gtSuffix.length) + naming.ocrSuffix;
    const name = path.join(ocr, relative);
    if (fs.existsSync(path.join(ocrPath, relative))) pairs.push({ name, ocr: path.join(ocrPath, relative), gt: job.path });
    else missing.push(name);
  }
  return { pairs, missing };
}

function isFolder(file: string, display: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch (error) {
    throw new UsageError(`${display}: ${reason(error)}`);
  }
}
