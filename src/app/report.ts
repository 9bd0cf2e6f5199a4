/** The change report: one JSON object per line, one line per change, for scripts and review tools. */
import type { Change } from '../types.js';
import { openAtomic, type AtomicFile } from './write.js';

/**
 * Writes the report as the changes come (it can outgrow memory on a large
 * batch): to stderr for `-`, else to a temporary file renamed into place at
 * the end, so a report file is never half-written.
 */
export class ReportWriter {
  private readonly file?: AtomicFile;

  constructor(
    target: string,
    private readonly stderr: NodeJS.WritableStream,
  ) {
    if (target !== '-') this.file = openAtomic(target);
  }

  write(file: string, changes: readonly Change[]): void {
    const lines = reportLines(file, changes);
    if (lines === '') return;
    if (this.file === undefined) this.stderr.write(lines);
    else this.file.write(lines);
  }

  close(): void {
    this.file?.commit();
  }
}

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

/** Counts changes by stage as they come, for the --stats line of one file. */
export class ChangeTally {
  applied = 0;
  suggestions = 0;
  private readonly byStage = new Map<string, number>();

  add(changes: readonly Change[]): void {
    for (const change of changes) {
      if (!change.applied) this.suggestions++;
      else {
        this.applied++;
        this.byStage.set(change.stage, (this.byStage.get(change.stage) ?? 0) + 1);
      }
    }
  }

  statsLine(file: string): string {
    const detail = [...this.byStage].map(([stage, count]) => `${stage} ${count}`).join(', ');
    return `${file}: ${plural(this.applied, 'change')}${detail ? ` (${detail})` : ''}, ${plural(this.suggestions, 'suggestion')}`;
  }
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
