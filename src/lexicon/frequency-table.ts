/**
 * Word counts from the frequency corpus, read in place: words sorted by UTF-16
 * code units, stored as UTF-8 with an offset index, and a parallel count array.
 * A lookup is a binary search comparing the JS string to the stored bytes.
 */

/** Words a prefix count reads at most: a short prefix begins thousands of words, an abbreviation's few. */
const PREFIX_WORDS = 256;

export class FrequencyTable {
  readonly #blob: Uint8Array;
  readonly #offsets: Uint32Array;
  readonly #counts: Uint32Array;

  constructor(blob: Uint8Array, offsets: Uint32Array, counts: Uint32Array) {
    this.#blob = blob;
    this.#offsets = offsets;
    this.#counts = counts;
  }

  /** The count of `word` exactly as written; 0 when the corpus never has it. */
  count(word: string): number {
    let low = 0;
    let high = this.#counts.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.#compare(middle, word);
      if (order === 0) return this.#counts[middle]!;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return 0;
  }

  /**
   * The summed counts of the words that begin with `prefix` (itself
   * included), as written; at most `limit` words are read. Sorted words make
   * them one run, found by binary search: prefixCount('nördl') counts
   * nördlich, nördliche, nördlichen…
   */
  prefixCount(prefix: string, limit = PREFIX_WORDS): number {
    let low = 0;
    let high = this.#counts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#compare(middle, prefix) < 0) low = middle + 1;
      else high = middle;
    }
    let sum = 0;
    for (let index = low; index < Math.min(this.#counts.length, low + limit) && this.#compare(index, prefix, true) === 0; index++) sum += this.#counts[index]!;
    return sum;
  }

  /** Compares stored word `index` with `word` in UTF-16 code unit order (the build's sort order); with `asPrefix`, a stored word that begins with `word` is equal. */
  #compare(index: number, word: string, asPrefix = false): number {
    const blob = this.#blob;
    const end = this.#offsets[index + 1]!;
    let at = this.#offsets[index]!;
    let i = 0;
    let pendingLowSurrogate = 0;
    while (at < end || pendingLowSurrogate !== 0) {
      let unit: number;
      if (pendingLowSurrogate !== 0) {
        unit = pendingLowSurrogate;
        pendingLowSurrogate = 0;
      } else {
        const lead = blob[at++]!;
        let codePoint: number;
        if (lead < 0x80) codePoint = lead;
        else if (lead < 0xe0) codePoint = ((lead & 0x1f) << 6) | (blob[at++]! & 0x3f);
        else if (lead < 0xf0) codePoint = ((lead & 0x0f) << 12) | ((blob[at++]! & 0x3f) << 6) | (blob[at++]! & 0x3f);
        else {
          codePoint =
            ((lead & 0x07) << 18) | ((blob[at++]! & 0x3f) << 12) | ((blob[at++]! & 0x3f) << 6) | (blob[at++]! & 0x3f);
        }
        if (codePoint > 0xffff) {
          unit = 0xd800 + ((codePoint - 0x10000) >> 10);
          pendingLowSurrogate = 0xdc00 + ((codePoint - 0x10000) & 0x3ff);
        } else unit = codePoint;
      }
      if (i === word.length) return asPrefix ? 0 : 1;
      const other = word.charCodeAt(i++);
      if (unit !== other) return unit - other;
    }
    return i === word.length ? 0 : -1;
  }
}
