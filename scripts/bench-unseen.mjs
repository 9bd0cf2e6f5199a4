#!/usr/bin/env node
// OCR text clean-ocr has never seen: German prose from LyX's German manuals (Debian package
// lyx-common, not a source of the lexicon, the frequencies or the dev pages), typeset with groff,
// rendered at 300 dpi with Ghostscript, read by Tesseract with its English and German models, then
// scored against the typeset text with `clean-ocr eval`.
//
// Usage: node scripts/bench-unseen.mjs [--pages N] [--sans] [--historic | --prose FILE] [--hyphenate] [--scan] [--keep DIR]
// (--sans: Helvetica at 10 pt, rendered at 200 dpi, instead of Times at 11 pt and 300 dpi;
// --historic: older prose with the spelling of the 19th century, scripts/corpus/historic-prose.txt,
// instead of the manuals; --prose FILE: the same with prose of your own, a paragraph a line, # starts a
// comment (text no rule was made on, to check that the repairs carry over); --hyphenate: lines filled and broken with groff's German hyphenation
// patterns, as a book is set, instead of wrapped at spaces; --scan: hyphenated lines of 60 to 72
// characters set in four TrueType fonts, DejaVu Serif and Sans, Liberation Serif and Sans, and
// rendered as a clean, a mildly and a badly degraded scan in turn (rotated, blurred, noise, a lower
// resolution), as the dev pages were made; needs ImageMagick's convert and fontconfig's fc-match)
// Needs: apt-get, dpkg-deb, groff, gs, tesseract with tesseract-ocr-eng and tesseract-ocr-deu
// (as root: apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-deu ghostscript groff).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const MANUALS = ['Tutorial.lyx', 'UserGuide.lyx', 'Intro.lyx', 'Additional.lyx', 'Customization.lyx', 'EmbeddedObjects.lyx'];
/** Characters of prose per page: about a printed page at 11 pt. */
const PAGE_CHARS = 1800;

const args = process.argv.slice(2);
const pageCount = Number(args[args.indexOf('--pages') + 1]) || 20;
const keep = args.includes('--keep') ? args[args.indexOf('--keep') + 1] : undefined;
const PRINT = args.includes('--sans')
  ? { font: 'HR', size: 10, spacing: 12, dpi: 200, lineWidth: 66 }
  : { font: 'TR', size: 11, spacing: 14, dpi: 300, lineWidth: 72 };
const SCAN = args.includes('--scan');
/** The prose of --historic or --prose FILE; the manuals without either. */
const PROSE = args.includes('--prose')
  ? args[args.indexOf('--prose') + 1]
  : args.includes('--historic')
    ? join(REPO, 'scripts', 'corpus', 'historic-prose.txt')
    : undefined;
/** Fonts of --scan, one per page in turn (fontconfig names). */
const SCAN_FONTS = ['DejaVu Serif', 'Liberation Serif', 'Liberation Sans', 'DejaVu Sans'];
/** Scan qualities of --scan, one per page in turn: rotation (degrees), blur (sigma), noise, resolution (dpi), threshold. */
const SCAN_QUALITIES = [
  { rotate: 0, blur: 0, noise: 0, dpi: 300 },
  { rotate: 0.3, blur: 0.7, noise: 0.4, dpi: 240 },
  { rotate: -0.6, blur: 1.1, noise: 0.9, dpi: 170, threshold: 55 },
];

const HYPHENATE = SCAN || args.includes('--hyphenate');
/** The measure of a filled line (--hyphenate): about lineWidth characters of the font. */
const LINE_LENGTH = '5.5i';

const tools = [
  ...(PROSE ? [] : ['apt-get', 'dpkg-deb']),
  'groff',
  'tesseract',
  ...(SCAN ? ['convert', 'fc-match'] : ['gs']),
];
const missing = tools.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
if (missing.length > 0) {
  console.log(`bench-unseen: skipped, missing ${missing.join(', ')} (see the usage at the top of scripts/bench-unseen.mjs)`);
  process.exit(0);
}
const work = keep ?? mkdtempSync(join(tmpdir(), 'clean-ocr-unseen-'));
mkdirSync(join(work, 'pages'), { recursive: true });
try {
  const { source, paragraphs } = PROSE ? proseOf(PROSE) : manualProse();
  const pages = paginate(paragraphs);
  pages.slice(0, pageCount).forEach((page, i) => ocrPage(page, join(work, 'pages', String(i + 1).padStart(3, '0')), i));
  const print = SCAN
    ? `${SCAN_FONTS.join(', ')} at three scan qualities`
    : `${PRINT.font === 'HR' ? 'Helvetica' : 'Times'} ${PRINT.size} pt at ${PRINT.dpi} dpi${HYPHENATE ? ', hyphenated' : ''}`;
  console.log(`${source}: ${Math.min(pageCount, pages.length)} pages of German prose, ${print}, OCR by ${execFileSync('tesseract', ['--version']).toString().split('\n')[0]}\n`);
  for (const model of ['eng', 'deu']) {
    console.log(`--- ${model === 'eng' ? 'English' : 'German'} model`);
    const evaluation = spawnSync(join(REPO, 'bin', 'clean-ocr'), ['eval', '--ocr', 'pages', '--gt', 'pages', '--ocr-suffix', `.${model}.txt`, '--gt-suffix', '.gt.txt'], { cwd: work, encoding: 'utf8' });
    process.stdout.write(evaluation.stdout + evaluation.stderr);
  }
} finally {
  if (keep === undefined) rmSync(work, { recursive: true, force: true });
}

/** The paragraphs of LyX's German manuals, from the Debian package. */
function manualProse() {
  execFileSync('apt-get', ['download', 'lyx-common'], { cwd: work, stdio: 'ignore' });
  const deb = readdirSync(work).find((name) => name.startsWith('lyx-common') && name.endsWith('.deb'));
  execFileSync('dpkg-deb', ['-x', join(work, deb), join(work, 'x')]);
  return { source: deb, paragraphs: MANUALS.flatMap((name) => paragraphsOf(readFileSync(join(work, 'x/usr/share/lyx/doc/de', name), 'utf8'))) };
}

/** Prose a paragraph a line, # starts a comment: the older prose kept in the repository, or the user's. */
function proseOf(file) {
  return { source: relative(REPO, file).startsWith('..') ? file : relative(REPO, file), paragraphs: readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')) };
}

/** The plain paragraphs of a LyX file: Standard layouts without insets, commands or maths. */
function paragraphsOf(lyx) {
  const paragraphs = [];
  for (const [, body] of lyx.matchAll(/\\begin_layout Standard\n(.*?)\\end_layout/gs)) {
    if (body.includes('\\begin_inset')) continue;
    const text = body.split('\n').filter((line) => line && !line.startsWith('\\')).join('').replace(/\s+/g, ' ').trim();
    // An inset cut out leaves a space before punctuation (Umgebungen .): not what a printed page shows.
    const clean = text.replace(/ ([.,;:!?)])/g, '$1').replace(/\( /g, '(');
    if (clean.length > 250 && !/[{}\\$]/.test(clean)) paragraphs.push(clean);
  }
  return paragraphs;
}

/** The paragraphs in pages of about PAGE_CHARS characters. */
function paginate(paragraphs) {
  const pages = [];
  let page = [];
  let size = 0;
  for (const paragraph of paragraphs) {
    page.push(paragraph);
    size += paragraph.length;
    if (size > PAGE_CHARS) {
      pages.push(page);
      page = [];
      size = 0;
    }
  }
  // The last, shorter page too: prose of a few pages would otherwise lose a third of its text.
  if (page.length > 0) pages.push(page);
  return pages;
}

function wrap(paragraph) {
  const lines = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > PRINT.lineWidth) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

/**
 * Typesets the page's paragraphs, renders them and reads them with both
 * models: BASE.gt.txt (the ground truth), BASE.eng.txt, BASE.deu.txt. Lines
 * are wrapped at spaces, or with --hyphenate filled and hyphenated by groff
 * (its German patterns, de.tmac); the ground truth has no line-break hyphens.
 */
function ocrPage(paragraphs, base, index) {
  const escaped = (line) => line.replace(/^\./gm, '\\&.');
  writeFileSync(`${base}.gt.txt`, `${(HYPHENATE ? paragraphs : paragraphs.map(wrap)).join('\n\n')}\n`);
  if (SCAN) {
    const width = 60 + ((index * 5) % 13);
    const roff = `.mso de.tmac\n.ll ${width}n\n.ad l\n.hy 1\n${paragraphs.map(escaped).join('\n.sp\n')}\n`;
    const lines = execFileSync('groff', ['-Kutf8', '-Tutf8', '-P-cbou'], { input: roff }).toString('utf8');
    scan(lines.replace(/\u2010|\u2212/g, '-').replace(/\u2019/g, "'").replace(/\u2018/g, '`').trim(), base, index);
    for (const model of ['eng', 'deu']) execFileSync('tesseract', [`${base}.png`, `${base}.${model}`, '-l', model], { stdio: 'ignore' });
    return;
  }
  const setting = `.ps ${PRINT.size}\n.vs ${PRINT.spacing}\n.ft ${PRINT.font}\n`;
  const roff = HYPHENATE
    ? `.mso de.tmac\n.ll ${LINE_LENGTH}\n.ad l\n.hy 1\n${setting}${paragraphs.map(escaped).join('\n.sp\n')}\n`
    : `.nf\n${setting}${escaped(paragraphs.map(wrap).join('\n\n'))}`;
  const postscript = execFileSync('groff', ['-Kutf8', '-Tps'], { input: roff });
  execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pnggray', `-r${PRINT.dpi}`, `-sOutputFile=${base}.png`, '-'], { input: postscript });
  for (const model of ['eng', 'deu']) execFileSync('tesseract', [`${base}.png`, `${base}.${model}`, '-l', model], { stdio: 'ignore' });
}

/** Renders the typeset lines with ImageMagick in the page's font and scan quality: BASE.png. */
function scan(lines, base, index) {
  const font = execFileSync('fc-match', ['-f', '%{file}', SCAN_FONTS[index % SCAN_FONTS.length]]).toString();
  const quality = SCAN_QUALITIES[index % SCAN_QUALITIES.length];
  // One label per line (ImageMagick's policy forbids reading the text from a file); a blank line as a white dot.
  const labels = lines.split('\n').flatMap((line) =>
    line === '' ? ['-fill', 'white', 'label:.', '-fill', 'black'] : [`label:${line.replace(/\\/g, '\\\\').replace(/%/g, '%%')}`],
  );
  const degrade = quality.dpi === 300 ? [] : [
    '-rotate', String(quality.rotate), '-blur', `0x${quality.blur}`, '-resample', String(quality.dpi),
    '-attenuate', String(quality.noise), '+noise', 'Gaussian', ...(quality.threshold ? ['-threshold', `${quality.threshold}%`] : []),
  ];
  execFileSync('convert', ['-density', '300', '-background', 'white', '-fill', 'black', '-font', font, '-pointsize', String(10 + (index % 3) * 0.5),
    ...labels, '-gravity', 'West', '-append', '-bordercolor', 'white', '-border', '120', ...degrade, '-colorspace', 'Gray', `${base}.png`]);
}
