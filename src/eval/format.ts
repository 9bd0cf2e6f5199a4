/** The evaluation as a person reads it on a terminal, and as JSON for scripts. */
import { ERROR_KINDS, type ErrorKind } from './kinds.js';
import { cer, wer, type Evaluation } from './totals.js';

const KIND_LABELS: Record<ErrorKind, string> = { umlaut: 'umlaut/ß', quote: 'quotes', hyphen: 'hyphenation', other: 'other' };

/** Damaged words listed on the terminal; --json lists them all. */
const MAX_LISTED_DAMAGE = 50;

export function formatEvaluation(total: Evaluation, pages: readonly PageResult[]): string {
  const row = (label: string, before: string, after: string): string => `${label.padEnd(14)}${before.padStart(10)}${after.padStart(10)}`;
  return [
    `${total.pages} pages, ${total.gtChars} ground-truth characters, ${total.gtWords} words`,
    '',
    row('', 'before', 'after'),
    row('CER', percent(cer(total, 'before')), percent(cer(total, 'after'))),
    row('WER', percent(wer(total, 'before')), percent(wer(total, 'after'))),
    '',
    'errors left by kind (character edits)',
    ...ERROR_KINDS.map((kind) => row(KIND_LABELS[kind], String(total.before.kinds[kind].edits), String(total.after.kinds[kind].edits))),
    '',
    `words fixed ${total.fixed} (wrong before, right after), damaged ${total.damaged} (right before, wrong after)`,
    '',
    ...damageList(pages),
  ].join('\n');
}

/** Each damaged word with its page, what it became and where it stands: what to look at first. */
function damageList(pages: readonly PageResult[]): string[] {
  const lines = pages.flatMap(({ name, evaluation }) =>
    evaluation.damagedWords.map(({ word, after, context }) => `  ${name}: ${word} → ${shownAfter(after)}   … ${context} …`),
  );
  if (lines.length === 0) return [];
  const more = lines.length - MAX_LISTED_DAMAGE;
  return ['damaged words (ground truth → cleaned):', ...lines.slice(0, MAX_LISTED_DAMAGE), ...(more > 0 ? [`  … and ${more} more (--json lists them all)`] : []), ''];
}

/** What a damaged word became, as the reports show it: `(missing)` where the cleaned text has no word there. */
export function shownAfter(after: string): string {
  return after === '' ? '(missing)' : after;
}

export interface PageResult {
  name: string;
  evaluation: Evaluation;
}

/** Totals with rates, then each page; counts are exact, rates rounded to 5 digits. */
export function evaluationJson(total: Evaluation, pages: readonly PageResult[], missing: readonly string[]): string {
  const withRates = (evaluation: Evaluation) => ({
    ...evaluation,
    before: { cer: round(cer(evaluation, 'before')), wer: round(wer(evaluation, 'before')), ...evaluation.before },
    after: { cer: round(cer(evaluation, 'after')), wer: round(wer(evaluation, 'after')), ...evaluation.after },
  });
  return JSON.stringify({ ...withRates(total), missing, files: pages.map((page) => ({ name: page.name, ...withRates(page.evaluation) })) }) + '\n';
}

/** A rate as the reports print it: 0.01234 → `1.23 %`. */
export function percent(x: number): string {
  return `${(100 * x).toFixed(2)} %`;
}

function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
