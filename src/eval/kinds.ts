/**
 * The kind of an error span, from what the ground truth and the text have
 * there; the first kind that fits wins, in this order:
 *   umlaut  an ä ö ü Ä Ö Ü ß on either side (`fur` for `für`, `Strasse` for `Straße`)
 *   quote   a quotation mark or apostrophe on either side (`,,` for `„`)
 *   other   an en or em dash on either side: a dash confusion is not hyphenation
 *   hyphen  a hyphen, soft hyphen or space on either side (`Integrations- konferenz`, a split or joined word)
 *   other   everything else (`rn` for `m`)
 */
export const ERROR_KINDS = ['umlaut', 'quote', 'hyphen', 'other'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

const UMLAUT = /[äöüÄÖÜß]/;
const QUOTE = /[„“”‚‘’»«‹›"']/;
const DASH = /[–—]/;
const HYPHEN = /[-\u00ad ]/;

export function errorKind(gtSide: string, hypSide: string): ErrorKind {
  const either = (pattern: RegExp): boolean => pattern.test(gtSide) || pattern.test(hypSide);
  if (either(UMLAUT)) return 'umlaut';
  if (either(QUOTE)) return 'quote';
  if (either(DASH)) return 'other';
  if (either(HYPHEN)) return 'hyphen';
  return 'other';
}
