/**
 * An opening quotation mark OCR dropped altogether: only a closing mark shows
 * where the quotation ended, and what comes before it where it began — a
 * colon before direct speech, a speech tag, the closing mark of a list's term
 * before, a cross-reference or a word of naming (see droppedOpening).
 */
import type { Edit } from '../types.js';
import type { Language } from './language.js';
import type { QuoteMark } from './marks.js';
import type { QuoteGlyphs } from './style.js';

/** Where the quotation began is read from its surroundings, not seen. */
const DROPPED_OPENING_CONFIDENCE = 0.7;
const CLOSING_GLYPHS = '“”"';
/** A colon and the capital that begins the speech, on the same line or the next (sagte zu ihr:⏎Auf Sankt Lucia …“). */
const COLON_BEFORE_SPEECH = /:(?: |[ \t]*\n[ \t]*)(?=\p{Lu})/gu;
/** Longer than this, the colon is rather a label's (Date: Datum …) than the speech's. */
const MAX_SPEECH = 300;
/**
 * After a quoted term, the separator of a list (a comma, or and, or …) and
 * the next term: one to four words with no punctuation of their own. A bare
 * space after a closing mark begins the next sentence, not a term.
 */
const NEXT_TERM = /^(?:[,;][ \t\n]+(?:(?:und|oder|sowie|bzw\.)[ \t\n]+)?|[ \t\n]+(?:und|oder|sowie|bzw\.)[ \t\n]+)(?=[\p{L}\d][^„“”"‚‘’«»,.;:!?()\s]*(?:[ \t\n]+[^„“”"‚‘’«»,.;:!?()\s]+){0,3}$)/u;
/** The verbs of saying a speech tag begins with, as a regex group (fährt fort, fuhr fort: to go on speaking). */
const SPEECH_VERB =
  '(?:sagt|sagte|fragt|fragte|antwortet|antwortete|meint|meinte|ruft|rief|erwidert|erwiderte|erklärt|erklärte|entgegnet|entgegnete|flüstert|flüsterte|murmelt|murmelte|schreit|schrie|spricht|sprach|fährt|fuhr|denkt|dachte)';
/**
 * After the closing mark of direct speech, the speech tag between two commas
 * and the speech resumed: `„Nun mal ganz ruhig“, sagt der Zahnarzt, es tut
 * nicht weh!“`; the tag is a verb of saying and at most 40 characters more.
 */
const SPEECH_RESUMED = new RegExp(`^,[ \\t\\n]+${SPEECH_VERB}[ \\t\\n]+[^„“”"‚‘’«»,.;:!?()]{1,40},[ \\t\\n]+(?=[^„“”"‚‘’«»]{1,300}$)`, 'u');
/**
 * A speech tag right after the closing mark (`“, sagte er`, `?“ fragte sie`,
 * `“, erklärte Bäuerle`): a verb of saying, or any in -t or -te (its umlauts
 * may still be garbled here: erklérte), and the start of its subject. The
 * quotation is direct speech, which begins a sentence; OCR drops the low
 * opening mark at the left margin most of all, where a paragraph of dialogue
 * begins with it.
 */
const SPEECH_TAG = new RegExp(`^,?[ \\t\\n]+(?:${SPEECH_VERB}|\\p{Ll}{2,14}te?)[ \\t\\n]+(?:er|sie|es|ich|wir|man|der|die|das|\\p{Lu})`, 'u');
/** How far after the closing mark a speech tag's subject may begin. */
const SPEECH_TAG_REACH = 40;
/** A name a word of naming introduces, one token up to the closing mark: `ein Programm namens program“`, `die Option -g“`. */
const NAMED_TERM = /(?:namens|genannt|sogenannte[nmrs]?|Option|Befehl|Kommando|Stichwort|Schlüsselwort)[ \t\n]+(?=[^\s„“”"‚‘’«»]{1,40}$)/u;
/** A cross-reference and the title it quotes: `siehe Abschnitt 10.1.5, Aufrufe für die Auswahl von Dateien“` (up to ten words). */
const REFERENCED_TITLE = /(?:Abschnitt|Kapitel|Anhang|Tabelle|Abbildung)[ \t\n]+[\dA-Z](?:[\d.]*\d)?,[ \t\n]+(?=[\p{L}\d][^„“”"‚‘’«»,.;:!?()\s]*(?:[ \t\n]+[^„“”"‚‘’«»,.;:!?()\s]+){0,9}$)/u;

/**
 * The opening mark OCR dropped before a term of a list, right after the
 * closing mark of the term before (`previous`): `„Partitionstabelle“, Disk
 * partitioning data“` → `„Partitionstabelle“, „Disk partitioning data“`;
 * after the speech tag of direct speech resumed (`„Nun mal ganz ruhig“,
 * sagt der Zahnarzt, es tut nicht weh!“`); before the title a cross-reference
 * quotes (`Abschnitt 10.1.5, Aufrufe für die Auswahl von Dateien“`) or a
 * word of naming introduces (`ein Programm namens program“`); or before
 * direct speech: after a colon that introduces it (`sagt: Mensch, schnell!“`
 * → `sagt: „Mensch, schnell!“`; the last colon before the closing mark, after
 * any other quote mark of the paragraph from `paragraphStart` on), or at the
 * paragraph's start where a speech tag follows the paragraph's first closing
 * mark (`Wir essen einfach“, sagte er` → `„Wir essen einfach“, sagte er`).
 * Not far before the closing mark, and not where an opening mark the pairing
 * did not take, or a straight quote, stands between (strptime(3) „%a“,
 * Hinweis: "%s %s" ruft). Elsewhere where the quote began is guesswork.
 */
export function droppedOpening(
  text: string,
  paragraphStart: number,
  previous: QuoteMark | undefined,
  mark: QuoteMark,
  glyphs: QuoteGlyphs,
  language: () => Language,
  /** Whether the line at an offset is code (see isCodeLine). */
  inCode: (offset: number) => boolean,
): Edit | undefined {
  if (mark.role !== 'close' || mark.kind !== 'double' || !CLOSING_GLYPHS.includes(text[mark.start]!)) return undefined;
  const from = previous?.end ?? paragraphStart;
  const before = text.slice(from, mark.start);
  const term = previous?.role === 'close' ? (NEXT_TERM.exec(before) ?? SPEECH_RESUMED.exec(before)) : (REFERENCED_TITLE.exec(before) ?? NAMED_TERM.exec(before));
  let opening = term === null ? -1 : from + term.index + term[0].length;
  if (term === null) {
    for (const colon of before.matchAll(COLON_BEFORE_SPEECH)) opening = from + colon.index + colon[0].length;
    if (opening === -1 && previous === undefined && SPEECH_TAG.test(text.slice(mark.end, mark.end + SPEECH_TAG_REACH))) opening = capitalAtStart(text, from);
    if (opening === -1 || mark.start - opening > MAX_SPEECH || /[„‚«»"]/.test(text.slice(opening, mark.start))) return undefined;
  }
  if (inCode(opening) || language() !== 'german') return undefined;
  return { start: opening, end: opening, after: glyphs.open.double, rule: 'opening-quote', confidence: DROPPED_OPENING_CONFIDENCE };
}

/** The offset of the paragraph's first letter where it is a capital (a sentence begins there), else -1. */
function capitalAtStart(text: string, paragraphStart: number): number {
  const first = /\S/.exec(text.slice(paragraphStart, paragraphStart + 80));
  return first !== null && /^\p{Lu}$/u.test(first[0]) ? paragraphStart + first.index : -1;
}
