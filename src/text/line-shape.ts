/**
 * What a line looks like: list item, table row, code, the end of a sentence.
 * Noise, hyphenation and layout rules apply to running prose only; every
 * other line keeps its shape.
 *
 * Example: isListItem("* Äpfel") → true, isTabular("Name    Größe") → true.
 */

/** A bullet (`-`, `*`, `•`, `–`) or an enumerator (`1.`, `2)`, `a)`) followed by text. */
export function isListItem(text: string): boolean {
  return /^\s*(?:[-*•–]|\d{1,3}[.)]|[a-z]\))\s+\S/u.test(text);
}

/**
 * Columns aligned with spaces: a run of three or more spaces or a tab between
 * two cells, or two runs of two spaces. OCR of prose leaves at most one.
 */
export function isTabular(text: string): boolean {
  if (!text.includes('  ') && !text.includes('\t')) return false;
  const body = text.trim();
  return /\S(?: {3,}|\t)\S/.test(body) || (body.match(/\S {2}(?=\S)/g)?.length ?? 0) >= 2;
}

/**
 * A line of code or a command, whose every character matters: a shell
 * prompt, or a code sign (a path at the start, a variable, an assignment,
 * braces, pipes, backticks, markup) in a line that is not mostly words.
 * OCR reads `(7)` as `{7}` in prose too, and a sentence may name `/etc/motd`.
 */
export function isCodeLike(text: string): boolean {
  if (/^\s*[$#%>] /u.test(text)) return true;
  if (!/[/{}`\\$=()&|<]/.test(text)) return false;
  if (!/^\s*[~.]?\/\w|[{}`\\]|\$[\w{(]|\w=\S|\w\(\)|:=|&&|\|\||\s\|\s|<\/?\w+>/u.test(text)) return false;
  const tokens = text.trim().split(/\s+/);
  const words = tokens.filter((token) => /^[„"'(]?\p{L}+[-.,;:!?)"“']*$/u.test(token));
  return words.length < 0.7 * tokens.length;
}

/** Running text: no list item, table row or code. */
export function isProse(text: string): boolean {
  return !isListItem(text) && !isTabular(text) && !isCodeLike(text);
}

/** The line stops mid-sentence: it ends with a letter, digit, comma, semicolon or hyphen. */
export function hasOpenEnd(text: string): boolean {
  return /[\p{L}\d,;\-–]$/u.test(text.trimEnd());
}

/** The first letter, after any opening quote or bracket, is lowercase. */
export function startsLowercase(text: string): boolean {
  return /^\s*[„"‚'»«(-]*\p{Ll}/u.test(text);
}

/** The first letter, after any opening quote or bracket, is uppercase. */
export function startsUppercase(text: string): boolean {
  return /^\s*[„"‚'»«(]*\p{Lu}/u.test(text);
}
