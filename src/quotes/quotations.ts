/**
 * Where a text quotes someone: the spans between an opening and a closing
 * double quotation mark, as the quotes stage wrote them (`„…“`, `»…«`, or the
 * Swiss `«…»` where a text's first guillemet is `«`). A blank line ends a
 * quotation whose closing mark OCR lost. The umlaut stage asks it in texts
 * that narrate: dialogue is spoken in the present and the conditional
 * (`„Ich möchte nur wissen“`), the narration around it in the past tense.
 */
import { lastAtOrBefore } from '../text/sorted.js';

/** The marks and the blank lines that end a paragraph: all the constructor looks at. */
const MARK_OR_BREAK = /[„“«»]|\n[ \t]*\n/g;

export class Quotations {
  /** Start and end offsets of each quotation, in text order: [start0, end0, start1, end1, …]. */
  private readonly bounds: number[] = [];

  constructor(text: string) {
    const firstGuillemet = text.search(/[«»]/);
    const swiss = firstGuillemet !== -1 && text[firstGuillemet] === '«';
    const opens = swiss ? '„«' : '„»';
    let open = -1;
    for (const match of text.matchAll(MARK_OR_BREAK)) {
      const at = match.index;
      if (opens.includes(match[0])) {
        if (open === -1) open = at;
      } else if (open !== -1) {
        // A closing mark ends the quotation after it, a blank line before it.
        this.bounds.push(open, match[0].length === 1 ? at + 1 : at);
        open = -1;
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
