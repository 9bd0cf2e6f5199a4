/**
 * How common a compound the corpus never saw is likely to be. The corpus
 * lists few compounds, since most are coined on the spot
 * (Virtualisierungslösungen), but a compound is as common as its last part
 * allows, scaled down: Virtualisierungslösungen (Lösungen: 45) is a far
 * likelier reading than Virtualisierungslosungen (Losungen: 0). Used only
 * to choose among readings none of which the corpus counted: a counted word
 * always outweighs an estimate (Klartext stays, though Text is common).
 */
import { capitalise } from '../lexicon/casing.js';
import { isFormAsWritten, type Lexicon } from '../lexicon/lexicon.js';

/**
 * The corpus lists the words it saw at least this often, so an uncounted
 * word may still have been seen up to this many times minus one.
 */
const LISTING_THRESHOLD = 3;
/** A compound is rarer than its last part alone. */
const COMPOUND_SHARE = 0.3;
/**
 * Example: compoundFrequency('Virtualisierungslösungen') = 0.3 × frequency('Lösungen').
 * Only a last part the lexicon's compound roles allow counts (see
 * Lexicon.lastParts): Übergreifende gets nothing from Ende, since Übergreif
 * begins no compound.
 */
export function compoundFrequency(spelling: string, lexicon: Lexicon): number {
  for (const part of lexicon.lastParts?.(spelling) ?? []) {
    const estimate = lastPartFrequency(part, lexicon);
    if (estimate > 0) return estimate;
  }
  return 0;
}

/**
 * How common a compound ending in `part` is likely to be: a share of the
 * part's count, written as a word of its own (a noun with its capital).
 * Example: lastPartFrequency('lösungen') = 0.3 × frequency('Lösungen').
 */
export function lastPartFrequency(part: string, lexicon: Lexicon): number {
  return Math.max(lexicon.frequency(part), lexicon.frequency(capitalise(part))) * COMPOUND_SHARE;
}

/**
 * How common a real word is as written: its corpus count, or what everyday
 * German gives it where that is more. The corpus is software manuals, in the
 * present tense and addressing the reader (möchten: 895); narrative text, and
 * older books most of all, is full of words they never have (mochten,
 * fuhren, andern: 0; everyday 10, 17, 14). Used for the token as written
 * only: a correct word must not lose to its umlaut twin on the manuals'
 * count alone (Er mochte sie, mit den andern Kindern).
 * Example: asWrittenFrequency('mochten') = 10, asWrittenFrequency('möchten') = 895.
 */
export function asWrittenFrequency(spelling: string, lexicon: Lexicon): number {
  return Math.max(lexicon.frequency(spelling), everydayFrequency(spelling, lexicon));
}

/** How often everyday German uses the word, in any case (0 without the everyday list; see Lexicon.everydayFrequency). */
export function everydayFrequency(spelling: string, lexicon: Lexicon): number {
  return lexicon.everydayFrequency?.(spelling.toLowerCase()) ?? 0;
}

/**
 * How common a word the corpus never counted is likely to be: a compound from
 * its last part (compoundFrequency); a noun of the dictionary itself (not a
 * compound: Bühne, Kühe, Gebüsch) as common as the corpus could have seen it
 * without listing it. The corpus is software documentation: verbs and
 * function words are shared with every genre, but the everyday nouns of
 * other texts are missing from it, so their absence says little. Decides
 * among readings none of which the corpus counted (for the noun part alone
 * beside counted ones, see uncountedNounFrequency).
 * Example: estimatedFrequency('Bühne') = 3, estimatedFrequency('rät') = 0.
 */
export function estimatedFrequency(spelling: string, lexicon: Lexicon): number {
  return compoundFrequency(spelling, lexicon) || uncountedNounFrequency(spelling, lexicon);
}

/**
 * The noun part of estimatedFrequency alone. It never exceeds a count the
 * corpus lists, so unlike a compound estimate it may also stand beside counted
 * readings (Faden, never counted, against Fäden, counted 7 times).
 * Example: uncountedNounFrequency('Hütte') = 3, uncountedNounFrequency('rät') = 0.
 */
export function uncountedNounFrequency(spelling: string, lexicon: Lexicon): number {
  return isSimpleNoun(spelling, lexicon) ? LISTING_THRESHOLD : 0;
}

/** A capitalised form of the dictionary itself: a noun, not a compound of the rules nor a capitalised lowercase word. */
function isSimpleNoun(spelling: string, lexicon: Lexicon): boolean {
  const first = spelling[0]!;
  return first !== first.toLowerCase() && spelling.slice(1) === spelling.slice(1).toLowerCase() && lexicon.isForm?.(spelling) === true;
}

/** Shortest part of a compound the dictionary may lack. */
const MIN_PART = 3;
/** How often the corpus must count a part that is no word of the dictionary's own (see isHeadWord, isTailWord). */
const COUNTED_PART = 20;
/** A counted part that is no word is a last part from this length on (see isTailWord). */
const COUNTED_TAIL_LENGTH = 5;
/** A compound the rules build is a head from this length on (see isHeadWord). */
const LONG_HEAD = 6;
/**
 * Words that end no compound: articles, pronouns, prepositions, conjunctions,
 * auxiliaries. Any token ending in them splits (Walder: Wal + der, Kinder:
 * Kin + der), and their counts are the largest of all.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'der die das den dem des ein eine einer einen einem eines er sie es wir ihr ihn ihm uns euch sich man ' +
    'und oder aber denn doch sondern als wie wenn weil dass ob nur auch noch schon dann so da ' +
    'in an auf aus bei bis mit nach von vor zu zum zur um für über unter durch gegen ohne seit ' +
    'ist sind war waren wird werden hat haben hatte kann muss nicht sein mein dein was wer'
  ).split(' '),
);

/**
 * The last parts of a token that is two words joined (Terminal + breite),
 * perhaps a compound the dictionary lacks: it lists the compound roles of
 * its words, and Terminal begins none. The head is a form of the dictionary
 * as written (Roch in Rochbüchern is only the verb roch capitalised). Not where the head has an umlaut twin
 * (Ruck + Reise is Rückreise with its dots lost), nor where the last part is
 * a function word (Walder is no Wal + der). Shortest head first; none when no
 * split gives two such words. `widened`: the parts may also be words only
 * the corpus counts or a long compound of the rules (see isHeadWord,
 * isTailWord) — a look-up for every split, so only where a misread letter
 * is about to be undone, not for every non-word.
 * Example: joinedWordsTails('Terminalbreite') = ['breite'].
 */
export function joinedWordsTails(token: string, lexicon: Lexicon, widened = false): string[] {
  const tails: string[] = [];
  for (let at = MIN_PART; at <= token.length - MIN_PART; at++) {
    const [head, tail] = [token.slice(0, at), token.slice(at)];
    if (FUNCTION_WORDS.has(tail.toLowerCase())) continue;
    if (isHeadWord(head, lexicon, widened) && isTailWord(tail, lexicon, widened) && !hasUmlautTwin(head, lexicon)) tails.push(tail);
  }
  return tails;
}

/**
 * A head of two words joined: a form of the dictionary; widened, also a word
 * the corpus counts often (Vorgabe, Exit: Vorgabetrennzeichen, Exitstatus)
 * or a long compound of the dictionary's rules (Standardtextsuche).
 */
function isHeadWord(head: string, lexicon: Lexicon, widened: boolean): boolean {
  if (isFormAsWritten(head, lexicon)) return true;
  return widened && (lexicon.frequency(head) >= COUNTED_PART || (head.length >= LONG_HEAD && (lexicon.isDictionaryWord?.(head) ?? false)));
}

/**
 * A last part of two words joined: a word; widened, also a loanword the
 * corpus counts often (Signal + handler) and longer than a suffix (the
 * corpus counts a name Lich: klaglich is no klag + lich).
 */
function isTailWord(tail: string, lexicon: Lexicon, widened: boolean): boolean {
  const noun = capitalise(tail);
  if (lexicon.isWord(tail) || lexicon.isWord(noun)) return true;
  return widened && tail.length >= COUNTED_TAIL_LENGTH && Math.max(lexicon.frequency(tail), lexicon.frequency(noun)) >= COUNTED_PART;
}

/**
 * The lexicon also writes the part with an umlaut or ß, as a form or as a
 * compound part (Ruck: Rück): then the token may be that compound with its
 * dots lost. A compound the rules build (Eigenschäften: Eigen + Schäften)
 * is no such twin.
 */
function hasUmlautTwin(part: string, lexicon: Lexicon): boolean {
  const lower = part.toLowerCase();
  return lexicon.spellingsForKey(part).some(
    (spelling) => spelling.toLowerCase() !== lower && /[äöüÄÖÜß]/.test(spelling) && ((lexicon.isForm?.(spelling) ?? true) || !lexicon.isWord(spelling)),
  );
}

/**
 * How common a token that is two words joined is likely to be, estimated like
 * any compound from its commonest last part: read as written it needs no
 * misreading, so a garbled reading into a compound the rules allow
 * (Terminölbreite) does not outweigh it, nor does the umlaut twin of a last
 * part that is a common word itself (vorüber + kamen, not kämen).
 * Example: joinedWordsFrequency('Terminalbreite') = 0.3 × frequency('Breite').
 */
export function joinedWordsFrequency(token: string, lexicon: Lexicon): number {
  return Math.max(0, ...joinedWordsTails(token, lexicon).map((tail) => lastPartFrequency(tail, lexicon)));
}
