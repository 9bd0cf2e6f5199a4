import { codePointLength, hasSurrogates } from './text/chars.js';
import { lastAtOrBefore } from './text/sorted.js';

/** Offset → 1-based line and code-point column, by binary search over the line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** Without surrogate pairs (almost every text) a column is a plain offset difference: no slice, no scan per change. */
  private readonly hasSurrogates: boolean;

  constructor(private readonly text: string) {
    this.hasSurrogates = hasSurrogates(text);
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    // The first line starts at 0: every offset finds a line.
    const lo = Math.max(0, lastAtOrBefore(this.starts, offset));
    const start = this.starts[lo]!;
    const column = this.hasSurrogates ? codePointLength(this.text.slice(start, offset)) : offset - start;
    return { line: lo + 1, column: column + 1 };
  }
}
