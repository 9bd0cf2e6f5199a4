// German running text from Debian's documentation packages: which packages and files, how to
// extract their paragraphs (HTML, manual pages, PDF, gettext catalogues), which paragraphs are German
// prose, and their words. Shared by build-frequencies.mjs (word counts) and build-bigrams.mjs (word pairs)
// so that both count exactly the same text.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Evaluation text: nothing may be derived from these packages. */
export const FORBIDDEN_PACKAGES = ['debian-reference-de', 'fortunes-de', 'debian-paketmanagement-buch'];

/**
 * The German prose to count: package, which of its files (path inside the package), and their format.
 * Only one copy of duplicated content is listed (no "big-page" LilyPond manuals, no bullseye Edu manual,
 * no .txt twins of HTML files); identical paragraphs are counted once anyway.
 */
export const SOURCES = [
  { pkg: 'libreoffice-help-de', format: 'html', files: /^usr\/share\/libreoffice\/help\/de\/.*\.html$/ },
  { pkg: 'gimp-help-de', format: 'html', files: /^usr\/share\/gimp\/2\.0\/help\/de\/.*\.html$/ },
  { pkg: 'manpages-de', format: 'man', files: /^usr\/share\/man\/de\/man\d\/.*\.gz$/ },
  { pkg: 'debian-edu-doc-de', format: 'html', files: /\/debian-edu-bookworm-manual\.html$/ },
  { pkg: 'debian-faq-de', format: 'html', files: /\/FAQ\/de\/.*\.de\.html$/ },
  { pkg: 'maint-guide-de', format: 'html', files: /\/html\/.*\.de\.html$/ },
  { pkg: 'developers-reference-de', format: 'html', files: /^usr\/share\/developers-reference\/de\/.*\.html$/ },
  { pkg: 'debian-history', format: 'html', files: /\/docs\/.*\.de\.html$/ },
  { pkg: 'linuxcnc-doc-de', format: 'pdf', files: /_de\.pdf$/ },
  { pkg: 'linuxcnc-doc-de', format: 'html', files: /_de\.html$/ },
  { pkg: 'lilypond-doc-html-de', format: 'html', files: /^(?!.*-big-page).*\.de\.html$/ },
  { pkg: 'udo-doc-de', format: 'html', files: /\/html\/.*\.html$/ },
  { pkg: 'installation-guide-amd64', format: 'html', files: /\/installation-guide-amd64\/de\/.*\.html$/ },
  { pkg: 'debian-handbook', format: 'html', files: /\/html\/de-DE\/.*\.html$/ },
  { pkg: 'gnome-user-docs', format: 'html', files: /^usr\/share\/help\/de\/.*\.page$/ },
  { pkg: 'texlive-lang-german', format: 'pdf', files: /\.pdf$/ },
  // Wesnoth's campaigns: narrative German (journeys, caves, battles) that documentation lacks.
  ...['data', 'did', 'dm', 'dw', 'ei', 'httt', 'l', 'low', 'nr', 'sof', 'sota', 'sotbe', 'thot', 'trow', 'tsg', 'ttb', 'utbs']
    .map((part) => ({ pkg: `wesnoth-1.16-${part}`, format: 'mo', files: /\/locale\/de\/LC_MESSAGES\/.*\.mo$/ })),
];

/** Words that only German uses (lower case); they tell German paragraphs from English ones. */
const GERMAN_MARKERS = new Set(('der die das und ist nicht mit sie ein eine einen einem einer zu von den dem des für auf '
  + 'wird werden sich im auch es oder wenn kann können sind bei aus nach wie zum zur diese dieser dieses wurde hat '
  + 'haben sein nur noch über durch dass daß ob einer sowie damit dann sollte muss wählen sehen').split(' '));
/** Words that only English uses (lower case). */
const ENGLISH_MARKERS = new Set(('the and is of to for with this that you are be it on or can by from not if which your '
  + 'these has have should when there its into than been were would their they more all may use used').split(' '));

const HTML_ENTITIES = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", shy: '', auml: 'ä', ouml: 'ö', uuml: 'ü',
  Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', ccedil: 'ç',
  Eacute: 'É', ecirc: 'ê', oacute: 'ó', ntilde: 'ñ', hellip: '…', ndash: '–', mdash: '—', laquo: '«', raquo: '»',
  bdquo: '„', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', sbquo: '‚', copy: '©', reg: '®', trade: '™',
  euro: '€', deg: '°', middot: '·', bull: '•', times: '×', para: '¶', sect: '§', zwsp: '', zwj: '', zwnj: '',
};

/** Named roff characters (\(xx, \[xx]) that occur in manual pages; unknown ones become a space. */
const ROFF_CHARS = {
  aq: "'", dq: '"', em: '—', en: '–', hy: '-', lq: '“', rq: '”', Fo: '«', Fc: '»', fo: '‹', fc: '›', bu: '•',
  co: '©', rg: '®', ':a': 'ä', ':o': 'ö', ':u': 'ü', ':A': 'Ä', ':O': 'Ö', ':U': 'Ü', ss: 'ß', "'e": 'é', '`e': 'è',
  mc: 'µ', de: '°', ti: '~', ha: '^', rs: '\\', or: '|', ga: '`', cq: '’', oq: '‘', bq: '‚', Bq: '„',
};

export function requireTools(tools) {
  for (const tool of tools) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
      fail(`${tool} is missing${tool === 'pdftotext' ? ' (apt-get install poppler-utils)' : ''}`);
    }
  }
}

/** apt-get download only sees packages the local lists know; refreshing them needs root. */
export function refreshPackageLists() {
  if (process.getuid?.() !== 0) {
    console.log('not root: using the package lists as they are (run as root to refresh them)');
    return;
  }
  console.log('apt-get update …');
  run('apt-get', ['update', '-qq']);
}

/**
 * Downloads (or takes from `debCache`, a folder of already downloaded .deb files) and extracts one
 * package, and calls `visit(paragraph)` for each of its paragraphs that is new, German and not code.
 * Returns the package's version and what was skipped, or null when the package is not available.
 */
export function readGermanParagraphs(pkg, work, seenParagraphs, visit, debCache) {
  if (FORBIDDEN_PACKAGES.includes(pkg)) fail(`${pkg} is evaluation text and must not be counted`);
  const debPath = debCache ? cachedDeb(pkg, debCache) : downloadDeb(pkg, work);
  if (!debPath) return null;
  const version = run('dpkg-deb', ['-f', debPath, 'Version']).trim();
  const root = join(work, pkg);
  run('dpkg-deb', ['-x', debPath, root]);
  if (!debCache) rmSync(debPath);

  const stats = { files: 0, paragraphs: 0, duplicates: 0, english: 0, code: 0 };
  const files = listFiles(root).sort(); // a fixed order: which copy of a duplicate paragraph counts must not vary
  for (const source of SOURCES.filter((candidate) => candidate.pkg === pkg)) {
    for (const path of files.filter((file) => source.files.test(file))) {
      stats.files++;
      for (const unit of readUnits(join(root, path), source.format)) {
        for (const paragraph of germanParagraphs(unit, seenParagraphs, stats)) visit(paragraph);
      }
    }
  }
  rmSync(root, { recursive: true, force: true });
  return { version, stats };
}

function downloadDeb(pkg, work) {
  const downloads = join(work, 'debs');
  mkdirSync(downloads, { recursive: true });
  chmodSync(downloads, 0o777); // apt-get download drops root privileges to the _apt user
  const download = spawnSync('apt-get', ['download', '-qq', pkg], { cwd: downloads, encoding: 'utf8' });
  const deb = readdirSync(downloads).find((name) => name.startsWith(`${pkg}_`));
  if (download.status !== 0 || !deb) {
    console.log(`${pkg}: not available, skipped (${download.stderr.trim().split('\n').pop()})`);
    return null;
  }
  return join(downloads, deb);
}

function cachedDeb(pkg, debCache) {
  const deb = existsSync(debCache) ? readdirSync(debCache).find((name) => name.startsWith(`${pkg}_`)) : undefined;
  if (!deb) console.log(`${pkg}: not in ${basename(debCache)}, skipped`);
  return deb ? join(debCache, deb) : null;
}

function listFiles(root, prefix = '') {
  return readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return listFiles(root, path);
    return entry.isFile() ? [path] : [];
  });
}

/**
 * A file as units of paragraphs: an HTML file or manual page is one unit, a PDF one unit per page.
 * A unit's overall language decides for its paragraphs that carry no language evidence of their own.
 */
function readUnits(file, format) {
  if (format === 'html') return [htmlToParagraphs(decodeHtmlFile(readFileSync(file)))];
  if (format === 'man') return [roffToParagraphs(gunzipSync(readFileSync(file)).toString('utf8'))];
  if (format === 'mo') return [translationsOf(readFileSync(file)).flatMap((message) => htmlToParagraphs(message))];
  const text = run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  return text.split('\f').map((page) => page.split(/\n\s*\n/).map((block) => block.replace(/\s+/g, ' ').trim()));
}

/** Reads an HTML file in the charset it declares (udo-doc-de is ISO-8859-1), UTF-8 otherwise. */
function decodeHtmlFile(bytes) {
  const declared = /charset=["']?([\w-]+)/i.exec(bytes.subarray(0, 2048).toString('latin1'))?.[1] ?? '';
  const isLatin1 = /^(iso-8859-1|latin1|windows-1252)$/i.test(declared);
  return new TextDecoder(isLatin1 ? 'windows-1252' : 'utf-8').decode(bytes);
}

/**
 * The translated messages of a gettext .mo file (skipping the header entry), plural forms apart,
 * without `$variables`. Each message is a paragraph; markup in it is removed like HTML.
 */
function translationsOf(mo) {
  const messageCount = mo.readUInt32LE(8);
  const table = mo.readUInt32LE(16);
  const messages = [];
  for (let index = 1; index < messageCount; index++) {
    const length = mo.readUInt32LE(table + 8 * index);
    const offset = mo.readUInt32LE(table + 8 * index + 4);
    const text = mo.subarray(offset, offset + length).toString('utf8').replace(/\$[\w.|]+/g, ' ');
    messages.push(...text.split('\0').map((form) => form.replace(/\n/g, '<br>')));
  }
  return messages;
}

/**
 * HTML to text paragraphs: drops head, scripts and code-like elements (pre, code, kbd, …) and breaks
 * at block elements. Example: `<p>Wählen Sie <code>ls</code> &amp; Co.</p>` → ['Wählen Sie & Co.'].
 */
function htmlToParagraphs(html) {
  return decodeEntities(html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(head|script|style|pre|code|kbd|samp|tt|var|svg|math|screen|cmd|input|output)\b[\s\S]*?<\/\1\s*>/gi, '\n')
    .replace(/\s+/g, ' ')
    .replace(/<\/?(?:p|div|li|ul|ol|dl|dt|dd|td|th|tr|table|h[1-6]|br|hr|title|section|article|header|footer|nav|aside|blockquote|caption|figcaption|figure|img|body|form|input|button|label|option|select)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ''))
    .split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function decodeEntities(text) {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (_, name) => {
    if (name[0] !== '#') return HTML_ENTITIES[name] ?? ' ';
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
  });
}

/**
 * Manual page source to text paragraphs: keeps running text and headings, drops requests, examples
 * (.nf/.EX/.TS blocks) and bold spans, which by convention are literal commands and options.
 * Example: `.PP\nDie Einträge werden \fB\-\-sort\fP sortiert` → ['Die Einträge werden sortiert'].
 */
function roffToParagraphs(source) {
  const paragraphs = [];
  let lines = [];
  let literal = false;
  const flush = () => {
    if (lines.length) paragraphs.push(roffInlineToText(lines.join(' ')));
    lines = [];
  };
  for (const line of source.split('\n')) {
    const request = /^[.']\s*([A-Za-z]+)\s*(.*)$/.exec(line);
    if (/^[.']\s*\\"/.test(line) || /^[.']\s*$/.test(line)) continue;
    if (!request) {
      if (!literal) lines.push(line);
      continue;
    }
    const [, name, args] = request;
    if (['nf', 'EX', 'TS'].includes(name)) literal = true;
    if (['fi', 'EE', 'TE'].includes(name)) literal = false;
    flush();
    if (!literal && ['SH', 'SS', 'I', 'IR', 'RI', 'BR', 'RB', 'BI', 'IB'].includes(name)) {
      lines.push(textInRomanOrItalic(name, args));
      flush();
    }
  }
  flush();
  return paragraphs.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The arguments of a font macro (.IR a b: a italic, b roman) without the bold ones. */
function textInRomanOrItalic(macro, args) {
  const words = [...args.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]);
  if (macro === 'SH' || macro === 'SS' || macro === 'I') return words.join(' ');
  return words.filter((_, index) => macro[index % 2] !== 'B').join(' ');
}

function roffInlineToText(text) {
  return text
    .replace(/\\f(?:B|\(BI|\[BI?\])[\s\S]*?(?=\\f|$)/g, ' ')
    .replace(/\\f(?:\(..|\[[^\]]*\]|.)/g, '')
    .replace(/\\\[u([\dA-F]{4,6})\]/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/\\\((..)|\\\[([^\]]*)\]/g, (_, short, long) => ROFF_CHARS[short ?? long] ?? ' ')
    .replace(/\\\*(?:\(..|\[[^\]]*\]|.)/g, ' ')
    .replace(/\\s[+-]?\d+|\\N'\d+'/g, '')
    .replace(/\\-/g, '-')
    .replace(/\\[ ~0]/g, ' ')
    .replace(/\\[&|^,/:%c)]/g, '')
    .replace(/\\e/g, '\\');
}

/** A unit's paragraphs that are new, German and not code. */
function germanParagraphs(paragraphs, seenParagraphs, stats) {
  const fresh = [];
  for (const paragraph of paragraphs) {
    stats.paragraphs++;
    const key = createHash('sha1').update(paragraph).digest('base64');
    if (seenParagraphs.has(key)) stats.duplicates++;
    else if (looksLikeCode(paragraph)) stats.code++;
    else {
      seenParagraphs.add(key);
      fresh.push({ paragraph, evidence: languageEvidence(paragraph) });
    }
  }
  const unitEvidence = fresh.reduce((sum, { evidence }) => sum + evidence, 0);
  const german = fresh.filter(({ evidence }) => evidence > 0 || (evidence === 0 && unitEvidence > 0));
  stats.english += fresh.length - german.length;
  return german.map(({ paragraph }) => paragraph);
}

/** Configuration snippets and source code are symbol-heavy: `net x-pos <= axis.0.pos-cmd;`. */
function looksLikeCode(paragraph) {
  const symbols = paragraph.match(/[{}();=<>#$[\]|_*]/g)?.length ?? 0;
  return symbols > 2 && symbols > paragraph.length * 0.05;
}

/** German marker words minus English marker words: > 0 German, < 0 English, 0 no evidence. */
function languageEvidence(paragraph) {
  let evidence = 0;
  for (const word of paragraph.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (GERMAN_MARKERS.has(word)) evidence++;
    else if (ENGLISH_MARKERS.has(word)) evidence--;
  }
  return evidence;
}

/** A run of letters and digits, with hyphens between its parts. */
const WORD_RUN = /[\p{L}\p{M}\p{N}_]+(?:[-‐‑][\p{L}\p{M}\p{N}_]+)*/gu;
const LATIN_WORD = /^\p{sc=Latin}[\p{sc=Latin}\p{M}]*$/u;
/** What stands where a URL, path, dotted name or option was removed: it separates words and breaks a clause. */
const REMOVED = ' \u0001 ';

/**
 * The words of a paragraph with case as written. URLs, e-mail addresses, paths, dotted names
 * (`firmware.py`, `z.B.`), command-line options, anything with digits or underscores and anything in a
 * script other than Latin (Greek symbols in formulas, Arabic quotes) are no words.
 * A hyphenated compound counts its parts as tokens and itself as an extra entry:
 * `die E-Mail-Adresse` → die, E, Mail, Adresse (tokens) and E-Mail-Adresse.
 */
export function wordsOf(paragraph) {
  const words = [];
  for (const [run] of wordText(paragraph).matchAll(WORD_RUN)) {
    const parts = run.split(/[-‐‑]/);
    const letterParts = parts.filter((part) => LATIN_WORD.test(part));
    for (const part of letterParts) words.push({ word: part, isToken: true });
    if (parts.length > 1 && letterParts.length === parts.length) words.push({ word: run.replace(/[‐‑]/g, '-'), isToken: false });
  }
  return words;
}

/** The paragraph in NFC, without ligatures, soft hyphens and the non-words wordsOf describes. */
function wordText(paragraph) {
  return paragraph.replace(/[\uFB00-\uFB06]/g, (ligature) => ligature.normalize('NFKC')).normalize('NFC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\b(?:[a-z][a-z\d+.-]*:\/\/|www\.)\S+|\S+@\S+|\S*[\\/]\S*[\\/]\S*|(?<!\S)[~.]?\/\S*|\S*\\\S*/gi, REMOVED)
    .replace(/[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)+/gu, REMOVED)
    .replace(/(?<!\S)--?[\p{L}\d][\w-]*/gu, REMOVED);
}

/**
 * The runs of adjacent words of a paragraph: words (as wordsOf defines them; a hyphenated compound is one
 * word) separated by nothing but white space. Punctuation, numbers, removed non-words and anything
 * that is not a Latin word end a run, so a pair never spans a sentence or clause boundary.
 * Example: `Sie könnten, z.B. hier drücken.` → [['Sie', 'könnten'], ['hier', 'drücken']].
 */
export function clausesOf(paragraph) {
  const clauses = [];
  for (const stretch of wordText(paragraph).split(/[^\p{L}\p{M}\p{N}_\s‐‑-]+/u)) {
    let clause = [];
    for (const token of stretch.split(/\s+/)) {
      const parts = token.split(/[-‐‑]/);
      if (token && parts.every((part) => LATIN_WORD.test(part))) {
        clause.push(token.replace(/[‐‑]/g, '-'));
        continue;
      }
      if (clause.length > 1) clauses.push(clause);
      clause = [];
    }
    if (clause.length > 1) clauses.push(clause);
  }
  return clauses;
}

export function run(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

export function fail(message) {
  console.error(`${basename(process.argv[1] ?? 'build')}: ${message}`);
  process.exit(1);
}
