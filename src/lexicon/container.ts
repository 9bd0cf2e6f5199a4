/**
 * Reader of the container of clean-ocr's compiled dictionaries (the lexicon,
 * the word pairs), as scripts/dictionaries/container.mjs writes it: magic,
 * u32 format version, u32 length of a JSON header whose `sections` give each
 * section's [offset, byteLength], then the sections, 8-byte aligned. Only the
 * header is parsed; the sections are typed-array views into the file's bytes.
 */

/** What a reader expects of a file, and what to tell the user when it is not that. */
export interface ContainerFormat {
  magic: string;
  version: number;
  /** What the file is, for error messages: `lexicon`, `word-pair`. */
  kind: string;
  /** The command that rebuilds the file: `npm run build:dictionaries`. */
  rebuild: string;
}

export interface Container<Header> {
  header: Header;
  /** The bytes of a section (empty when the file has none of that name). */
  bytes(name: string): Uint8Array;
  /** A section as u32 words (empty when the file has none of that name). */
  words32(name: string): Uint32Array;
}

/**
 * Checks magic and version and views the sections; copies the bytes once if
 * the buffer is not 4-byte aligned. Example: readContainer(readFileSync(path), LEXICON_FORMAT).words32('arcs').
 */
export function readContainer<Header extends { sections: Record<string, [offset: number, byteLength: number]> }>(
  file: Uint8Array,
  format: ContainerFormat,
): Container<Header> {
  const bytes = file.byteOffset % 4 === 0 ? file : new Uint8Array(file);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(0, 4)) !== format.magic) throw new Error(`not a clean-ocr ${format.kind} file`);
  const version = view.getUint32(4, true);
  if (version !== format.version) {
    throw new Error(`${format.kind} file format ${version}, expected ${format.version}: run ${format.rebuild}`);
  }
  const headerLength = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as Header;
  const section = (name: string): [number, number] => {
    const [offset, length] = header.sections[name] ?? [0, 0];
    return [bytes.byteOffset + offset, length];
  };
  return {
    header,
    bytes: (name) => new Uint8Array(bytes.buffer, ...section(name)),
    words32: (name) => {
      const [offset, length] = section(name);
      return new Uint32Array(bytes.buffer, offset, length / 4);
    },
  };
}
