#!/usr/bin/env node
// Counts German word frequencies in the German documentation shipped by Debian and writes
// dictionaries/frequencies-de.tsv.gz (`word<TAB>count`, most frequent first, case as written).
//
// Why: the lexicon knows which strings are words but cannot choose between two real words
// (schon/schön, wurde/würde, Hohle/Höhle); running-text counts can.
//
// Usage: npm run build:frequencies  (needs Debian's apt-get and dpkg-deb, and pdftotext from
// poppler-utils; run as root to refresh the package lists first). Same package versions give a
// byte-identical file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { fail, readGermanParagraphs, refreshPackageLists, requireTools, SOURCES, wordsOf } from './corpus/german-text.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(REPO, 'dictionaries', 'frequencies-de.tsv.gz');
/** Words seen fewer times are mostly typos, identifiers and one-off names: dropping them keeps the file small. */
const MIN_COUNT = 3;

main();

function main() {
  requireTools(['apt-get', 'dpkg-deb', 'pdftotext']);
  refreshPackageLists();
  const work = mkdtempSync(join(tmpdir(), 'clean-ocr-frequencies-'));
  try {
    const counts = new Map();
    const seenParagraphs = new Set();
    const used = [];
    for (const pkg of [...new Set(SOURCES.map((source) => source.pkg))]) {
      const pkgResult = countPackage(pkg, work, counts, seenParagraphs);
      if (pkgResult) used.push(pkgResult);
    }
    writeOutput(counts, used);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Counts the words of one package's German paragraphs; returns its name, version and token count. */
function countPackage(pkg, work, counts, seenParagraphs) {
  let tokens = 0;
  let umlautTokens = 0;
  const read = readGermanParagraphs(pkg, work, seenParagraphs, (paragraph) => {
    for (const { word, isToken } of wordsOf(paragraph)) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
      if (!isToken) continue;
      tokens++;
      if (/[äöüÄÖÜß]/.test(word)) umlautTokens++;
    }
  }, process.env.CLEAN_OCR_DEB_CACHE);
  if (!read) return null;
  const { version, stats } = read;
  const umlautShare = ((100 * umlautTokens) / Math.max(tokens, 1)).toFixed(1);
  console.log(`${pkg} ${version}: ${stats.files} files, ${stats.paragraphs} paragraphs `
    + `(${stats.duplicates} duplicates, ${stats.english} English, ${stats.code} code skipped), `
    + `${tokens} tokens, ${umlautShare}% with ä/ö/ü/ß`);
  return { pkg, version, tokens };
}

/** Writes the list and prints the numbers a reader will want to check. */
function writeOutput(counts, used) {
  if (!used.length) fail('no package could be downloaded');
  const tokens = used.reduce((sum, { tokens: packageTokens }) => sum + packageTokens, 0);
  const listed = [...counts].filter(([, count]) => count >= MIN_COUNT)
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0));
  const codename = /VERSION_CODENAME=(\w+)/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? 'unknown';
  const header = [
    `# German word frequencies counted by scripts/build-frequencies.mjs in the German text of Debian ${codename} packages: `
      + used.map(({ pkg, version }) => `${pkg} ${version}`).join(', '),
    `# tokens=${tokens} distinct=${counts.size} listed=${listed.length} min_count=${MIN_COUNT}; `
      + 'case as written; hyphenated compounds are listed whole and their parts counted as tokens; columns: word<TAB>count',
  ];
  const body = listed.map(([word, count]) => `${word}\t${count}`);
  const gz = gzipSync(`${[...header, ...body].join('\n')}\n`, { level: 9 });
  writeFileSync(OUTPUT, gz);
  console.log(`\n${tokens} tokens, ${counts.size} distinct words, ${listed.length} listed (count >= ${MIN_COUNT})`);
  console.log(`wrote ${OUTPUT} (${(gz.length / 1024).toFixed(0)} KiB)`);
  const sanity = ['schon', 'schön', 'wurde', 'würde', 'konnte', 'könnte', 'fuhren', 'führen', 'Hohle', 'Höhle',
    'für', 'fur', 'uber', 'über', 'Über', 'dass', 'daß'];
  console.log(sanity.map((word) => `${word} ${counts.get(word) ?? 0}`).join(', '));
}
