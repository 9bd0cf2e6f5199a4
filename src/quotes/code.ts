/** Where quotation marks belong to code, not prose. */
import { isCodeLike } from '../text/line-shape.js';

/** `a = "x"`: a line of code (or an assignment) keeps its straight and English quotes. */
export function isInCode(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  return isCodeLike(line) || /\s==?\s|;\s*$/.test(line);
}

/** A command with its options (`"chktex -n1 -n3"`): code quoted in prose keeps its straight quotes; a lone option (`"-i"`) is a term. */
export function isCommandLine(quoted: string): boolean {
  return /^[\w./-]+(?:\s+--?\w[\w=-]*)+$/.test(quoted.trim());
}
