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
  /** The ground-truth words, and for each the text's word aligned with it ('' where the text has none there). */
  groundTruthWords: readonly string[];
  alignedWords: readonly string[];
}

/** A ground-truth word the text had right before cleaning and wrong after. */
export interface DamagedWord {
  /** The word as the ground truth has it. */
  word: string;
  /** What the cleaned text has in its place ('' where it has nothing). */
  after: string;
  /** The ground truth around it, a few words each side, to find it on the page. */
  context: string;
}

/** Ground-truth words each side of a damaged word in its context. */
const CONTEXT_WORDS = 3;

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
    groundTruthWords: gtWords,
    alignedWords: wordAlignment.aligned,
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

function alignWords(gtWords: readonly string[], hypWords: readonly string[]): { distance: number; correct: Uint8Array; aligned: string[] } {
  const ids = new Map<string, number>();
  const id = (word: string): number => {
    let known = ids.get(word);
    if (known === undefined) ids.set(word, (known = ids.size));
    return known;
  };
  const { distance, ops } = align(gtWords.map(id), hypWords.map(id));
  const correct = new Uint8Array(gtWords.length);
  const aligned = new Array<string>(gtWords.length).fill('');
  let i = 0;
  let j = 0;
  for (const op of ops) {
    if (op === OP.match) correct[i] = 1;
    if (op === OP.match || op === OP.substitution) aligned[i] = hypWords[j]!;
    if (op !== OP.insertion) i++;
    if (op !== OP.deletion) j++;
  }
  return { distance, correct, aligned };
}

/**
 * Ground-truth words right before and wrong after (damaged, each with what
 * the cleaned text has instead), and the number wrong before and right after (fixed).
 * Example: compareWords(scoreText('für Menu', gt), scoreText('für Menü', gt)) with gt 'für Menu' →
 * damaged 1: { word: 'Menu', after: 'Menü', context: 'für Menu' }.
 */
export function compareWords(before: TextScore, after: TextScore): { damaged: number; fixed: number; damagedWords: DamagedWord[] } {
  const damagedWords: DamagedWord[] = [];
  let fixed = 0;
  const gt = after.groundTruthWords;
  for (let i = 0; i < before.correctWords.length; i++) {
    if (before.correctWords[i] && !after.correctWords[i]) {
      const context = gt.slice(Math.max(0, i - CONTEXT_WORDS), i + CONTEXT_WORDS + 1).join(' ');
      damagedWords.push({ word: gt[i]!, after: after.alignedWords[i]!, context });
    }
    if (!before.correctWords[i] && after.correctWords[i]) fixed++;
  }
  return { damaged: damagedWords.length, fixed, damagedWords };
}
