/**
 * The figures of a review report, counted once on the Node side: changes by
 * stage and rule, the most frequent corrections, and the confidence histogram.
 */
import type { Change } from '../types.js';

export interface RuleCount {
  stage: string;
  rule: string;
  made: number;
  suggested: number;
}

export interface Correction {
  before: string;
  after: string;
  rule: string;
  made: number;
  suggested: number;
}

export interface Summary {
  files: number;
  words: number;
  made: number;
  suggested: number;
  rules: RuleCount[];
  corrections: Correction[];
  /** Changes per tenth of confidence, [0, 0.1) … [0.9, 1.0]: made and suggested. */
  histogram: { made: number; suggested: number }[];
}

const WORD = /[\p{L}\p{N}]+/gu;
export const HISTOGRAM_BINS = 10;

export function summarize(files: readonly { input: string; changes: readonly Change[] }[]): Summary {
  const rules = new Map<string, RuleCount>();
  const corrections = new Map<string, Correction>();
  const histogram = Array.from({ length: HISTOGRAM_BINS }, () => ({ made: 0, suggested: 0 }));
  let words = 0;
  let made = 0;
  for (const file of files) {
    words += file.input.match(WORD)?.length ?? 0;
    for (const change of file.changes) {
      const side = change.applied ? 'made' : 'suggested';
      if (change.applied) made++;
      const ruleKey = `${change.stage}\u0000${change.rule}`;
      const rule = rules.get(ruleKey) ?? { stage: change.stage, rule: change.rule, made: 0, suggested: 0 };
      rules.set(ruleKey, rule);
      rule[side]++;
      const correctionKey = `${change.before}\u0000${change.after}\u0000${change.rule}`;
      const correction = corrections.get(correctionKey) ?? { before: change.before, after: change.after, rule: change.rule, made: 0, suggested: 0 };
      corrections.set(correctionKey, correction);
      correction[side]++;
      histogram[confidenceBin(change.confidence)]![side]++;
    }
  }
  const total = (count: { made: number; suggested: number }): number => count.made + count.suggested;
  const changes = files.reduce((sum, file) => sum + file.changes.length, 0);
  return {
    files: files.length,
    words,
    made,
    suggested: changes - made,
    rules: [...rules.values()].sort((a, b) => total(b) - total(a) || a.stage.localeCompare(b.stage) || a.rule.localeCompare(b.rule)),
    corrections: [...corrections.values()].sort((a, b) => total(b) - total(a) || a.before.localeCompare(b.before)),
    histogram,
  };
}

/** 0.95 → bin 9; 1.0 belongs to the last bin. */
function confidenceBin(confidence: number): number {
  return Math.min(HISTOGRAM_BINS - 1, Math.max(0, Math.floor(confidence * HISTOGRAM_BINS)));
}
