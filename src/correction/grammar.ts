/**
 * What the sentence around a word says about its umlaut reading, where the
 * lexicon and the frequencies cannot tell: a few rules of German grammar,
 * each tied to the word right before or after, each checked against the
 * counted corpus (numbers below). They only weigh readings; decide.ts makes
 * the decision.
 */
import type { Lexicon } from '../lexicon/lexicon.js';
import { FOLDED } from '../lexicon/word-automaton.js';
import type { Candidate } from './candidates.js';
import type { WordSpans } from './neighbours.js';

/** The neighbours of one word that grammar looks at (across blanks only: punctuation ends a phrase). */
export interface GrammarContext {
  /** Only a declined adjective stands here: before a capital (mid-sentence, a noun), or right after `ein`/`kein` (the word ends in -er). */
  attributive: boolean;
  /** The word before is `als`. */
  afterAls: boolean;
  /** The word ends in -t and `ihr` is its subject: the word before, or the word after as a pronoun (tragt ihr es; not trägt ihr Mann). */
  afterIhr: boolean;
  /** The word ends in -t and stands inside a clause with no `ihr` before or after it (nor `uns`, `euch` of an imperative). */
  withoutIhr: boolean;
  /** The word is a form of wurde, and the word before an infinitive no participle looks like (interessieren, werden). */
  afterInfinitive: boolean;
  /** The word is capitalised and follows an article: a capitalised adjective there is its noun (der Große, im Allgemeinen). */
  afterArticle: boolean;
  /** The word is lowercase and follows an article that is no pronoun, or a preposition with one (einem, des, im), or any article before a noun (die andern Kinder): it is attributive, no verb. */
  afterDeterminer: boolean;
  /** …and a noun follows it: only an adjective stands there (einen losen Buben), whatever verb the word may also be. */
  beforeNoun: boolean;
  /** The word is capitalised and follows a title (Frau, Herr, Dr.): a name. */
  afterTitle: boolean;
  /** The word is capitalised, ends in -e, -en or -ern and follows a determiner of the dative singular, or its adjective in -en (am Fuße, vom hohen Berge, zum Einkaufen). */
  afterDativeSingular: boolean;
  /**
   * The word is capitalised, in -e, and neither a determiner of the dative
   * singular nor a preposition stands right before it: no old dative singular
   * stands there (die Kopfe: Köpfe; im Kopfe stays).
   */
  outsideDative: boolean;
  /** The word ends in -t and `du` stands right before or after it (so mußt du, du mußt). */
  besideDu: boolean;
  /** The word ends in -t and `ihr` stands right before or after it (ihr müßt, müßt ihr). */
  besideIhr: boolean;
}

const WEIGHTS = {
  /**
   * In the counted corpus 8 of 640 comparatives in -er, but 211 of 237 of
   * their declined twins, stand before a capital; `ein`/`kein großer` 36
   * times, `ein größer` never.
   */
  comparativeBeforeNoun: 0.05,
  /** The corpus has `als hätte(n)` 24 times, `als wäre(n)` 59, `als würde(n)` 21, and their twins after `als` never. */
  conditionalAfterAls: 30,
  /**
   * A past passive needs a participle, so an infinitive before wurde makes it
   * würde: the corpus has `werden würde(n)` 31 times, `sein würde(n)` 10,
   * `haben würde` 5, `lassen würden` 10, an infinitive in -ieren before würde 6
   * times, and none of them before wurde; nor the infinitives of weak verbs (see isWeakInfinitive).
   */
  conditionalAfterInfinitive: 60,
  /**
   * Without ihr, a strong verb's plural you (lasst, tragt, lauft) has no
   * subject: it is the third person with its umlaut lost (er lässt, trägt,
   * läuft). The corpus has `lässt` 431 times and `lasst` 94, `trägt` 61
   * and `tragt` 6, most of the latter in text written without umlauts.
   */
  thirdPersonWithoutIhr: 20,
  /**
   * Right after an article, a lowercase word is an adjective, never a verb:
   * in the German manual pages and the texts of freeciv (600 files), such an
   * article stands 50 times before an adjective with a verb for its umlaut
   * twin (kurzen 18, harten 12, starken 12, falschen 7, klaren 1) and never
   * before the verb (kürzen, härten).
   */
  verbAfterDeterminer: 0.02,
  /**
   * A plural never follows a determiner of the dative singular: the counted
   * word pairs have `am Fuße` and `dem Fuße` (2 each), `am Füße` never; so an
   * umlaut plural in -e is no reading there (see isOldDative).
   */
  pluralAfterDativeSingular: 0.02,
  /**
   * …and an old dative singular in -e follows one or a preposition: the
   * counted word pairs have `Grunde` 31 times, `Falle` 196 (of 223),
   * `Kampfe` 10, `Gange` 4, `Fuße` 4 and `Halse` 2 after im, dem, zum, zu,
   * diesem, am or vom, and the old datives never elsewhere (the 27 other
   * `Falle` are the noun Falle, whose plural Fallen tells it apart); so
   * outside such a place the word is its umlaut plural (die Kopfe: Köpfe).
   */
  pluralOutsideDative: 50,
  /**
   * Beside du a modal verb is its second person singular, which has no
   * umlaut: the counted word pairs have `du musst` 27 times, `musst du` 8,
   * and `du müsst` or `müsst du` never. Beside ihr, the other way round
   * (ihr müßt: the manuals address no one as ihr, so only grammar says so).
   */
  otherPersonOfModal: 0.02,
};

/** A context in which no rule applies. */
export const NEUTRAL: GrammarContext = Object.freeze({
  attributive: false,
  afterAls: false,
  afterIhr: false,
  withoutIhr: false,
  afterInfinitive: false,
  afterArticle: false,
  afterDeterminer: false,
  beforeNoun: false,
  afterTitle: false,
  afterDativeSingular: false,
  outsideDative: false,
  besideDu: false,
  besideIhr: false,
});

/**
 * The grammar context of word `index` of `words`, `word`. Each neighbour is
 * looked at only for a word of a shape its rule concerns (in -er, in -t,
 * short): most words are none of these, and their decisions stay shared.
 * Example: in 'als hatte er', hatte is after als.
 */
export function grammarAt(text: string, words: WordSpans, index: number, word: string, lexicon: Lexicon): GrammarContext {
  if (WURDE.test(word)) return { ...NEUTRAL, afterInfinitive: isAfterInfinitive(text, words, index, lexicon) };
  const isLowercase = word[0] === word[0]!.toLowerCase();
  const before = index > 0 && isJoined(text, words, index - 1) ? wordAt(text, words, index - 1).toLowerCase() : '';
  const article = ARTICLES.has(before) ? before : '';
  const afterArticle = !isLowercase && article !== '';
  const afterPreposition = isLowercase && article === '' && DETERMINING_PREPOSITIONS.has(before);
  const beforeNoun = isLowercase && (article !== '' || afterPreposition) && isBeforeNoun(text, words, index);
  const afterDeterminer = beforeNoun || (isLowercase && article !== '' && !PRONOUN_ARTICLES.has(article));
  const afterTitle = !isLowercase && isAfterTitle(text, words, index, before);
  const afterDativeSingular = !isLowercase && DATIVE_SINGULAR_SHAPE.test(word) && followsDativeSingular(text, words, index);
  const outsideDative = !isLowercase && word.endsWith('e') && !afterDativeSingular && !PREPOSITIONS.has(before);
  const mayBeComparative = word.endsWith('er');
  const mayBeVerb = word.length <= MAX_VERB_LENGTH && index > 0;
  if (!mayBeComparative && !mayBeVerb) {
    return afterArticle || afterDeterminer || afterTitle || afterDativeSingular || outsideDative
      ? { ...NEUTRAL, afterArticle, afterDeterminer, beforeNoun, afterTitle, afterDativeSingular, outsideDative }
      : NEUTRAL;
  }
  // The word before, for the rules of verbs and comparatives: als, ihr, ein, kein.
  const shortBefore = mayBeVerb ? before : '';
  const isThirdPerson = shortBefore !== '' && shortBefore !== 'ihr' && word.endsWith('t') && isLowercase;
  /** A verb form in -t beside du or ihr: the person of a modal verb (see WEIGHTS.otherPersonOfModal). */
  const mayBeBesideDu = mayBeVerb && word.endsWith('t') && isLowercase;
  const next = (mayBeComparative || isThirdPerson || mayBeBesideDu) && isJoined(text, words, index) ? wordAt(text, words, index + 1) : '';
  return {
    attributive: mayBeComparative && ((next !== '' && next[0] !== next[0]!.toLowerCase()) || shortBefore === 'ein' || shortBefore === 'kein'),
    afterAls: shortBefore === 'als',
    afterIhr: word.endsWith('t') && (shortBefore === 'ihr' || (isThirdPerson && isPronounIhrAfter(text, words, index, next))),
    withoutIhr: isThirdPerson && !PLURAL_YOU_AFTER.test(next),
    afterInfinitive: false,
    afterArticle,
    afterDeterminer,
    beforeNoun,
    afterTitle,
    afterDativeSingular,
    outsideDative,
    besideDu: mayBeBesideDu && (shortBefore === 'du' || next.toLowerCase() === 'du'),
    besideIhr: mayBeBesideDu && (shortBefore === 'ihr' || next.toLowerCase() === 'ihr'),
  };
}

/** Titles before a name, written out (Frau Grubach, Herrn Semmler)… */
const TITLES: ReadonlySet<string> = new Set([
  'herr', 'herrn', 'frau', 'fräulein', 'graf', 'grafen', 'gräfin', 'baron', 'doktor', 'professor', 'pfarrer', 'onkel', 'tante',
]);
/** …or abbreviated, with their dot (Dr. Muller). */
const ABBREVIATED_TITLES: ReadonlySet<string> = new Set(['dr', 'prof', 'frl']);

/** Word `index` follows a title: `before` (lowercase, joined by blanks), or an abbreviated one and its dot. */
function isAfterTitle(text: string, words: WordSpans, index: number, before: string): boolean {
  if (before !== '') return TITLES.has(before);
  if (index === 0) return false;
  const end = words.ends[index - 1]!;
  return text[end] === '.' && /^\.[ \t]+$/.test(text.slice(end, words.starts[index])) && ABBREVIATED_TITLES.has(wordAt(text, words, index - 1).toLowerCase());
}

/** dem and its contractions with a preposition. */
const DEM_FORMS = ['dem', 'im', 'am', 'vom', 'zum', 'beim'];
/** Articles and the forms of dem: a capitalised adjective after them is a noun. */
const ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das', 'den', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', ...DEM_FORMS, 'zur', 'ins']);
/** German's common prepositions (the dass stage's clause starts too). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(
  'in an auf vor nach mit bei seit von zu aus über unter hinter neben durch für gegen um während wegen trotz'.split(' '),
);
/**
 * The prepositions a verb's infinitive never follows (zu and um do: zu schonen, um zu), also
 * with their dots lost, since the word before may not be read yet: a word between one and a
 * noun is an adjective (mit schonen Anlagen: schönen; fur kuhlen Wein).
 */
const DETERMINING_PREPOSITIONS: ReadonlySet<string> = new Set([...PREPOSITIONS].filter((word) => word !== 'zu' && word !== 'um').flatMap((word) => [word, withoutDots(word)]));
/** Articles that are often pronouns too, before a verb (die können, das hatte), unless a noun follows the word (die andern Kinder). */
const PRONOUN_ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das']);
/** The polite pronoun after a verb is capitalised too (die ändern Sie später). */
const POLITE_PRONOUN = /^(?:Sie|Ihr|Ihre[mnrs]?|Ihnen)$/;

/** The word after word `index` (across blanks) is capitalised and no polite pronoun: a noun the word stands before. */
function isBeforeNoun(text: string, words: WordSpans, index: number): boolean {
  if (!isJoined(text, words, index)) return false;
  const next = wordAt(text, words, index + 1);
  return next[0] !== next[0]!.toLowerCase() && !POLITE_PRONOUN.test(next);
}

/**
 * The old dative singular in -e of a masculine or neuter noun (vom Strome,
 * im großen Saale, mit dem Kahne), common in older print and kept in set
 * phrases: the noun without its -e is a word, and a determiner of the dative
 * singular stands right before it or before its adjective in -en. A plural
 * never stands there, so the noun's umlaut plural (Ströme, Säle, Kähne) is
 * no reading of it. Not where the stem is no word (dem Konige: Könige).
 * Example: in 'halbe Stunde vom Strome entfernt', Strome is an old dative.
 */
export function isOldDative(text: string, words: WordSpans, index: number, word: string, lexicon: Lexicon): boolean {
  if (word.length < 4 || !word.endsWith('e') || word[0] === word[0]!.toLowerCase()) return false;
  return followsDativeSingular(text, words, index) && lexicon.isWord(word.slice(0, -1));
}

/** A determiner of the dative singular stands right before word `index`, or before its adjective in -en (across blanks). */
function followsDativeSingular(text: string, words: WordSpans, index: number): boolean {
  if (index === 0 || !isJoined(text, words, index - 1)) return false;
  let before = wordAt(text, words, index - 1);
  if (before.endsWith('en') && index >= 2 && isJoined(text, words, index - 2)) before = wordAt(text, words, index - 2);
  return isDativeSingular(before);
}

/**
 * A determiner of the dative singular (masculine or neuter): a form of dem,
 * or the -em of articles, pronouns and strong adjectives (einem, diesem, mit
 * lautem Tone) — not the adverbs and conjunctions in -em (extrem, indem).
 */
function isDativeSingular(word: string): boolean {
  const lower = word.toLowerCase();
  return DEM_FORMS.includes(lower) || DATIVE_EM.test(lower);
}

const DATIVE_EM = /^(?!(?:extrem|bequem|\p{Ll}*dem)$)\p{Ll}{2,}em$/u;

/**
 * `next`, the word after word `index`, is the pronoun ihr, not the
 * possessive: no noun follows it (tragt ihr es, lauft ihr?; trägt ihr Mann).
 */
function isPronounIhrAfter(text: string, words: WordSpans, index: number, next: string): boolean {
  if (next !== 'ihr') return false;
  if (!isJoined(text, words, index + 1)) return true;
  const after = wordAt(text, words, index + 2);
  return after[0] === after[0]!.toLowerCase();
}

/** After a plural you: its pronoun in a question (lasst ihr), or the object of an imperative (lasst uns, lasst euch). */
const PLURAL_YOU_AFTER = /^(?:ihr|uns|euch)$/i;

/** The past tense of werden as OCR leaves it, or its conditional (wurde, wurden, würdest, WURDE). */
const WURDE = /^w[uüU]rde(?:n|st|t)?$/i;
/** Infinitives that are never participles, beside the verbs in -ieren (whose participle ends in -iert) and other weak verbs (see isWeakInfinitive). */
const AUXILIARY_INFINITIVES: ReadonlySet<string> = new Set(['werden', 'sein', 'haben', 'lassen']);
/** `ohne zu zögern wurde er …`: an infinitive with zu after these is a phrase of its own, before a verb in second place. */
const INFINITIVE_PHRASE = /^(?:ohne|um|statt|anstatt)$/i;

/** Word `index` follows an infinitive (across blanks), which is not the end of an infinitive phrase. */
function isAfterInfinitive(text: string, words: WordSpans, index: number, lexicon: Lexicon): boolean {
  if (index === 0 || !isJoined(text, words, index - 1)) return false;
  const before = wordAt(text, words, index - 1);
  if (!AUXILIARY_INFINITIVES.has(before) && !/^\p{Ll}+ieren$/u.test(before) && !isWeakInfinitive(before, lexicon)) return false;
  return !(index >= 3 && wordAt(text, words, index - 2) === 'zu' && INFINITIVE_PHRASE.test(wordAt(text, words, index - 3)));
}

/**
 * A lowercase word in -en (or -ern, -eln) whose past tense in -te or -ete is
 * a word (verpassen: verpasste, drücken: drückte, ändern: änderte, töten:
 * tötete) is a weak verb's infinitive: its participle ends in -t, so the word
 * is none. A strong verb's participle may look like its infinitive
 * (vergessen, erhalten), and has no such past tense; one in ge- may meet an
 * adjective in -te (geschaffen: geschaffte). In the counted corpus such an
 * infinitive stands 64 times before würde(n), never before wurde(n).
 */
function isWeakInfinitive(word: string, lexicon: Lexicon): boolean {
  const stem = /^\p{Ll}+e[lr]n$/u.test(word) ? word.slice(0, -1) : /^\p{Ll}+en$/u.test(word) ? word.slice(0, -2) : '';
  return stem !== '' && !word.startsWith('ge') && (lexicon.isWord(`${stem}te`) || lexicon.isWord(`${stem}ete`));
}

function wordAt(text: string, words: WordSpans, i: number): string {
  return text.slice(words.starts[i], words.ends[i]);
}

/** The longest conditional (`müsstest`) and then some for letters OCR split (`hiittest`). */
const MAX_VERB_LENGTH = 10;

/** A short key of the context, for caching decisions per context. */
export function grammarKey(context: GrammarContext): string {
  return (
    `${context.attributive ? '>' : ''}${context.afterAls ? '<' : ''}${context.afterIhr ? '!' : ''}${context.withoutIhr ? '/' : ''}${context.afterInfinitive ? '~' : ''}` +
    `${context.afterArticle ? '+' : ''}${context.afterDeterminer ? '=' : ''}${context.beforeNoun ? 'N' : ''}${context.afterTitle ? '@' : ''}${context.afterDativeSingular ? '3' : ''}${context.outsideDative ? '4' : ''}${context.besideDu ? '2' : ''}${context.besideIhr ? '5' : ''}`
  );
}

/**
 * How well the candidate fits the grammar around the token (1: no rule
 * applies); `againstWord`: the token as written is a word too.
 * - After `ihr`, a verb form in -t stays as written: the plural you never
 *   takes the umlaut of the singular (ihr fallt, er fällt); without `ihr`,
 *   a strong verb's plural you is its third person (der Hund lasst: lässt).
 * - Right after `als`, a finite verb is the conditional: the as-if clause
 *   without `ob` (als hätte er); the past tense would stand at the end of its
 *   clause (als er es hatte).
 * - After an infinitive, wurde is würde: a past passive needs a participle
 *   (interessieren würde, gelöscht wurde).
 * - An uninflected comparative does not stand before a noun, nor right after
 *   ein; there the word is its declined twin (ein großer Schriftsteller, mit
 *   hoher Latenz, ein großer dunkler Wald).
 * - Right after an article, a word that is no verb stays: its twin, a weak
 *   verb's infinitive, cannot stand there (einen kurzen Blick, not kürzen;
 *   einem andern Ort, not ändern); nor can a conditional (an dem wisten
 *   Streifen: wüsten, not wüßten). Before a noun the word stays even where
 *   it may be a verb too: it is an adjective there (einen losen Buben, not lösen);
 *   and a word that is only a weak verb's infinitive is its twin there (die
 *   schonen Gesimse: schönen; after a preposition too: mit schonen Anlagen).
 * - After a determiner of the dative singular, no plural (am Fuße, not Füße;
 *   zum Einkaufen, not Einkäufen); and where neither such a determiner nor a
 *   preposition stands, no old dative singular (die Kopfe: Köpfe).
 * - Beside du, a modal verb has no umlaut (so mußt du, not müßt); beside
 *   ihr, müssen has (ihr müßt, not mußt).
 */
export function grammarFit(candidate: Candidate, token: { text: string } & Partial<GrammarContext>, againstWord: boolean, lexicon: Lexicon): number {
  if (token.afterIhr && againstWord) return 0;
  if (token.withoutIhr && againstWord && isStrongThirdPerson(candidate.text, token.text, lexicon)) return WEIGHTS.thirdPersonWithoutIhr;
  if (token.afterAls && CONDITIONAL.test(candidate.text)) return WEIGHTS.conditionalAfterAls;
  if (token.afterInfinitive && CONDITIONAL.test(candidate.text)) return WEIGHTS.conditionalAfterInfinitive;
  if (token.attributive && isComparative(candidate.text, lexicon)) return WEIGHTS.comparativeBeforeNoun;
  if (token.afterDeterminer && againstWord && isWeakInfinitive(candidate.text, lexicon) && (token.beforeNoun || !isWeakInfinitive(token.text, lexicon))) {
    return WEIGHTS.verbAfterDeterminer;
  }
  if (token.afterDeterminer && CONDITIONAL.test(candidate.text)) return WEIGHTS.verbAfterDeterminer;
  if (token.beforeNoun && againstWord && isWeakInfinitive(token.text, lexicon) && !isWeakInfinitive(candidate.text, lexicon)) return 1 / WEIGHTS.verbAfterDeterminer;
  if (token.afterDativeSingular && (isUmlautPlural(candidate.text, lexicon) || isUmlautDativePlural(candidate.text, lexicon))) return WEIGHTS.pluralAfterDativeSingular;
  if (token.outsideDative && againstWord && isUmlautPlural(candidate.text, lexicon) && isOnlyOldDative(token.text, lexicon)) return WEIGHTS.pluralOutsideDative;
  if (token.besideDu && PLURAL_YOU_MODAL.test(candidate.text)) return WEIGHTS.otherPersonOfModal;
  if (token.besideIhr && SINGULAR_YOU_MODAL.test(candidate.text)) return WEIGHTS.otherPersonOfModal;
  return 1;
}

/** The plural you of a modal verb, whose umlaut the second person singular lacks (ihr müßt, du mußt). */
const PLURAL_YOU_MODAL = /^(?:müß|müss|dürf|könn|mög)t$/;
/** The second person singular of müssen, which only its umlaut tells from the plural you (du mußt, ihr müßt). */
const SINGULAR_YOU_MODAL = /^mu(?:ß|ss)t$/;

/** The word with its umlauts' dots lost, case kept: withoutDots('Füß') = 'Fuß'. */
function withoutDots(text: string): string {
  return text.replace(/[äöü]/g, (letter) => FOLDED[letter]!);
}

/** A noun's umlaut plural in -e: without its dots and its -e, a word (Füße: Fuß, Ströme: Strom). */
function isUmlautPlural(text: string, lexicon: Lexicon): boolean {
  return /^\p{Lu}.*[äöü].*e$/u.test(text) && lexicon.isWord(withoutDots(text.slice(0, -1)));
}

/**
 * A capitalised word in -e that is only a noun's old dative singular: its
 * stem is a noun (Kopfe: Kopf; not an adjective or adverb raised at a
 * sentence start, Lange, Nahe, Große), and it has no plural in -n of its own,
 * as the feminine noun it may also be has (Falle: Fallen; Radarfalle).
 */
function isOnlyOldDative(text: string, lexicon: Lexicon): boolean {
  if (text.length < 4 || lexicon.isWord(text.toLowerCase())) return false;
  const stem = text.slice(0, -1);
  return lexicon.isWord(stem) && !lexicon.isWord(stem.toLowerCase()) && !isNoun(`${text}n`, lexicon);
}

/** A noun as written: a form of the dictionary, or a compound that is no verb's infinitive raised (Radarfallen, not Vorfallen). */
function isNoun(text: string, lexicon: Lexicon): boolean {
  return lexicon.isForm?.(text) === true || (lexicon.isWord(text) && !lexicon.isWord(text.toLowerCase()));
}

/** The capitalised words a plural after a dative singular is weighed for: in -e (am Fuße), -en or -ern (zum Einkaufen). */
const DATIVE_SINGULAR_SHAPE = /(?:e|en|ern)$/;
const DATIVE_PLURAL = /^\p{Lu}.*[äöü].*(?:en|ern)$/u;

/**
 * A noun's umlaut plural in the dative, -en or -ern: without its dots and
 * its ending, a word (Einkäufen: Einkauf, Häusern: Haus); not where it is an
 * infinitive made a noun too (zum Fällen: fällen), nor where the stem with
 * its dots is a word, a noun whose singular ends in -en (dem Bären: Bär).
 */
function isUmlautDativePlural(text: string, lexicon: Lexicon): boolean {
  if (!DATIVE_PLURAL.test(text) || lexicon.isWord(text.toLowerCase())) return false;
  const stem = text.slice(0, text.endsWith('ern') ? -3 : -2);
  return !lexicon.isWord(stem) && lexicon.isWord(withoutDots(stem));
}

/** The conditional of the auxiliaries and modal verbs, which differs from their past tense only in the umlaut. */
const CONDITIONAL = /^(?:hätt|wär|würd|könnt|möcht|dürft|müsst|müßt|wüsst|wüßt)(?:e|est|en|et|st|t)?$/;

/**
 * The candidate is the third person of a strong verb whose plural you is the
 * token: the token's infinitive is a word (lassen, tragen), and the candidate
 * has no weak past tense (lässte, trägte). Not where both are weak verbs
 * (druckt, drückt: drückte; fallt, fällt: fällte), nor for halt, which is no
 * plural you (haltet).
 */
function isStrongThirdPerson(candidate: string, token: string, lexicon: Lexicon): boolean {
  if (!candidate.endsWith('t')) return false;
  return lexicon.isWord(`${token.slice(0, -1)}en`) && !lexicon.isWord(`${candidate.slice(0, -1)}te`);
}

/** An uninflected comparative: lowercase, in -er, with an umlaut its declined twin lacks (größer: große, höher: hohe). */
function isComparative(text: string, lexicon: Lexicon): boolean {
  if (!/^\p{Ll}+er$/u.test(text) || !/[äöü]/.test(text)) return false;
  return lexicon.isWord(withoutDots(text.slice(0, -2)) + 'e');
}

/** Word i and the next one stand apart by blanks only (spaces, tabs, line breaks). */
export function isJoined(text: string, words: WordSpans, i: number): boolean {
  const next = words.starts[i + 1];
  if (next === undefined || next === words.ends[i]) return false;
  for (let at = words.ends[i]!; at < next; at++) {
    const code = text.charCodeAt(at);
    if (code !== 0x20 && code !== 0x0a && code !== 0x09 && code !== 0x0d) return false;
  }
  return true;
}
