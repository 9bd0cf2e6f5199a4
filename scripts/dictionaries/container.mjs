/**
 * The container of clean-ocr's compiled dictionaries (the lexicon, the word pairs): magic, u32 format
 * version, u32 length of a JSON header, the header (with `sections: { name: [offset, byteLength] }`),
 * then the sections, each 8-byte aligned, so the reader can view them as typed arrays in place.
 */

/**
 * A map of strings to counts as a table read by binary search: the strings sorted by UTF-16 code
 * units, UTF-8 encoded back to back, u32 offsets (n + 1) and u32 counts (src/lexicon/frequency-table.ts).
 */
export function sortedStringTable(counts) {
  const words = [...counts.keys()].sort();
  const encoded = words.map((word) => Buffer.from(word, 'utf8'));
  const offsets = new Uint32Array(words.length + 1);
  encoded.forEach((bytes, i) => (offsets[i + 1] = offsets[i] + bytes.length));
  return {
    words: words.length,
    blob: Buffer.concat(encoded),
    offsets,
    counts: Uint32Array.from(words, (word) => counts.get(word)),
  };
}

/** The bytes of a container file holding `sections` (typed arrays or Buffers) and the header `meta`. */
export function containerBytes(magic, version, meta, sections) {
  const align = (n) => (n + 7) & ~7;
  const layout = {};
  let headerJson = '';
  let dataStart = 0;
  // The header holds the section offsets, which depend on the header's own length: iterate until stable.
  for (let guess = 0; ; ) {
    let offset = guess;
    for (const [name, bytes] of Object.entries(sections)) {
      layout[name] = [offset, bytes.byteLength];
      offset = align(offset + bytes.byteLength);
    }
    headerJson = JSON.stringify({ ...meta, sections: layout });
    dataStart = align(12 + Buffer.byteLength(headerJson));
    if (dataStart === guess) break;
    guess = dataStart;
  }
  const parts = [Buffer.alloc(12), Buffer.from(headerJson)];
  parts[0].write(magic, 0, 'latin1');
  parts[0].writeUInt32LE(version, 4);
  parts[0].writeUInt32LE(Buffer.byteLength(headerJson), 8);
  let written = 12 + Buffer.byteLength(headerJson);
  for (const [name, bytes] of Object.entries(sections)) {
    parts.push(Buffer.alloc(layout[name][0] - written));
    parts.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    written = layout[name][0] + bytes.byteLength;
  }
  return Buffer.concat(parts);
}
