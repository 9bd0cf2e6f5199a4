/** The change report: one JSON object per line, one line per change, for scripts and review tools. */
import type { Change } from '../types.js';

export function reportLines(file: string, changes: readonly Change[]): string {
  let out = '';
  for (const change of changes) {
    out +=
      JSON.stringify({
        file,
        line: change.line,
        column: change.column,
        stage: change.stage,
        rule: change.rule,
        before: change.before,
        after: change.after,
        confidence: change.confidence,
        applied: change.applied,
      }) + '\n';
  }
  return out;
}

/** One line per file for --stats: changes by stage, and the suggestions left for review. */
export function statsLine(file: string, changes: readonly Change[]): string {
  const byStage = new Map<string, number>();
  let suggestions = 0;
  for (const change of changes) {
    if (!change.applied) suggestions++;
    else byStage.set(change.stage, (byStage.get(change.stage) ?? 0) + 1);
  }
  const applied = changes.length - suggestions;
  const detail = [...byStage].map(([stage, count]) => `${stage} ${count}`).join(', ');
  return `${file}: ${plural(applied, 'change')}${detail ? ` (${detail})` : ''}, ${plural(suggestions, 'suggestion')}`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
