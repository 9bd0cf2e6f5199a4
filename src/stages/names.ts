/**
 * The document as its own dictionary: a name the text spells the same way
 * several times (`Klose` ×5) tells that a lone look-alike that is no word
 * (`Kose`) is that name misread. The user's own words (--dict) are such names
 * too, however often they occur. Where the evidence is weaker — several
 * candidates, or a slip OCR does not usually make (`Maier` / `Meier`) — the
 * repair is only suggested.
 */
import { isOcrSlip, NearNames, oneEdit } from '../names/one-edit.js';
import type { Edit, Stage } from '../types.js';

/** A capitalised word; capitalisedWords() keeps those not inside a path, address or dotted name. */
const CAPITALISED = /\p{Lu}\p{Ll}+/gu;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]/u;
const IS_CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/** How often a spelling must occur to count as the document's name. */
const MIN_NAME_COUNT = 3;
/** The name must occur this many times more often than its variant. */
const RARITY = 3;
/** Shorter words are too close to too many others to tell a slip from a different word. */
const MIN_LENGTH = 4;

const CONFIDENCE = { documentName: 0.9, userName: 0.8, weak: 0.3 } as const;

export const namesStage: Stage = {
  name: 'names',
  description: "repair a lone misreading of a name the document (or the user's dictionary) spells the same way elsewhere",
  run(text, context) {
    const words = capitalisedWords(text);
    const counts = new Map<string, number>();
    for (const { word } of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    const { userWords, protectedWords } = context.options;
    const userNames = new Set([...userWords, ...protectedWords].filter((word) => IS_CAPITALISED.test(word) && word.length >= MIN_LENGTH));
    const names = new Map([...counts].filter(([word, count]) => word.length >= MIN_LENGTH && (count >= MIN_NAME_COUNT || userNames.has(word))));
    for (const name of userNames) if (!names.has(name)) names.set(name, 0);
    if (names.size === 0) return [];
    const near = new NearNames(names.keys());
    const repairs = new Map<string, { after: string; confidence: number }>();
    for (const [variant, count] of counts) {
      if (variant.length < MIN_LENGTH || count >= MIN_NAME_COUNT || userNames.has(variant)) continue;
      // Most capitalised words are nouns the lexicon knows: ask it first, it is the cheaper test.
      if (context.lexicon().isWord(variant)) continue;
      const fits = near.near(variant).filter((name) => isRarerVariant(variant, count, name, names.get(name)!, userNames));
      if (fits.length > 0) repairs.set(variant, repairOf(variant, fits, userNames));
    }
    const edits: Edit[] = [];
    for (const { word, index } of words) {
      const repair = repairs.get(word);
      if (repair) edits.push({ start: index, end: index + word.length, rule: 'document-name', ...repair });
    }
    return edits;
  },
};

/**
 * The capitalised words of the text, but those inside a path, an address or a
 * dotted name (`config.Kose`, `/Kose`, `Kose@example.org`). The boundaries are
 * checked by hand: a lookbehind would make the regex try every offset.
 */
function capitalisedWords(text: string): { word: string; index: number }[] {
  const words: { word: string; index: number }[] = [];
  for (const match of text.matchAll(CAPITALISED)) {
    const end = match.index + match[0].length;
    if (match.index > 0 && continuesWord(text, match.index - 1, '_/\\@.')) continue;
    if (end < text.length && continuesWord(text, end, '_/\\@')) continue;
    if (text[end] === '.' && end + 1 < text.length && continuesWord(text, end + 1, '')) continue;
    words.push({ word: match[0], index: match.index });
  }
  return words;
}

/** The character at `index` is a letter, mark or digit (of any script), or one of `extra`. */
function continuesWord(text: string, index: number, extra: string): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || extra.includes(text[index]!);
  return WORD_CHAR.test(text.slice(index, index + 2)) || (code >= 0xdc00 && code <= 0xdfff && WORD_CHAR.test(text.slice(index - 1, index + 1)));
}

/**
 * The repair of a rare non-word to the names it may be a slip of: sure when
 * only one fits and the slip is a typical OCR one; a suggestion otherwise.
 */
function repairOf(variant: string, fits: readonly string[], userNames: ReadonlySet<string>): { after: string; confidence: number } {
  const name = fits[0]!;
  if (fits.length > 1 || !isOcrSlip(oneEdit(variant, name)!)) return { after: name, confidence: CONFIDENCE.weak };
  return { after: name, confidence: userNames.has(name) ? CONFIDENCE.userName : CONFIDENCE.documentName };
}

/**
 * The name is far more frequent than the variant (or is the user's own), and
 * not the variant plus or minus an ending: `Kloses` is Klose's genitive, not a slip.
 */
function isRarerVariant(variant: string, variantCount: number, name: string, nameCount: number, userNames: ReadonlySet<string>): boolean {
  if (!userNames.has(name) && nameCount < RARITY * variantCount) return false;
  return !name.startsWith(variant) && !variant.startsWith(name);
}
