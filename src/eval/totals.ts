/**
 * Figures of one page or a whole collection, before and after cleaning, in a
 * form that adds up (micro-averages: total edits over total ground truth).
 */
import { ERROR_KINDS } from './kinds.js';
import { compareWords, emptyKinds, type DamagedWord, type KindCount, type TextScore } from './score.js';
import type { ErrorKind } from './kinds.js';

export interface Figures {
  charEdits: number;
  wordEdits: number;
  kinds: Record<ErrorKind, KindCount>;
}

export interface Evaluation {
  pages: number;
  gtChars: number;
  gtWords: number;
  before: Figures;
  after: Figures;
  /** Ground-truth words right in the OCR and wrong after cleaning… */
  damaged: number;
  /** …and which they are (of a collection: every page's, in page order). */
  damagedWords: DamagedWord[];
  /** Ground-truth words wrong in the OCR and right after cleaning. */
  fixed: number;
}

export function evaluatePage(before: TextScore, after: TextScore): Evaluation {
  return {
    pages: 1,
    gtChars: after.gtChars,
    gtWords: after.gtWords,
    before: figures(before),
    after: figures(after),
    ...compareWords(before, after),
  };
}

export function emptyEvaluation(): Evaluation {
  const none = (): Figures => ({ charEdits: 0, wordEdits: 0, kinds: emptyKinds() });
  return { pages: 0, gtChars: 0, gtWords: 0, before: none(), after: none(), damaged: 0, damagedWords: [], fixed: 0 };
}

/** Adds `page` into `total` (mutates and returns `total`). */
export function addEvaluation(total: Evaluation, page: Evaluation): Evaluation {
  for (const key of ['pages', 'gtChars', 'gtWords', 'damaged', 'fixed'] as const) total[key] += page[key];
  total.damagedWords.push(...page.damagedWords);
  for (const side of ['before', 'after'] as const) {
    total[side].charEdits += page[side].charEdits;
    total[side].wordEdits += page[side].wordEdits;
    for (const kind of ERROR_KINDS) {
      total[side].kinds[kind].edits += page[side].kinds[kind].edits;
      total[side].kinds[kind].spans += page[side].kinds[kind].spans;
    }
  }
  return total;
}

/** Character error rate of one side, 0..1 (can exceed 1 for a text much longer than its ground truth). */
export function cer(evaluation: Evaluation, side: 'before' | 'after'): number {
  return evaluation[side].charEdits / Math.max(1, evaluation.gtChars);
}

export function wer(evaluation: Evaluation, side: 'before' | 'after'): number {
  return evaluation[side].wordEdits / Math.max(1, evaluation.gtWords);
}

function figures(score: TextScore): Figures {
  return { charEdits: score.charEdits, wordEdits: score.wordEdits, kinds: score.kinds };
}
