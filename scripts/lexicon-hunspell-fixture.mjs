#!/usr/bin/env node
/**
 * Regenerates fixtures/lexicon/hunspell-verdicts.tsv: real tokens from the
 * German manual pages installed under /usr/share/man/de (adduser, apt, dpkg,
 * dpkg-dev, man-db, passwd, procps, xz-utils …; not evaluation text), plus
 * OCR-like damaged twins of the tokens with umlauts or ß, each with Debian
 * hunspell's verdict (`hunspell -d de_DE -l`).
 * test/lexicon-hunspell.test.ts checks the compiled lexicon against it.
 *
 *   node scripts/lexicon-hunspell-fixture.mjs   (needs hunspell, hunspell-de-de, groff)
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAN_DIR = '/usr/share/man/de';
const OUTPUT = join(ROOT, 'fixtures', 'lexicon', 'hunspell-verdicts.tsv');
const TEXT_TOKENS = 2000;
/** Long tokens are mostly compounds (or long non-German words): the hard cases, so they get their own share. */
const LONG_TOKENS = 1500;
const LONG = 14;
const DAMAGED_TOKENS = 600;

/** Renders one manual page to plain text, without hyphenation. */
function renderManPage(path) {
  return execFileSync('sh', ['-c', `zcat "$1" | groff -k -Tutf8 -mandoc -rLL=500n -rHY=0 -P-cbou`, 'sh', path], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/** Latin words, inner hyphens allowed (`Steuer-Dateiname`). */
const TOKEN = /[A-Za-zÀ-ÖØ-öø-ÿ]+(?:-[A-Za-zÀ-ÖØ-öø-ÿ]+)*/gu;

/** A stable pseudo-random order, so the sample does not change between runs. */
function stableHash(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return hash;
}
const sample = (tokens, count) =>
  [...tokens].sort((a, b) => stableHash(a) - stableHash(b) || (a < b ? -1 : 1)).slice(0, count);

/** OCR-like damage to umlauts and ß, as English-model OCR does it: lost dots; ö→d, ü→ii, ß→B. */
const DAMAGES = [
  { ä: 'a', ö: 'o', ü: 'u', Ä: 'A', Ö: 'O', Ü: 'U', ß: 'ss' },
  { ä: 'a', ö: 'd', ü: 'ii', Ä: 'A', Ö: 'O', Ü: 'U', ß: 'B' },
].map((table) => (word) => word.replace(/[äöüÄÖÜß]/gu, (letter) => table[letter]));

/**
 * Hunspell's verdicts: `hunspell -l` lists the rejected words of its input
 * (fast: no suggestions). Tokens are letters with inner hyphens, which
 * Hunspell keeps whole (WORDCHARS of de_DE); anything else would be a bug here.
 */
function hunspellVerdicts(tokens) {
  const output = execFileSync('hunspell', ['-d', 'de_DE', '-l'], {
    input: tokens.join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const rejected = new Set(output.split('\n').filter(Boolean));
  const known = new Set(tokens);
  const strangers = [...rejected].filter((word) => !known.has(word));
  if (strangers.length > 0) throw new Error(`hunspell split tokens: ${strangers.slice(0, 5).join(' ')}`);
  return tokens.map((token) => (rejected.has(token) ? 0 : 1));
}

function main() {
  const tokens = new Set();
  for (const section of readdirSync(MAN_DIR)) {
    for (const page of readdirSync(join(MAN_DIR, section))) {
      for (const [token] of renderManPage(join(MAN_DIR, section, page)).matchAll(TOKEN)) {
        if (token.length >= 2) tokens.add(token);
      }
    }
  }
  const long = sample([...tokens].filter((token) => token.length >= LONG), LONG_TOKENS);
  const text = [...new Set([...sample(tokens, TEXT_TOKENS), ...long])];
  const withUmlauts = sample([...tokens].filter((token) => /[äöüÄÖÜß]/u.test(token)), DAMAGED_TOKENS);
  const damaged = new Set();
  for (const damage of DAMAGES) for (const token of withUmlauts) damaged.add(damage(token));
  const rows = [
    ...text.map((token) => [token, token.length >= LONG ? 'long' : 'text']),
    ...[...damaged].filter((token) => !tokens.has(token)).map((token) => [token, 'damaged']),
  ];
  const verdicts = hunspellVerdicts(rows.map(([token]) => token));
  const lines = rows.map(([token, kind], i) => `${token}\t${verdicts[i]}\t${kind}`);
  writeFileSync(OUTPUT, `# token\thunspell -d de_DE (1 = word)\tkind (text, long, damaged)\n${lines.join('\n')}\n`);
  console.log(`${OUTPUT}: ${lines.length} tokens`);
}

main();
