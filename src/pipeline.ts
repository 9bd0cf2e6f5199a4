/**
 * Runs the stages over one text, then NFC once more. Each stage proposes edits against the text
 * it receives; edits at or above `minConfidence` are applied, the others are
 * kept as suggestions. Every edit's position is mapped back to the original
 * input so a change can be found where the user sees it.
 */
import { LineIndex } from './line-index.js';
import { OffsetMap } from './offset-map.js';
import { nfcStage } from './stages/nfc.js';
import type { Change, CleanOptions, CleanResult, Edit, Stage, StageContext } from './types.js';

export function runPipeline(
  input: string,
  stages: readonly Stage[],
  options: CleanOptions,
  data: Pick<StageContext, 'lexicon' | 'wordPairs'>,
): CleanResult {
  const context: StageContext = { options, ...data };
  const layers: OffsetMap[] = [];
  const changes: Change[] = [];
  let lines: LineIndex | undefined; // built at the first change: many texts need none
  let text = input;
  // The output is NFC whatever was skipped: a later stage that removes a character
  // between a letter and a combining mark would otherwise leave a decomposed pair.
  const passes = [...stages.filter((stage) => !options.skip.includes(stage.name)), nfcStage];
  for (const stage of passes) {
    const edits = normaliseEdits(text, stage.run(text, context));
    if (edits.length === 0) continue;
    const applied: Edit[] = [];
    for (const edit of edits) {
      const isApplied = edit.confidence >= options.minConfidence;
      if (isApplied) applied.push(edit);
      let offset = edit.start;
      for (let i = layers.length - 1; i >= 0; i--) offset = layers[i]!.toBefore(offset);
      const { line, column } = (lines ??= new LineIndex(input)).position(offset);
      changes.push({
        stage: stage.name,
        rule: edit.rule,
        line,
        column,
        offset,
        before: text.slice(edit.start, edit.end),
        after: edit.after,
        confidence: round(edit.confidence),
        applied: isApplied,
      });
    }
    if (applied.length === 0) continue;
    text = applyEdits(text, applied);
    layers.push(new OffsetMap(applied));
  }
  changes.sort((a, b) => a.offset - b.offset);
  return { text, changes };
}

/** Sorted, without no-ops; an edit overlapping an earlier one is a bug in its stage. */
function normaliseEdits(text: string, edits: Edit[]): Edit[] {
  const sorted = edits
    .filter((e) => text.slice(e.start, e.end) !== e.after)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.start < sorted[i - 1]!.end) {
      throw new Error(`overlapping edits from rule ${sorted[i]!.rule} at ${sorted[i]!.start}`);
    }
  }
  return sorted;
}

export function applyEdits(text: string, sortedEdits: readonly Edit[]): string {
  const parts: string[] = [];
  let last = 0;
  for (const edit of sortedEdits) {
    parts.push(text.slice(last, edit.start), edit.after);
    last = edit.end;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

function round(confidence: number): number {
  return Math.round(confidence * 1000) / 1000;
}
