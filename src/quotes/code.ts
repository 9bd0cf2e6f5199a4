/** Where quotation marks belong to code, not prose. */
import { isCodeLike } from '../text/line-shape.js';

/**
 * `a = "x"`: a line of code (or an assignment) keeps its straight and English
 * quotes. The line is text[from, end); asked for each mark, so through
 * LineVerdicts, which reads each line once.
 */
export function isCodeLine(text: string, from: number, end: number): boolean {
  const line = text.slice(from, end);
  return isCodeLike(line) || /\s==?\s|;\s*$/.test(line);
}

/** A command with its options (`"chktex -n1 -n3"`): code quoted in prose keeps its straight quotes; a lone option (`"-i"`) is a term. */
export function isCommandLine(quoted: string): boolean {
  return /^[\w./-]+(?:\s+--?\w[\w=-]*)+$/.test(quoted.trim());
}
