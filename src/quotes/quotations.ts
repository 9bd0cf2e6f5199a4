/**
 * Where a text quotes someone: the spans between an opening and a closing
 * double quotation mark, as the quotes stage wrote them (`„…“`, `»…«`, or the
 * Swiss `«…»` where a text's first guillemet is `«`). A blank line ends a
 * quotation whose closing mark OCR lost. The umlaut stage asks it in texts
 * that narrate: dialogue is spoken in the present and the conditional
 * (`„Ich möchte nur wissen“`), the narration around it in the past tense.
 */
import { lastAtOrBefore } from '../text/sorted.js';

const PARAGRAPH_BREAK = /\n[ \t]*\n/y;

export class Quotations {
  /** Start and end offsets of each quotation, in text order: [start0, end0, start1, end1, …]. */
  private readonly bounds: number[] = [];

  constructor(text: string) {
    const firstGuillemet = text.search(/[«»]/);
    const swiss = firstGuillemet !== -1 && text[firstGuillemet] === '«';
    const opens = swiss ? '„«' : '„»';
    const closes = swiss ? '“»' : '“«';
    let open = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (opens.includes(c)) {
        if (open === -1) open = i;
      } else if (closes.includes(c)) {
        if (open !== -1) this.bounds.push(open, i + 1);
        open = -1;
      } else if (c === '\n' && open !== -1) {
        PARAGRAPH_BREAK.lastIndex = i;
        if (PARAGRAPH_BREAK.test(text)) {
          this.bounds.push(open, i);
          open = -1;
        }
      }
    }
    if (open !== -1) this.bounds.push(open, text.length);
  }

  /** Whether `offset` lies inside a quotation. Example: in `Er sagte: „Ich möchte.“`, the offset of möchte. */
  has(offset: number): boolean {
    const last = lastAtOrBefore(this.bounds, offset);
    // An even index is a quotation's start: the offset is at or after it and before its end.
    return last !== -1 && last % 2 === 0 && offset < this.bounds[last + 1]!;
  }
}
