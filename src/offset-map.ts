/**
 * Maps offsets in a text after a set of edits back to offsets before them.
 * An offset inside a replacement maps to the start of what it replaced.
 */
import { lastAtOrBefore } from './text/sorted.js';
import type { Edit } from './types.js';

export class OffsetMap {
  /** For each edit: where it starts after editing, where it started before, and their lengths. */
  private readonly afterStarts: number[] = [];
  private readonly beforeStarts: number[] = [];
  private readonly afterEnds: number[] = [];
  private readonly beforeEnds: number[] = [];

  constructor(sortedEdits: readonly Edit[]) {
    let delta = 0;
    for (const edit of sortedEdits) {
      this.beforeStarts.push(edit.start);
      this.beforeEnds.push(edit.end);
      this.afterStarts.push(edit.start + delta);
      delta += edit.after.length - (edit.end - edit.start);
      this.afterEnds.push(edit.end + delta);
    }
  }

  toBefore(offset: number): number {
    const found = lastAtOrBefore(this.afterStarts, offset);
    if (found === -1) return offset;
    if (offset < this.afterEnds[found]!) return this.beforeStarts[found]!;
    return offset - this.afterEnds[found]! + this.beforeEnds[found]!;
  }
}
