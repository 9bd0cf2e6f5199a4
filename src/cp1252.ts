/**
 * Windows-1252, written out: Node 20's TextDecoder('windows-1252') decodes
 * bytes 0x80–0x9F as Latin-1 control codes instead of €, „, “, Ÿ ….
 */

/** Bytes 0x80–0x9F; the five undefined bytes map to the C1 control of the same value, as WHATWG does. */
const HIGH_CONTROL_RANGE =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** The character each byte decodes to. */
export const CP1252_CHARS: readonly string[] = Array.from({ length: 256 }, (_, byte) =>
  byte >= 0x80 && byte < 0xa0 ? HIGH_CONTROL_RANGE[byte - 0x80]! : String.fromCharCode(byte),
);

export function decodeCp1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    let chunk = '';
    for (const byte of bytes.subarray(i, i + CHUNK)) chunk += CP1252_CHARS[byte];
    parts.push(chunk);
  }
  return parts.join('');
}
