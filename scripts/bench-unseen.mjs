#!/usr/bin/env node
// OCR text clean-ocr has never seen: German prose from LyX's German manuals (Debian package
// lyx-common, not a source of the lexicon, the frequencies or the dev pages), typeset with groff,
// rendered at 300 dpi with Ghostscript, read by Tesseract with its English and German models, then
// scored against the typeset text with `clean-ocr eval`.
//
// Usage: node scripts/bench-unseen.mjs [--pages N] [--sans] [--historic] [--keep DIR]
// (--sans: Helvetica at 10 pt, rendered at 200 dpi, instead of Times at 11 pt and 300 dpi;
// --historic: older prose with the spelling of the 19th century, scripts/corpus/historic-prose.txt,
// instead of the manuals)
// Needs: apt-get, dpkg-deb, groff, gs, tesseract with tesseract-ocr-eng and tesseract-ocr-deu
// (as root: apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-deu ghostscript groff).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

const tools = args.includes('--historic') ? ['groff', 'gs', 'tesseract'] : ['apt-get', 'dpkg-deb', 'groff', 'gs', 'tesseract'];
const missing = tools.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
if (missing.length > 0) {
  console.log(`bench-unseen: skipped, missing ${missing.join(', ')} (see the usage at the top of scripts/bench-unseen.mjs)`);
  process.exit(0);
}
const work = keep ?? mkdtempSync(join(tmpdir(), 'clean-ocr-unseen-'));
mkdirSync(join(work, 'pages'), { recursive: true });
try {
  const { source, paragraphs } = args.includes('--historic') ? historicProse() : manualProse();
  const pages = paginate(paragraphs);
  pages.slice(0, pageCount).forEach((page, i) => ocrPage(page, join(work, 'pages', String(i + 1).padStart(3, '0'))));
  const print = `${PRINT.font === 'HR' ? 'Helvetica' : 'Times'} ${PRINT.size} pt at ${PRINT.dpi} dpi`;
  console.log(`${source}: ${Math.min(pageCount, pages.length)} pages of German prose, ${print}, OCR by ${execFileSync('tesseract', ['--version']).toString().split('\n')[0]}\n`);
  for (const model of ['eng', 'deu']) {
    console.log(`--- ${model === 'eng' ? 'English' : 'German'} model`);
    const evaluation = spawnSync(process.execPath, [join(REPO, 'bin/clean-ocr.cjs'), 'eval', '--ocr', 'pages', '--gt', 'pages', '--ocr-suffix', `.${model}.txt`, '--gt-suffix', '.gt.txt'], { cwd: work, encoding: 'utf8' });
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

/** The older prose kept in the repository: a paragraph a line, # starts a comment. */
function historicProse() {
  const file = join(REPO, 'scripts', 'corpus', 'historic-prose.txt');
  return { source: 'scripts/corpus/historic-prose.txt', paragraphs: readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')) };
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

/** Paragraphs wrapped at the print's line width (at spaces only), about PAGE_CHARS of them per page. */
function paginate(paragraphs) {
  const pages = [];
  let page = [];
  let size = 0;
  for (const paragraph of paragraphs) {
    page.push(wrap(paragraph));
    size += paragraph.length;
    if (size > PAGE_CHARS) {
      pages.push(`${page.join('\n\n')}\n`);
      page = [];
      size = 0;
    }
  }
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

/** Typesets the page (its ground truth), renders it and reads it with both models: BASE.gt.txt, BASE.eng.txt, BASE.deu.txt. */
function ocrPage(text, base) {
  writeFileSync(`${base}.gt.txt`, text);
  const roff = `.nf\n.ps ${PRINT.size}\n.vs ${PRINT.spacing}\n.ft ${PRINT.font}\n${text.replace(/^\./gm, '\\&.')}`;
  const postscript = execFileSync('groff', ['-Kutf8', '-Tps'], { input: roff });
  execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pnggray', `-r${PRINT.dpi}`, `-sOutputFile=${base}.png`, '-'], { input: postscript });
  for (const model of ['eng', 'deu']) execFileSync('tesseract', [`${base}.png`, `${base}.${model}`, '-l', model], { stdio: 'ignore' });
}
