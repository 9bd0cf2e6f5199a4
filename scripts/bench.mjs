#!/usr/bin/env node
// Speed and memory benchmark (`npm run bench`). Every figure is the median of
// repeated runs, with its baseline measured in the same run on this machine:
//   start-up     clean-ocr (bin/clean-ocr, from its start-up snapshot) on a 3 KB page vs `node -e ''`
//                (wall time ratio), and the same without the snapshot (node bin/clean-ocr.cjs); where
//                NODE_EXTRA_CA_CERTS is set, also against `node -e ''` without it (bin/clean-ocr drops it)
//   new text     pages whose words the process has not seen yet (scripts/bench-new-text.mjs)
//   stages       time per stage on the dev pages, in-process
//   throughput   MB/s of one process on >= 50 MB of English-model OCR, peak RSS,
//                vs a plain tokenise-and-Set-lookup loop; 5 MB vs 50 MB (linearity)
//   batch        2,000 page files with --jobs 1 and --jobs 2 (speed-up), and the machine's
//                ceiling for it: two processes at once on the same 1,000 pages vs one alone
//   peer         Debian's hunspell (-a, with suggestions) per page, where installed
// Reads the pages of ../shared/corpus/dev; says so and stops when it is missing.
//   node scripts/bench.mjs [--quick]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus', 'dev');
// The command as installed (it starts Node from the start-up snapshot), and the same program without the snapshot.
const bin = path.join(root, 'bin', 'clean-ocr');
const binWithoutSnapshot = path.join(root, 'bin', 'clean-ocr.cjs');
const quick = process.argv.includes('--quick');
const REPEAT = quick ? 3 : 7;

if (!fs.existsSync(corpus)) {
  console.error(`bench: ${corpus} is missing (the dev pages are not part of the repo); nothing measured.`);
  process.exit(0);
}
if (!fs.existsSync(path.join(root, 'dist', 'cli.js'))) {
  console.error('bench: run `npm run build` first');
  process.exit(2);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clean-ocr-bench-'));
const pages = fs.readdirSync(corpus).filter((n) => n.endsWith('.eng.txt')).sort().map((n) => fs.readFileSync(path.join(corpus, n)));
const rows = [];
const row = (what, value, baseline, ratio, target) => {
  rows.push({ what, value, baseline, ratio, target });
  console.error(`  ${what}: ${value}${baseline ? ` (baseline ${baseline})` : ''}${ratio ? `, ${ratio}` : ''}`);
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (fn) => {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
};
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
/** Wall seconds, peak RSS (MB) and CPU seconds (user + system, all threads) of one command; the last two need GNU time. */
function measure(command, args, options = {}) {
  const full = TIME ? [TIME, ['-f', '%M %U %S', command, ...args]] : [command, args];
  const start = process.hrtime.bigint();
  const result = spawnSync(full[0], full[1], { stdio: [options.spawn?.input === undefined ? 'ignore' : 'pipe', options.stdout ?? 'ignore', 'pipe'], maxBuffer: 1 << 26, ...options.spawn });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && !options.allowFailure) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  const [rssKb, user, system] = TIME ? result.stderr.toString().trim().split('\n').at(-1).split(' ').map(Number) : [NaN, NaN, NaN];
  return { wall, rssMb: rssKb / 1024, cpu: user + system };
}

console.error(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);

// Start-up: alternate the commands so all see the same machine load. `--version` cleans nothing: the floor.
{
  const page = path.join(work, 'page-3k.txt');
  fs.writeFileSync(page, Buffer.concat(pages).subarray(0, 3072).toString('utf8').replace(/\uFFFD/g, ''));
  const bare = [];
  const ours = [];
  const withoutSnapshot = [];
  const version = [];
  // bin/clean-ocr drops NODE_EXTRA_CA_CERTS, which Node 20 parses while it starts; bare Node without it is the fairer floor.
  const extraCertificates = process.env.NODE_EXTRA_CA_CERTS;
  const envWithoutCertificates = { ...process.env };
  delete envWithoutCertificates.NODE_EXTRA_CA_CERTS;
  const bareWithoutCertificates = [];
  // Many runs: a start-up is short, and a few milliseconds of the shared machine's noise move its ratio by a tenth.
  for (let i = 0; i < REPEAT * 4; i++) {
    bare.push(measure(process.execPath, ['-e', '']).wall);
    if (extraCertificates) bareWithoutCertificates.push(measure(process.execPath, ['-e', ''], { spawn: { env: envWithoutCertificates } }).wall);
    ours.push(measure(bin, [page]).wall);
    withoutSnapshot.push(measure(process.execPath, [binWithoutSnapshot, page]).wall);
    version.push(measure(bin, ['--version']).wall);
  }
  const ms = (times) => `${(median(times) * 1000).toFixed(0)} ms`;
  const ratio = (times) => `${(median(times) / median(bare)).toFixed(2)}×`;
  row('start-up, 3 KB page', ms(ours), `node -e '' ${ms(bare)}`, ratio(ours), '≤ 1.4×');
  row('start-up without the snapshot (node bin/clean-ocr.cjs)', ms(withoutSnapshot), `node -e '' ${ms(bare)}`, ratio(withoutSnapshot));
  row('start-up, `clean-ocr --version` (nothing cleaned)', ms(version), `node -e '' ${ms(bare)}`, ratio(version));
  if (extraCertificates) {
    const floor = `node -e '' without NODE_EXTRA_CA_CERTS ${ms(bareWithoutCertificates)}`;
    const against = (times) => `${(median(times) / median(bareWithoutCertificates)).toFixed(2)}×`;
    console.error(`  (NODE_EXTRA_CA_CERTS=${extraCertificates} is set: bare Node parses it at every start, bin/clean-ocr drops it)`);
    row('start-up, 3 KB page, against Node that skips the certificates too', ms(ours), floor, against(ours));
    row('start-up, `clean-ocr --version`, against the same', ms(version), floor, against(version));
  }
}

// New text: the other figures repeat the dev pages, so after one pass every word comes from the word
// memos. A fresh process per run (the memos live as long as the process) warms the code on half the
// pages and then meets the other half for the first time.
let newTextPage;
{
  const runs = Array.from({ length: REPEAT }, () =>
    JSON.parse(execFileSync(process.execPath, [path.join(root, 'scripts', 'bench-new-text.mjs'), corpus], { encoding: 'utf8' })),
  );
  const { pages: count, bytes } = runs[0];
  const first = median(runs.map((r) => r.firstPassMs));
  const second = median(runs.map((r) => r.secondPassMs));
  newTextPage = first / count / 1000;
  row(
    `new text: ${count} dev pages first seen, code warm, in-process`,
    `${(first / count).toFixed(1)} ms per page, ${(bytes / 1e3 / first).toFixed(2)} MB/s`,
    `same pages again ${(second / count).toFixed(1)} ms per page`,
    `${(first / second).toFixed(1)}× the time`,
  );
}

// Stages: in-process time per stage over the dev pages (after a warm-up run).
{
  const { clean, STAGES } = await import(path.join(root, 'dist', 'index.js'));
  const texts = pages.map((p) => p.toString('utf8'));
  clean(texts[0]);
  const times = new Map();
  for (const stage of STAGES) {
    const others = STAGES.filter((s) => s !== stage).map((s) => s.name);
    const t = median(Array.from({ length: 3 }, () => seconds(() => texts.forEach((text) => clean(text, { skip: others })))));
    times.set(stage.name, t);
  }
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const all = median(Array.from({ length: 3 }, () => seconds(() => texts.forEach((text) => clean(text)))));
  row('pipeline in-process, dev pages', `${(bytes / 1e6 / all).toFixed(2)} MB/s`, undefined, [...times].map(([n, t]) => `${n} ${(t * 1000).toFixed(0)} ms`).join(', '));
}

// Throughput and linearity: one process over 5 MB and >= 50 MB.
const bigFile = (mb) => {
  const file = path.join(work, `eng-${mb}mb.txt`);
  const fd = fs.openSync(file, 'w');
  let written = 0;
  for (let i = 0; written < mb * 1e6; i++) written += fs.writeSync(fd, Buffer.concat([pages[i % pages.length], Buffer.from('\n')]));
  fs.closeSync(fd);
  return { file, bytes: written };
};
{
  const small = bigFile(quick ? 2 : 5);
  const large = bigFile(quick ? 20 : 50);
  const baselineScript = path.join(work, 'baseline.mjs');
  fs.writeFileSync(baselineScript, `import fs from 'node:fs';
const words = new Set(fs.readFileSync(process.argv[2], 'utf8').split(/[^\\p{L}]+/u).slice(0, 200000));
let known = 0;
for (const word of fs.readFileSync(process.argv[3], 'utf8').matchAll(/\\p{L}+/gu)) if (words.has(word[0])) known++;
console.log(known);`);
  const runs = quick ? 1 : 3;
  // Alternated, so all three see the same machine load.
  const baselineRuns = [];
  const largeRuns = [];
  const smallRuns = [];
  for (let i = 0; i < runs; i++) {
    baselineRuns.push(measure(process.execPath, [baselineScript, small.file, large.file]));
    largeRuns.push(measure(bin, [large.file]));
    smallRuns.push(measure(bin, [small.file]));
  }
  const baseline = median(baselineRuns.map((r) => r.wall));
  const largeWall = median(largeRuns.map((r) => r.wall));
  const smallWall = median(smallRuns.map((r) => r.wall));
  row(`throughput, ${(large.bytes / 1e6).toFixed(0)} MB in one process`, `${(large.bytes / 1e6 / largeWall).toFixed(2)} MB/s`, `tokenise + Set lookup ${(large.bytes / 1e6 / baseline).toFixed(2)} MB/s`, undefined, '≥ 5 MB/s');
  // Every size must stay bounded: a file under the stream threshold is cleaned whole, a larger one as a stream.
  row(`peak RSS, ${(small.bytes / 1e6).toFixed(0)} MB and ${(large.bytes / 1e6).toFixed(0)} MB files`, `${Math.max(...[...smallRuns, ...largeRuns].map((r) => r.rssMb)).toFixed(0)} MB`, undefined, undefined, '≤ 200 MB');
  row(`linearity, ${(large.bytes / 1e6).toFixed(0)} MB vs ${(small.bytes / 1e6).toFixed(0)} MB`, `${largeWall.toFixed(1)} s vs ${smallWall.toFixed(1)} s`, undefined, `${(largeWall / smallWall).toFixed(2)}× the time for ${(large.bytes / small.bytes).toFixed(1)}× the input`, '≤ 11× for 10×');
}

// Batch: 2,000 page files, --jobs 1 vs --jobs 2.
let perPage;
{
  const count = quick ? 400 : 2000;
  const folder = path.join(work, 'pages');
  fs.mkdirSync(folder);
  for (let i = 0; i < count; i++) fs.writeFileSync(path.join(folder, `${String(i).padStart(5, '0')}.txt`), pages[i % pages.length]);
  const runs = quick ? 1 : 3;
  // Alternated, so both see the same machine load (it drifts on a shared machine).
  const results = { 1: [], 2: [] };
  for (let i = 0; i < runs; i++) {
    for (const jobs of [1, 2]) results[jobs].push(measure(bin, [folder, '-o', path.join(work, `out-${jobs}-${i}`), '--jobs', String(jobs)]));
  }
  const summary = (jobs) => ({ wall: median(results[jobs].map((r) => r.wall)), cores: median(results[jobs].map((r) => r.cpu / r.wall)) });
  const one = summary(1);
  const two = summary(2);
  perPage = one.wall / count;
  row(`batch, ${count} pages`, `--jobs 2 ${two.wall.toFixed(1)} s`, `--jobs 1 ${one.wall.toFixed(1)} s`, `${(one.wall / two.wall).toFixed(2)}× faster`, '≥ 1.7×');
  // One process is not one core: V8 compiles hot code and collects garbage on helper threads, which a second worker then competes with.
  row('cores busy (CPU time / wall time)', `--jobs 2 ${two.cores.toFixed(2)}`, `--jobs 1 ${one.cores.toFixed(2)}`);
  // The batch row's ceiling on this machine: two whole processes, each doing the same work, against one alone.
  // Nothing is shared or split between them, so their ratio is what the machine gives this work with two cores.
  const half = count / 2;
  const halfFolder = path.join(work, 'half');
  fs.mkdirSync(halfFolder);
  for (const name of fs.readdirSync(folder).sort().slice(0, half)) fs.copyFileSync(path.join(folder, name), path.join(halfFolder, name));
  const alone = [];
  const pair = [];
  for (let i = 0; i < runs; i++) {
    alone.push(measure(bin, [halfFolder, '-o', path.join(work, `alone-${i}`), '--jobs', '1']).wall);
    pair.push(await together([0, 1].map((k) => [bin, [halfFolder, '-o', path.join(work, `pair-${i}-${k}`), '--jobs', '1']])));
  }
  row(
    `two processes at once, each on the same ${half} pages`,
    `together ${median(pair).toFixed(1)} s`,
    `one alone ${median(alone).toFixed(1)} s`,
    `${((2 * median(alone)) / median(pair)).toFixed(2)}× the work per second (2.00: both cores in full; the batch row's ceiling)`,
  );
}

/** Wall seconds until all the commands, started at once, have finished. */
async function together(commands) {
  const start = process.hrtime.bigint();
  await Promise.all(
    commands.map(
      ([command, args]) =>
        new Promise((resolve, reject) =>
          spawn(command, args, { stdio: 'ignore' }).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code})`)))),
        ),
    ),
  );
  return Number(process.hrtime.bigint() - start) / 1e9;
}

// Peer: hunspell with suggestions over a few pages.
{
  const hunspell = spawnSync('sh', ['-c', 'command -v hunspell'], { encoding: 'utf8' }).stdout.trim();
  const hasDe = hunspell && spawnSync(hunspell, ['-D'], { encoding: 'utf8', input: '' }).stderr.includes('de_DE');
  if (!hunspell || !hasDe) row('peer: hunspell -d de_DE -a', 'not installed (apt-get install hunspell hunspell-de-de)');
  else {
    const sample = pages.slice(0, quick ? 2 : 5);
    const times = sample.map((page) => measure(hunspell, ['-d', 'de_DE', '-a'], { spawn: { input: page }, stdout: 'ignore' }).wall);
    const hunspellPage = median(times);
    row('peer: hunspell -d de_DE -a, per page', `${(hunspellPage * 1000).toFixed(0)} ms`, `clean-ocr ${(perPage * 1000).toFixed(2)} ms per page in the batch`, `clean-ocr ${(hunspellPage / perPage).toFixed(0)}× faster`, '≥ 1,000×');
    row('peer: hunspell, per page of new text', `${(hunspellPage * 1000).toFixed(0)} ms`, `clean-ocr ${(newTextPage * 1000).toFixed(2)} ms per page first seen`, `clean-ocr ${(hunspellPage / newTextPage).toFixed(0)}× faster`, '≥ 1,000×');
  }
}

console.log(`\nmachine: ${os.cpus().length} cores, Node ${process.version}, ${os.platform()} ${os.arch()}\n`);
console.log('| measure | result | baseline (same run) | ratio | target |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.what} | ${r.value} | ${r.baseline ?? ''} | ${r.ratio ?? ''} | ${r.target ?? ''} |`);
fs.rmSync(work, { recursive: true, force: true });
