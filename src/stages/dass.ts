/**
 * Restores the conjunction daß where OCR dropped its ß and left `da`, or read
 * it as an s (`das`): an engine without a German model does so with the ß of
 * older print about as often as it reads a B (on older prose read with the
 * English model, one daß in six came out as `da`, one in twenty as `das`).
 * Both are words, so only grammar tells: after `ohne`; after a pronominal
 * adverb that announces the clause (damit, daß); after a clause with `so`
 * (so schön, daß); after a verb of saying, knowing or hoping (hoffen, daß);
 * and only before the subject of a clause or a preposition (da rief er: `da`
 * is an adverb). `das` only after a comma and before a lowercase subject
 * (darin, das der …), after such a verb before a personal pronoun (sagen,
 * das ich): a relative `das` follows a noun, and `das Haus sei alt` is a
 * clause of its own. Only in a text that writes daß, or another word with
 * the ß that the spelling of 1996 writes ss (mußte, Fluß), or is historic:
 * one in the spelling of 1996 writes dass, whose ss OCR does not drop. After
 * `ohne` in any text, spelled as the text spells the conjunction. And `da`
 * with its ß read as a glyph no reading of the umlaut stage takes for one
 * (dal, dali, dah, dap, da’: one in each of five page sets of older print and
 * prose), which is no word: wherever a clause with daß may begin, after a
 * comma or a conjunction that takes one (außer, als, statt), it is daß,
 * spelled as the text spells the conjunction.
 * Example: „Er ging, ohne da er grüßte.“ → „Er ging, ohne daß er grüßte.“
 */
import { PREPOSITIONS } from '../correction/grammar.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { LETTER } from '../text/chars.js';
import type { Edit, Stage } from '../types.js';

/** Conjunctions that a clause with daß follows without a comma (ohne daß, so daß, außer daß, als daß, statt daß). */
const BEFORE_DASS = new Set(['ohne', 'so', 'außer', 'als', 'statt', 'anstatt']);
/** daß with its ß read as l, li, h, p or an apostrophe: glyphs no reading of the umlaut stage takes for ß, since in other words they are letters. */
const GARBLED_DASS_SOURCE = "da(?:li?|h|p|’|')";
/**
 * `da`, `das` or a garbled daß as a word (group 1), followed by a space and
 * a word, after a comma or after a conjunction of BEFORE_DASS: every rule
 * below needs one of those, and matching them keeps the stage from looking
 * at the text's many other `das` (matched, not looked behind for: V8 runs a
 * lookbehind four times slower).
 */
const DA = new RegExp(`(?:,\\s*|(?<![A-Za-zÄÖÜäöüß])(?:${[...BEFORE_DASS].join('|')})\\s+)(das?|${GARBLED_DASS_SOURCE})(?= +[A-Za-zÄÖÜäöüß])`, 'g');
const GARBLED_DASS = new RegExp(`^${GARBLED_DASS_SOURCE}$`);
/** The word after the spaces that follow: the lookahead of DA made sure there is one. */
const NEXT_WORD = /^ +([A-Za-zÄÖÜäöüß]+)/;
const WRITTEN_DASS_OLD = /(?<![A-Za-z])[dD]aß(?![A-Za-z])/;
const WRITTEN_DASS_NEW = /(?<![A-Za-z])[dD]ass(?![A-Za-z])/;
/** The subject a clause with `daß` may begin with, where a relative or demonstrative `das` is not followed by it. */
const PERSONAL_PRONOUNS = new Set('ich du er sie es wir ihr Sie man'.split(' '));
const WORDS_BACK = 4;
const CONFIDENCE = { ohne: 0.95, garbled: 0.9, correlate: 0.9, so: 0.85, verb: 0.8 } as const;
/**
 * A pronominal adverb that announces a clause with daß (damit, daß; darin,
 * daß). Not davon, dafür, dagegen, dabei: a particle or an opinion may end a
 * clause before a causal da (Er lief davon, da er Angst hatte).
 */
const CORRELATES = /^da(?:r(?:in|an|auf|über)|mit|durch)$/;

/** What begins the subject of a clause: a pronoun or a determiner (a capitalised word, a noun, does too). */
const SUBJECT_STARTS = new Set(
  ('ich du er sie es wir ihr man der die das dem den des ein eine einen einem einer eines mein meine meinem meinen meiner ' +
    'dein deine deinem deinen sein seine seinem seinen seiner ihre ihrem ihren ihrer unser unsere euer eure kein keine ' +
    'keinem keinen jeder jede jedes jeden dieser diese dieses diesem diesen alle alles nichts niemand jemand mir mich dir dich ihm ihn uns euch sich')
    .split(' '),
);
/** Verbs of saying, knowing, hoping, seeing and feeling (es freut mich, daß), which a clause with daß follows and one with causal da does not. */
const DASS_VERBS = new Set(
  ('hoffe hoffen hofft hoffte hofften gehofft glaube glauben glaubt glaubte glaubten geglaubt weiß weißt wissen wisse ' +
    'wußte wußten gewußt sage sagen sagt sagte sagten gesagt denke denken denkt dachte dachten gedacht meinen meint meinte ' +
    'meinten gemeint fürchte fürchten fürchtet fürchtete fürchteten zeigen zeigt zeigte zeigten gezeigt erzählen erzählt ' +
    'erzählte erzählten behaupten behauptet behauptete versichern versichert versicherte versicherten versprechen ' +
    'verspricht versprach versprachen versprochen merkte merkten gemerkt bemerkte bemerkt sah sahen gesehen hörte hörten ' +
    'gehört fühlte fühlten wünsche wünschen wünscht wünschte wünschten erklärte erklärten erklärt schwor schwur ' +
    'erfuhr erfuhren erfahren begriff begriffen vergaß vergessen erinnere erinnern erinnert erinnerte erinnerten ' +
    'betone betonen betont betonte betonten berichtet berichtete berichteten beschlossen vereinbart übereingekommen ' +
    'festgestellt hervorgehoben mitgeteilt zugegeben angenommen bewiesen verlangt verlangte verlangten ahnte ahnten geahnt ' +
    'freue freuen freut freute freuten gefreut wundert wunderte bedaure bedauern bedauert bedauerte')
    .split(' '),
);
/** …and separable ones, whose particle ends the clause: a verb of saying, knowing or agreeing and its particle (hoben hervor, daß). */
const DASS_PARTICLE_VERBS = new Set(
  ['hob hervor', 'hoben hervor', 'stellte fest', 'stellten fest', 'teilte mit', 'teilten mit', 'gab zu', 'gaben zu', 'kamen überein', 'kam überein'],
);
/**
 * A pronoun between such a verb and its clause (versicherte ihm, daß), a
 * modal verb (sagen wollte, daß) or a particle (fühlte wohl, daß); two of
 * them too (freut mich sehr, daß).
 */
const AFTER_VERB = new Set(
  ('mir dir ihm ihr uns euch ihnen Ihnen sich mich dich ihn es will wollte wollten kann konnte konnten muß mußte mußten ' +
    'soll sollte sollten habe hat hatte hatten hätte hätten wird würde würden wohl nun auch schon gleich sehr gut genau recht bald jetzt')
    .split(' '),
);

export const dassStage: Stage = {
  name: 'dass',
  description: 'restore daß where OCR dropped its ß and left da (ohne da er → ohne daß er), only where grammar allows no da',
  run(text, context) {
    if (context.options.lang === 'de-CH') return [];
    // Looked for at the first reading that needs it: most texts have none.
    let spelling: ConjunctionSpelling | undefined;
    const edits: Edit[] = [];
    for (const match of text.matchAll(DA)) {
      const word = match[1]!;
      const index = match.index + match[0].length - word.length;
      const next = NEXT_WORD.exec(text.slice(index + word.length, index + word.length + 40))![1]!;
      const rule = dassRule(text, index, word, next);
      if (rule === undefined) continue;
      spelling ??= conjunctionSpelling(text, context.options.historic === true, context.lexicon());
      // After ohne, da is no German at all, nor anywhere a garbled daß: the conjunction was there, whatever the text shows elsewhere.
      if (rule === 'ohne' || rule === 'garbled' || spelling.writesDass) {
        const name = rule === 'garbled' ? 'dass-garbled' : `dass-after-${rule}`;
        edits.push({ start: index, end: index + word.length, after: spelling.written, rule: name, confidence: CONFIDENCE[rule] });
      }
    }
    return edits;
  },
};

interface ConjunctionSpelling {
  /** The text writes daß or another ß of before 1996 (or is historic): the rules beyond ohne may restore it. */
  writesDass: boolean;
  /** How the conjunction is written back: dass in a text that writes dass and never daß. */
  written: 'daß' | 'dass';
}

function conjunctionSpelling(text: string, historic: boolean, lexicon: Lexicon): ConjunctionSpelling {
  const writesDass = historic || WRITTEN_DASS_OLD.test(text) || writesSharpSBefore1996(text, lexicon);
  return { writesDass, written: !writesDass && WRITTEN_DASS_NEW.test(text) ? 'dass' : 'daß' };
}

/**
 * Shortest word whose ß tells the spelling before 1996: a shorter one may be
 * a repair of the umlaut stage's, which reads a dropped ß into a two-letter
 * word (mu: muß; in a table of units, the prefix micro).
 */
const MIN_OLD_SHARP_S_WORD = 4;

/**
 * The text writes a word with the ß that the spelling of 1996 writes ss
 * (mußte, Fluß: musste, Fluss are the words), so it writes the conjunction
 * daß too, also on a page where OCR lost every daß it had.
 */
function writesSharpSBefore1996(text: string, lexicon: Lexicon): boolean {
  for (let at = text.indexOf('ß'); at !== -1; at = text.indexOf('ß', at + 1)) {
    const word = text.slice(at - LETTER.runLengthBefore(text, at), at + LETTER.runLengthAt(text, at));
    if (word.length >= MIN_OLD_SHARP_S_WORD && !lexicon.isWord(word) && lexicon.isWord(word.replaceAll('ß', 'ss'))) return true;
  }
  return false;
}

/** Why `da` or `das` at `at` can only be daß, if it can. */
function dassRule(text: string, at: number, word: string, next: string): keyof typeof CONFIDENCE | undefined {
  const before = wordsBefore(text, at);
  const last = before.words.at(-1) ?? '';
  if (GARBLED_DASS.test(word)) {
    // Not before a capital: dal Monte, Dal Lago are Italian.
    return (SUBJECT_STARTS.has(next) || PREPOSITIONS.has(next)) && (before.afterComma || BEFORE_DASS.has(last)) ? 'garbled' : undefined;
  }
  if (word === 'das') {
    // Only before a lowercase subject: after a comma, das before a noun is its article (darin, das Haus …).
    if (!before.afterComma || !SUBJECT_STARTS.has(next)) return undefined;
    if (CORRELATES.test(last)) return 'correlate';
    return PERSONAL_PRONOUNS.has(next) && isAfterDassVerb(before) ? 'verb' : undefined;
  }
  if (last === 'ohne') return 'ohne';
  if (before.afterComma && CORRELATES.test(last)) return 'correlate';
  const beginsSubject = SUBJECT_STARTS.has(next) || (next[0] !== next[0]!.toLowerCase() && next !== 'Da');
  // A clause with daß may begin with a preposition where one with adverbial da would have its verb (daß vor …; da kam …).
  if (!beginsSubject && !PREPOSITIONS.has(next)) return undefined;
  // …, so daß: so that.
  if (beginsSubject && /, +so +$/.test(text.slice(Math.max(0, at - 8), at))) return 'so';
  if (isAfterDassVerb(before)) return 'verb';
  return beginsSubject && before.afterComma && before.words.includes('so') ? 'so' : undefined;
}

/** The clause before ends in a verb that takes a clause with daß, perhaps with a pronoun or a modal verb after it, and a comma. */
function isAfterDassVerb(before: { words: string[]; afterComma: boolean }): boolean {
  if (!before.afterComma) return false;
  const [last, verb, third] = before.words.slice(-3).reverse();
  if (DASS_VERBS.has(last!) || DASS_PARTICLE_VERBS.has(`${verb} ${last}`)) return true;
  return AFTER_VERB.has(last!) && (DASS_VERBS.has(verb!) || (AFTER_VERB.has(verb!) && DASS_VERBS.has(third!)));
}

/** The last few words of the clause before `at` (back to a sentence mark, a comma or a blank line), and whether a comma ends it. */
function wordsBefore(text: string, at: number): { words: string[]; afterComma: boolean } {
  const window = text.slice(Math.max(0, at - 120), at);
  const clause = /([^.!?;:,]*)(,?)\s*$/.exec(window.slice(window.lastIndexOf('\n\n') + 1))!;
  return { words: clause[1]!.split(/[^A-Za-zÄÖÜäöüß]+/).filter(Boolean).slice(-WORDS_BACK), afterComma: clause[2] === ',' };
}
