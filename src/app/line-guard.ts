/**
 * Refuses input with a line longer than the limit: OCR text has no megabyte
 * lines, minified data and binary files do. Fed piece by piece, so it works
 * on streams as on whole texts.
 */
import { InputError } from '../decode.js';

/** Longest input line accepted. */
export const MAX_LINE_LENGTH = 1 << 20;

export class LineGuard {
  private carried = 0;
  private line = 1;

  constructor(private readonly limit = MAX_LINE_LENGTH) {}

  feed(piece: string): void {
    let start = 0;
    for (let end = piece.indexOf('\n'); ; end = piece.indexOf('\n', start)) {
      const length = (end === -1 ? piece.length : end) - start + (start === 0 ? this.carried : 0);
      if (length > this.limit) throw new InputError(this.#tooLong(piece));
      if (end === -1) {
        this.carried = length;
        return;
      }
      this.line++;
      start = end + 1;
    }
  }

  /** Why the line is refused; a file whose lines end in CR alone (a classic Mac file) is one line of that size here. */
  #tooLong(piece: string): string {
    const why = `line ${this.line} is longer than ${this.limit} characters`;
    return /\r(?!\n)/.test(piece) ? `${why}: its lines end in CR alone (a classic Mac file); convert them first (tr '\\r' '\\n')` : `${why}: not OCR text`;
  }
}
