/**
 * The neighbouring words as evidence between two real words that differ only
 * in umlauts (konnte/könnte, drucken/drücken): the lexicon accepts both and
 * frequencies cannot see the sentence, so the stage leaves such a twin as a
 * suggestion. Word-pair counts (lexicon/bigrams.ts) can: `es könnte sein`,
 * `die Taste drücken`. They only ever raise a suggestion, and only when the
 * neighbours favour the twin strongly; measured with scripts/context-eval.mjs
 * and bench:quality (tuned on the odd dev pages, checked on the even ones).
 */
import type { Bigrams } from '../lexicon/bigrams.js';
import type { Edit } from '../types.js';

/** Natural log-ratio by which the neighbours must favour the twin (e^1.5 ≈ 4.5 times as likely). */
const THRESHOLD = 1.5;
/** Only suggestions are raised: a confident edit needs no help, a weak one no rescue. */
const SUGGESTION = { min: 0.25, max: 0.5 };

/** The words of the text (at least two letters) in order, for finding an edit's neighbours. */
export interface WordSpans {
  starts: readonly number[];
  ends: readonly number[];
}

/** A real-word twin the stage proposes, and the index of its word in WordSpans. */
export interface TwinEdit {
  edit: Edit;
  index: number;
}

/**
 * Raises the confidence of each real-word twin (`umlaut-ambiguous`) between
 * SUGGESTION.min and .max whose neighbours — the words right before and after
 * it, as the stage's confident edits leave them — favour it by more than
 * THRESHOLD: its odds times e^score.
 * Example: 'Das konnte sein' in a text without umlauts: konnte → könnte rises above 0.5.
 */
export function weighNeighbours(
  text: string,
  edits: readonly Edit[],
  twins: readonly TwinEdit[],
  words: WordSpans,
  pairs: Pick<Bigrams, 'contextPreference'>,
): void {
  const corrected = new Map<number, string>();
  for (const edit of edits) if (edit.confidence >= SUGGESTION.max) corrected.set(edit.start, edit.after);
  const wordAt = (i: number): string => corrected.get(words.starts[i]!) ?? text.slice(words.starts[i], words.ends[i]);
  // Neighbours only across blanks: a comma or a full stop between two words breaks their pair.
  const joined = (left: number, right: number): boolean =>
    left >= 0 && right < words.starts.length && /^\s+$/.test(text.slice(words.ends[left], words.starts[right]));
  for (const { edit, index: i } of twins) {
    if (edit.confidence < SUGGESTION.min || edit.confidence >= SUGGESTION.max) continue;
    const before = joined(i - 1, i) ? wordAt(i - 1) : '';
    const after = joined(i, i + 1) ? wordAt(i + 1) : '';
    const score = pairs.contextPreference(before, after, edit.after, text.slice(edit.start, edit.end), { folded: true });
    if (score <= THRESHOLD) continue;
    const odds = (edit.confidence / (1 - edit.confidence)) * Math.exp(score);
    edit.confidence = odds / (1 + odds);
    edit.rule = 'umlaut-context';
  }
}
