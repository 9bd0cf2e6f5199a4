/**
 * Runs the stages over one text. Each stage proposes edits against the text
 * it receives; edits at or above `minConfidence` are applied, the others are
 * kept as suggestions. Every edit's position is mapped back to the original
 * input so a change can be found where the user sees it.
 */
import { OffsetMap } from './offset-map.js';
import type { Change, CleanOptions, CleanResult, Edit, Stage, StageContext } from './types.js';
import type { Lexicon } from './lexicon/lexicon.js';

export function runPipeline(
  input: string,
  stages: readonly Stage[],
  options: CleanOptions,
  lexicon: () => Lexicon,
): CleanResult {
  const context: StageContext = { options, lexicon };
  const layers: OffsetMap[] = [];
  const changes: Change[] = [];
  const lines = new LineIndex(input);
  let text = input;
  for (const stage of stages) {
    if (options.skip.includes(stage.name)) continue;
    const edits = normaliseEdits(text, stage.run(text, context));
    if (edits.length === 0) continue;
    const applied: Edit[] = [];
    for (const edit of edits) {
      const isApplied = edit.confidence >= options.minConfidence;
      if (isApplied) applied.push(edit);
      let offset = edit.start;
      for (let i = layers.length - 1; i >= 0; i--) offset = layers[i]!.toBefore(offset);
      const { line, column } = lines.position(offset);
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

/** Offset → 1-based line and code-point column, by binary search over line starts. */
class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const lineText = this.text.slice(this.starts[lo], offset);
    return { line: lo + 1, column: [...lineText].length + 1 };
  }
}
