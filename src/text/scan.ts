/**
 * Fast matching of a regex over a whole text. A pattern that begins with a
 * lookbehind or a large Unicode class (`(?<=\S)…`, `[\p{L}\d]( +)…`) makes V8
 * try it at every offset, which costs more than all the rest of a stage. Most
 * such patterns can only start at a few characters (a quote mark, a space
 * before punctuation): `matchesAt` tries the same pattern, made sticky, only
 * there, and finds exactly what `text.matchAll` finds.
 *
 * Example: matchesAt("a ,b", /,(?=\p{L})/uy, offsetsOf("a ,b", /,/g)) → one match at 2.
 */

/** Offsets of the matches of `chars`, a global single-character class such as `/[,.]/g`, ascending. */
export function offsetsOf(text: string, chars: RegExp): number[] {
  const offsets: number[] = [];
  chars.lastIndex = 0;
  for (let match = chars.exec(text); match !== null; match = chars.exec(text)) offsets.push(match.index);
  return offsets;
}

/**
 * The matches `text.matchAll` would find for `sticky` made global, when every
 * offset where a match can start is among the ascending `candidates`. Like
 * matchAll, the search goes on after the end of each match. For patterns that
 * never match the empty string.
 */
export function matchesAt(text: string, sticky: RegExp, candidates: readonly number[]): RegExpExecArray[] {
  if (!sticky.sticky) throw new Error(`matchesAt needs a sticky pattern: ${sticky}`);
  const matches: RegExpExecArray[] = [];
  let resume = 0;
  for (const offset of candidates) {
    if (offset < resume) continue;
    sticky.lastIndex = offset;
    const match = sticky.exec(text);
    if (!match) continue;
    matches.push(match);
    resume = offset + match[0].length;
  }
  return matches;
}
