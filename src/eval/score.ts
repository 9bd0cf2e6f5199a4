/**
 * Scores a text against its ground truth: character and word edit distance,
 * the character errors sorted by kind, and which ground-truth words came out
 * right. Both texts are compared in NFC with every whitespace run collapsed
 * to one space, so a reflowed page equals its line-wrapped original while a
 * hyphen left inside a word or a missing space still counts.
 */
import { errorKind, type ErrorKind, ERROR_KINDS } from './kinds.js';
import { align, codePoints, OP } from './levenshtein.js';

export interface KindCount {
  /** Character edits in spans of this kind. */
  edits: number;
  /** Runs of consecutive edits. */
  spans: number;
}

export interface TextScore {
  gtChars: number;
  charEdits: number;
  gtWords: number;
  wordEdits: number;
  kinds: Record<ErrorKind, KindCount>;
  /** 1 for each ground-truth word the text has right (aligned to an equal word). */
  correctWords: Uint8Array;
}

/** NFC, whitespace runs as one space, no space at either end. */
export function normalizeForScoring(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export function words(normalized: string): string[] {
  return normalized === '' ? [] : normalized.split(' ');
}

export function emptyKinds(): Record<ErrorKind, KindCount> {
  return Object.fromEntries(ERROR_KINDS.map((kind) => [kind, { edits: 0, spans: 0 }])) as Record<ErrorKind, KindCount>;
}

export function scoreText(text: string, groundTruth: string): TextScore {
  const gt = normalizeForScoring(groundTruth);
  const hyp = normalizeForScoring(text);
  const gtChars = Array.from(gt);
  const hypChars = Array.from(hyp);
  const { distance, ops } = align(codePoints(gt), codePoints(hyp));
  const gtWords = words(gt);
  const wordAlignment = alignWords(gtWords, words(hyp));
  return {
    gtChars: gtChars.length,
    charEdits: distance,
    gtWords: gtWords.length,
    wordEdits: wordAlignment.distance,
    kinds: countKinds(ops, gtChars, hypChars),
    correctWords: wordAlignment.correct,
  };
}

/**
 * Groups consecutive edits into spans (what the ground truth has there, what
 * the text has) and counts each span's edits under its kind.
 */
function countKinds(ops: Uint8Array, gt: readonly string[], hyp: readonly string[]): Record<ErrorKind, KindCount> {
  const kinds = emptyKinds();
  let i = 0;
  let j = 0;
  let k = 0;
  while (k < ops.length) {
    if (ops[k] === OP.match) {
      i++;
      j++;
      k++;
      continue;
    }
    let gtSide = '';
    let hypSide = '';
    const start = k;
    for (; k < ops.length && ops[k] !== OP.match; k++) {
      const op = ops[k];
      if (op !== OP.insertion) gtSide += gt[i++];
      if (op !== OP.deletion) hypSide += hyp[j++];
    }
    const count = kinds[errorKind(gtSide, hypSide)];
    count.edits += k - start;
    count.spans++;
  }
  return kinds;
}

function alignWords(gtWords: readonly string[], hypWords: readonly string[]): { distance: number; correct: Uint8Array } {
  const ids = new Map<string, number>();
  const id = (word: string): number => {
    let known = ids.get(word);
    if (known === undefined) ids.set(word, (known = ids.size));
    return known;
  };
  const { distance, ops } = align(gtWords.map(id), hypWords.map(id));
  const correct = new Uint8Array(gtWords.length);
  let i = 0;
  for (const op of ops) {
    if (op === OP.match) correct[i] = 1;
    if (op !== OP.insertion) i++;
  }
  return { distance, correct };
}

/** Ground-truth words right before and wrong after (damaged), and the reverse (fixed). */
export function compareWords(before: TextScore, after: TextScore): { damaged: number; fixed: number } {
  let damaged = 0;
  let fixed = 0;
  for (let i = 0; i < before.correctWords.length; i++) {
    if (before.correctWords[i] && !after.correctWords[i]) damaged++;
    if (!before.correctWords[i] && after.correctWords[i]) fixed++;
  }
  return { damaged, fixed };
}
