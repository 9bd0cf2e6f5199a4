#!/usr/bin/env node
/**
 * Compiles a Hunspell dictionary (dictionary-de and its regional siblings)
 * into dictionaries/<lang>.bin: a minimal automaton of every surface form with
 * its compound roles, plus the word frequencies of
 * dictionaries/frequencies-de.tsv.gz when that file exists.
 *
 *   node scripts/build-dictionaries.mjs [--lang de-DE|de-AT|de-CH]
 *
 * The file layout is described in dictionaries/README.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { DawgBuilder } from './dictionaries/dawg-builder.mjs';
import { FORMAT_VERSION, MAGIC, ROLE } from './dictionaries/format.mjs';
import { expandEntry, parseAff, parseDic } from './dictionaries/hunspell-affixes.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Source package per language; `A` is igerman98's flag of adjective declension (see hunspell-affixes.mjs). */
const LANGUAGES = {
  'de-DE': { package: 'dictionary-de', adjectiveFlag: 'A' },
  'de-AT': { package: 'dictionary-de-at', adjectiveFlag: 'A' },
  'de-CH': { package: 'dictionary-de-ch', adjectiveFlag: 'A' },
};

function parseArgs(argv) {
  const langIndex = argv.indexOf('--lang');
  const lang = langIndex >= 0 ? argv[langIndex + 1] : 'de-DE';
  if (!(lang in LANGUAGES)) throw new Error(`unknown --lang ${lang}; known: ${Object.keys(LANGUAGES).join(', ')}`);
  return { lang };
}

/** Expands all entries; a form's roles are the union over the entries and derivations that make it. */
function collectForms(aff, dicText) {
  const forms = new Map();
  let entries = 0;
  for (const entry of parseDic(dicText, aff.flagType)) {
    entries++;
    expandEntry(aff, entry, (form, roles) => forms.set(form, (forms.get(form) ?? 0) | roles));
  }
  for (const [form, roles] of forms) if (roles & ROLE.FORBIDDEN) forms.set(form, ROLE.FORBIDDEN);
  return { forms, entries };
}

/** Reads `word<TAB>count` lines (gzip) into a sorted table: UTF-8 blob, offsets, counts. */
function frequencyTable(path) {
  const counts = new Map();
  if (existsSync(path)) {
    for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab <= 0 || line.startsWith('#')) continue;
      const word = line.slice(0, tab).normalize('NFC');
      const count = Number(line.slice(tab + 1));
      if (Number.isFinite(count) && count > 0) counts.set(word, Math.min(0xffffffff, (counts.get(word) ?? 0) + count));
    }
  }
  const words = [...counts.keys()].sort();
  const encoded = words.map((word) => Buffer.from(word, 'utf8'));
  const offsets = new Uint32Array(words.length + 1);
  encoded.forEach((bytes, i) => (offsets[i + 1] = offsets[i] + bytes.length));
  return {
    words: words.length,
    blob: Buffer.concat(encoded),
    offsets,
    counts: Uint32Array.from(words, (word) => counts.get(word)),
  };
}

/** Writes magic, version, JSON header length, JSON header, then 8-byte aligned sections. */
function writeContainer(path, meta, sections) {
  const align = (n) => (n + 7) & ~7;
  const layout = {};
  let headerJson = '';
  let dataStart = 0;
  // The header holds the section offsets, which depend on the header's own length: iterate until stable.
  for (let guess = 0; ; ) {
    let offset = guess;
    for (const [name, bytes] of Object.entries(sections)) {
      layout[name] = [offset, bytes.byteLength];
      offset = align(offset + bytes.byteLength);
    }
    headerJson = JSON.stringify({ ...meta, sections: layout });
    dataStart = align(12 + Buffer.byteLength(headerJson));
    if (dataStart === guess) break;
    guess = dataStart;
  }
  const parts = [Buffer.alloc(12), Buffer.from(headerJson)];
  parts[0].write(MAGIC, 0, 'latin1');
  parts[0].writeUInt32LE(FORMAT_VERSION, 4);
  parts[0].writeUInt32LE(Buffer.byteLength(headerJson), 8);
  let written = 12 + Buffer.byteLength(headerJson);
  for (const [name, bytes] of Object.entries(sections)) {
    parts.push(Buffer.alloc(layout[name][0] - written));
    parts.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    written = layout[name][0] + bytes.byteLength;
  }
  writeFileSync(path, Buffer.concat(parts));
  return written;
}

function main() {
  const { lang } = parseArgs(process.argv.slice(2));
  const language = LANGUAGES[lang];
  const packageDir = join(ROOT, 'node_modules', language.package);
  if (!existsSync(packageDir)) throw new Error(`${language.package} is not installed (npm install --save-dev ${language.package})`);
  const packageInfo = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const affBytes = readFileSync(join(packageDir, 'index.aff'));
  // The SET line names the encoding of both files (ASCII-compatible, so readable before it is known).
  const encoding = /^SET\s+(\S+)/mu.exec(affBytes.toString('latin1'))?.[1] ?? 'ISO-8859-1';
  const decoder = new TextDecoder(encoding);
  const aff = { ...parseAff(decoder.decode(affBytes)), adjectiveFlag: language.adjectiveFlag };
  const { forms, entries } = collectForms(aff, decoder.decode(readFileSync(join(packageDir, 'index.dic'))));

  const dawg = new DawgBuilder();
  for (const form of [...forms.keys()].sort()) dawg.add(form, forms.get(form));
  const automaton = dawg.finish();

  const frequencyPath = join(ROOT, 'dictionaries', `frequencies-${lang.slice(0, 2)}.tsv.gz`);
  const frequencies = frequencyTable(frequencyPath);

  const meta = {
    lang,
    source: `${packageInfo.name}@${packageInfo.version}`,
    compoundMin: aff.compoundMin,
    checkSharps: aff.checkSharps,
    root: automaton.root,
    forms: forms.size,
    frequencyWords: frequencies.words,
  };
  const output = join(ROOT, 'dictionaries', `${lang}.bin`);
  const bytes = writeContainer(output, meta, {
    arcs: automaton.arcs,
    frequencyBlob: frequencies.blob,
    frequencyOffsets: frequencies.offsets,
    frequencyCounts: frequencies.counts,
  });
  console.log(
    `${output}: ${entries} entries → ${forms.size} forms, ${automaton.states} states, ` +
      `${automaton.arcs.length / 2} arcs; ${frequencies.words} frequency words; ${(bytes / 1e6).toFixed(1)} MB`,
  );
}

try {
  main();
} catch (error) {
  console.error(`build-dictionaries: ${error.message}`);
  process.exitCode = 1;
}
