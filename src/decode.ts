/**
 * Bytes → text. OCR exports come as UTF-8 (with or without BOM), UTF-16 with
 * BOM, or, from older tools, Windows-1252. Binary files are refused, never
 * "cleaned".
 */

export interface Decoded {
  text: string;
  /** The encoding the bytes were read as (WHATWG name). */
  encoding: string;
  /** Set when the bytes were not what was expected, for a notice on stderr. */
  notice?: string;
}

/** Input that cannot be cleaned: binary content, an unknown encoding. The message is one line. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

import { decodeCp1252 } from './cp1252.js';

const CP1252_NOTICE = 'not valid UTF-8, read as Windows-1252 (use --encoding to choose another)';

const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

export function decode(bytes: Uint8Array, forcedEncoding?: string): Decoded {
  if (forcedEncoding !== undefined) return { text: refuseNulCharacters(decodeAs(bytes, forcedEncoding)), encoding: normaliseName(forcedEncoding) };
  refuseUtf32(bytes);
  for (const bom of BOMS) {
    if (bom.bytes.every((byte, i) => bytes[i] === byte)) {
      return { text: refuseNulCharacters(decodeAs(bytes.subarray(bom.bytes.length), bom.encoding)), encoding: bom.encoding };
    }
  }
  refuseBinary(bytes);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return {
      text: decodeCp1252(bytes),
      encoding: 'windows-1252',
      notice: CP1252_NOTICE,
    };
  }
}

function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (normaliseName(encoding) === 'windows-1252') return decodeCp1252(bytes);
  const decoder = new TextDecoder(normaliseName(encoding), { fatal: true });
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(`not valid ${decoder.encoding}`);
  }
}

function normaliseName(encoding: string): string {
  try {
    return new TextDecoder(encoding).encoding;
  } catch {
    throw new InputError(`unknown encoding "${encoding}"`);
  }
}

/**
 * UTF-32 starts with FF FE 00 00 or 00 00 FE FF; read as UTF-16 (FF FE) it
 * would come out as text with a NUL after every letter. No OCR tool writes
 * it by default, and TextDecoder cannot read it: say what it is.
 */
function refuseUtf32(bytes: Uint8Array): void {
  const head = Array.from(bytes.subarray(0, 4)).join(' ');
  if (head === '255 254 0 0' || head === '0 0 254 255') {
    throw new InputError('UTF-32 text, which clean-ocr does not read: convert it to UTF-8 first (iconv -f UTF-32 -t UTF-8)');
  }
}

/**
 * Text read through a BOM or a chosen encoding skips the byte test of
 * refuseBinary, so the same test on its characters: no text has a NUL.
 */
function refuseNulCharacters(text: string): string {
  if (text.includes('\0')) throw new InputError('binary content (NUL characters), not a text file');
  return text;
}

/** How many of the first bytes are looked at to tell text from binary. */
const SNIFF_BYTES = 64 * 1024;

/**
 * NUL bytes never occur in 8-bit text; other C0 controls (but tab, LF, CR,
 * form feed, escape) are rare. Text with many of either is not text.
 */
function refuseBinary(bytes: Uint8Array): void {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let nul = 0;
  let evenNul = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i]!;
    if (byte === 0) {
      nul++;
      if (i % 2 === 0) evenNul++;
    } else if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) control++;
  }
  if (nul > 0) {
    const looksUtf16 = nul > sample.length / 4 && (evenNul === nul || evenNul === 0);
    throw new InputError(
      looksUtf16
        ? `binary content (NUL bytes); looks like UTF-16 without a BOM: use --encoding ${evenNul === 0 ? 'utf-16le' : 'utf-16be'}`
        : 'binary content (NUL bytes), not a text file',
    );
  }
  if (control > 8 && control > sample.length / 100) throw new InputError('binary content (control bytes), not a text file');
}

/**
 * Bytes arriving in chunks → text pieces. The encoding is chosen on the
 * first chunk as decode() does; UTF-8 that turns invalid later is an error
 * (the text before it has been written already), not a silent switch.
 */
export async function* decodeStream(
  chunks: AsyncIterable<Uint8Array>,
  forcedEncoding: string | undefined,
  onNotice: (notice: string) => void,
): AsyncGenerator<string> {
  let decodeChunk: ((bytes: Uint8Array, last: boolean) => string) | undefined;
  let seen = 0;
  for await (const chunk of chunks) {
    if (decodeChunk === undefined) {
      decodeChunk = chooseDecoder(chunk, forcedEncoding, onNotice);
    }
    try {
      yield decodeChunk(chunk, false);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(`not valid UTF-8 after byte ${seen}: use --encoding to choose another encoding`);
    }
    seen += chunk.length;
  }
  if (decodeChunk === undefined) return;
  yield decodeChunk(new Uint8Array(), true);
}

function chooseDecoder(
  first: Uint8Array,
  forcedEncoding: string | undefined,
  onNotice: (notice: string) => void,
): (bytes: Uint8Array, last: boolean) => string {
  let encoding = forcedEncoding === undefined ? undefined : normaliseName(forcedEncoding);
  let skip = 0;
  if (encoding === undefined) {
    refuseUtf32(first);
    const bom = BOMS.find((b) => b.bytes.every((byte, i) => first[i] === byte));
    if (bom) {
      encoding = bom.encoding;
      skip = bom.bytes.length;
    } else {
      refuseBinary(first);
      encoding = isUtf8Prefix(first) ? 'utf-8' : 'windows-1252';
      if (encoding === 'windows-1252') onNotice(CP1252_NOTICE);
    }
  }
  // Bytes that refuseBinary looked at need no second look at their characters.
  const checked = forcedEncoding === undefined && skip === 0;
  if (encoding === 'windows-1252') return (bytes) => (checked ? decodeCp1252(bytes) : refuseNulCharacters(decodeCp1252(bytes)));
  const decoder = new TextDecoder(encoding, { fatal: true });
  return (bytes, last) => {
    const text = decoder.decode(skip > 0 ? bytes.subarray(skip) : bytes, { stream: !last });
    skip = 0;
    return checked ? text : refuseNulCharacters(text);
  };
}

/** Valid UTF-8, allowing the chunk to end inside a multi-byte sequence. */
function isUtf8Prefix(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}
