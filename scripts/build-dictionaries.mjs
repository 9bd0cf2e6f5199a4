#!/usr/bin/env node
/**
 * Compiles a Hunspell dictionary (dictionary-de and its regional siblings)
 * into dictionaries/<lang>.bin: a minimal automaton of every surface form with
 * its compound roles, plus the word frequencies of
 * dictionaries/frequencies-de.tsv.gz and the everyday ones of
 * dictionaries/everyday-de.tsv.gz when those files exist.
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
import { diminutivesOf, takesDiminutive } from './dictionaries/diminutives.mjs';
import { containerBytes, sortedStringTable } from './dictionaries/container.mjs';
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
  // Diminutives of the nouns (diminutives.mjs): words on their own, and last parts where their noun is one (Rotkäppchen).
  for (const [form, roles] of [...forms]) {
    if (!(roles & ROLE.STANDALONE) || roles & ROLE.FORBIDDEN || !takesDiminutive(form)) continue;
    for (const diminutive of diminutivesOf(form)) {
      if ((forms.get(diminutive) ?? 0) & ROLE.FORBIDDEN) continue;
      forms.set(diminutive, (forms.get(diminutive) ?? 0) | ROLE.STANDALONE | (roles & ROLE.END));
    }
  }
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
  return sortedStringTable(counts);
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
  const everyday = frequencyTable(join(ROOT, 'dictionaries', `everyday-${lang.slice(0, 2)}.tsv.gz`));

  const meta = {
    lang,
    source: `${packageInfo.name}@${packageInfo.version}`,
    compoundMin: aff.compoundMin,
    checkSharps: aff.checkSharps,
    root: automaton.root,
    forms: forms.size,
    frequencyWords: frequencies.words,
    everydayWords: everyday.words,
  };
  const output = join(ROOT, 'dictionaries', `${lang}.bin`);
  const file = containerBytes(MAGIC, FORMAT_VERSION, meta, {
    arcs: automaton.arcs,
    frequencyBlob: frequencies.blob,
    frequencyOffsets: frequencies.offsets,
    frequencyCounts: frequencies.counts,
    everydayBlob: everyday.blob,
    everydayOffsets: everyday.offsets,
    everydayCounts: everyday.counts,
  });
  writeFileSync(output, file);
  const bytes = file.length;
  console.log(
    `${output}: ${entries} entries → ${forms.size} forms, ${automaton.states} states, ` +
      `${automaton.arcs.length / 2} arcs; ${frequencies.words} frequency words, ${everyday.words} everyday ones; ${(bytes / 1e6).toFixed(1)} MB`,
  );
}

try {
  main();
} catch (error) {
  console.error(`build-dictionaries: ${error.message}`);
  process.exitCode = 1;
}
