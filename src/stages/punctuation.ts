/**
 * Commas OCR read as full stops (`verwendet. um` → `verwendet, um`): the tail
 * of a comma is a few pixels, and an engine that misses it sees a dot. A
 * German sentence starts with a capital, so a full stop after a word and
 * before a lowercase word is a misread comma — unless the dot ends an
 * abbreviation (`z.B.`, `usw.`, `Nr.`), an initial or a number (`4. Kapitel`,
 * `Friedrich II. von Preußen`),
 * or the next word is no word of the lexicon (commands, code: `ls`, `apt`) or
 * begins with i or l, which OCR also makes of a capital I (`gefunden.
 * italiener` is `gefunden. Italiener`). Runs after the umlauts stage, so the
 * next word is looked up repaired (`System. ermöglicht`).
 */
import type { Lexicon } from '../lexicon/lexicon.js';
import { isInCode } from '../correction/tokens.js';
import { isAbbreviation } from './abbreviations.js';
import { LETTER, LOWERCASE } from '../text/chars.js';
import type { Edit, Stage } from '../types.js';

/** Abbreviations German text follows with a lowercase word (`ca. die Hälfte`, `Nr. sieben`); compared without the dot. */
const ABBREVIATIONS = new Set(
  (
    'usw usf bzw bzgl etc vgl vergl ggf evtl ca inkl zzgl zzt exkl sog ff insb bsp bspw allg einschl ugs resp dgl ' +
    'vs cf ib ibid od bez lt gem nr dr prof hr hrn frl fr mr str st abs abschn abb abt bd bl sp taf fig kap tab ' +
    'ziff pkt jh jhd tsd mio mrd tel fa co anm hrsg hg aufl ausg geb gest verh verf ' +
    'std min sek mo di mi do sa so jan feb mär apr jun jul aug sep sept okt nov dez'
  ).split(' '),
);

/** A Roman numeral, whose dot makes it an ordinal (Ludwig XIV. war, Band III. enthält). */
const ROMAN_NUMERAL = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** How sure the repair is: every such dot on the dev pages (46, both OCR models) was a comma. */
const CONFIDENCE = 0.85;

export const punctuationStage: Stage = {
  name: 'punctuation',
  description: 'restore commas OCR read as full stops before a lowercase word (verwendet. um → verwendet, um)',
  run(text, context) {
    const edits: Edit[] = [];
    let lexicon: Lexicon | undefined;
    for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
      // Most full stops end a sentence, before a capital: the cheaper test first.
      const next = nextWordAfter(text, dot + 1);
      if (next === undefined) continue;
      lexicon ??= context.lexicon();
      if (followsWord(text, dot, lexicon) && lexicon.isWord(next)) edits.push({ start: dot, end: dot + 1, after: ',', rule: 'comma-read-as-stop', confidence: CONFIDENCE });
    }
    return edits;
  },
};

/**
 * The dot ends a word of at least two letters (or a closing bracket: `wird).`)
 * that is no abbreviation, number or code.
 */
function followsWord(text: string, dot: number, lexicon: Lexicon): boolean {
  let from = dot;
  while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
  const token = text.slice(from, dot).replace(/^[(„"'‚»«]+/, '');
  if (token.includes('.') || isInCode(text, from, dot)) return false;
  if (token.endsWith(')')) return true;
  if (token.length < 2 || LETTER.lengthBefore(token, token.length) === 0 || LETTER.lengthBefore(token, token.length - 1) === 0) return false;
  if (/\d/.test(token) || ROMAN_NUMERAL.test(token) || ABBREVIATIONS.has(token.toLowerCase())) return false;
  // A short token the lexicon does not know may be an abbreviation of its own (Dr. med. dent. und), a longer one if words begin with it (gewöhnl. ist).
  return (token.length > 5 && !isAbbreviation(token, lexicon)) || lexicon.isWord(token);
}

/**
 * The lowercase word after the dot, across blanks and at most one line break
 * (a blank line ends a paragraph); undefined when there is none, or when it
 * begins with i or l (a capital I misread).
 */
function nextWordAfter(text: string, from: number): string | undefined {
  let at = from;
  let breaks = 0;
  for (; at < text.length; at++) {
    const char = text[at]!;
    if (char === '\n') breaks++;
    else if (char !== ' ' && char !== '\t' && char !== '\r') break;
  }
  if (at === from || breaks > 1 || LOWERCASE.lengthAt(text, at) === 0 || text[at] === 'i' || text[at] === 'l') return undefined;
  const word = text.slice(at, at + LETTER.runLengthAt(text, at));
  // The letter of a list item (e) Abfälle …) begins a new item, not a clause after a comma.
  return text[at + word.length] === ')' && word.length === 1 ? undefined : word;
}
