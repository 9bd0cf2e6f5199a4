/**
 * The command line: the only module that knows commander. Parses the
 * arguments into RunSettings and hands them to the application layer.
 * main() returns the exit code (0 ok, 1 some input failed or would change,
 * 2 usage or internal error) and is testable in-process.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import path from 'node:path';
import { readDictionaries } from './app/dictionary-file.js';
import { run } from './app/run.js';
import { EXIT, UsageError, type RunIo, type RunSettings } from './app/settings.js';
import { DEFAULT_OPTIONS } from './clean.js';
import { applyConfig, CONFIG_NAME } from './cli-config.js';
import type { EvalSettings } from './eval/run-eval.js';
import { VERSION } from './package-root.js';
import { STAGE_NAMES } from './stages/index.js';
import type { Language, QuoteStyle, StageName } from './types.js';

export interface MainIo extends RunIo {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
}


const EXAMPLES = `
Examples:
  clean-ocr scan.txt                      cleaned text to stdout
  pdftotext -layout page.pdf - | clean-ocr  filter: stdin to stdout
  clean-ocr pages/ -o clean/              a folder, recursively, same relative paths
  clean-ocr --in-place --backup .orig *.txt
  clean-ocr --diff scan.txt               what would change, word by word
  clean-ocr --dict names.txt --review scan.txt -o clean/   your words; decide the uncertain cases yourself
  clean-ocr --report changes.jsonl -o clean/ pages/
  clean-ocr --html review.html -o clean/ pages/   a page to review every change in a browser
  clean-ocr eval --ocr scans/ --gt truth/         CER and WER before and after, against ground truth (eval --help)

Exit codes: 0 all inputs cleaned, 1 an input failed (or would change, with --check), 2 usage or internal error.`;

function program(io: MainIo): Command {
  return new Command('clean-ocr')
    .description('Repair OCR text of German documents: umlauts and ß, quotation marks, line-break hyphens, scan noise.')
    .argument('[paths...]', 'files or folders to clean; none or - reads stdin')
    .option('-o, --out-dir <dir>', 'write each result under DIR with the same relative path (a folder walked skips DIR)')
    .option('--in-place', 'replace each input file with its cleaned text (atomically)')
    .option('--backup <suffix>', 'with --in-place: keep the original as FILE+SUFFIX')
    .option('--ext <endings>', 'file endings taken when walking folders, comma-separated', '.txt')
    .option('--encoding <name>', 'read inputs in this encoding (default: detect UTF-8/UTF-16 BOM, else Windows-1252)')
    .addOption(skipOption())
    .addOption(minConfidenceOption())
    .addOption(quotesOption())
    .option('--reflow', 'join the lines of each paragraph into one line')
    .option('--dict <file>', 'your words, one a line (names, places, terms); !Word: never change it; repeatable', collect, [] as string[])
    .addOption(new Option('--lang <lang>', 'regional spelling: de-CH writes no ß (Strasse)').choices(['de-DE', 'de-AT', 'de-CH']).default(DEFAULT_OPTIONS.lang))
    .option('--historic', 'historic text: keep pre-1996 and 19th-century spellings (daß, Thür), repair only OCR damage (default: when the text shows them)')
    .option('--no-historic', 'never read the text as historic')
    .option('--config <file>', `read defaults from this JSON file (default: ${CONFIG_NAME} upward from the input)`)
    .option('--review', 'go through the uncertain changes in the terminal, then write the file')
    .option('--review-dict <file>', 'with --review: where "add to dictionary" writes (default: the first --dict)')
    .option('--report [file]', 'write every change as JSON Lines to FILE (- for stderr); with --jsonl: add the changes to each object')
    .option('--html <file>', 'write a self-contained HTML page to review every change in a browser')
    .option('--diff', 'print a word-level diff of the changes instead of the text')
    .option('--stats', 'print a summary of the changes per file on stderr')
    .option('--check', 'change nothing; exit 1 and list the inputs that would change')
    .option('--jsonl', 'input is JSON Lines: clean the text field of each object, one output line per input line')
    .option('--field <name>', 'with --jsonl: the field to clean', 'text')
    .option('-j, --jobs <n>', 'worker threads for a batch of files (default: one per core, as far as the batch is big enough to pay for them)', parseJobs)
    .option('--progress', 'show the progress line on stderr even when it is not a terminal')
    .option('--no-progress', 'never show the progress line')
    .option('--color', 'colour the diff even when stdout is not a terminal')
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)')
    .version(VERSION, '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
    });
}

interface ParsedOptions {
  outDir?: string;
  inPlace?: boolean;
  backup?: string;
  ext: string;
  encoding?: string;
  skip: StageName[];
  minConfidence: number;
  quotes: QuoteStyle;
  reflow?: boolean;
  report?: string | true;
  jsonl?: boolean;
  field: string;
  diff?: boolean;
  stats?: boolean;
  check?: boolean;
  color?: boolean;
  jobs?: number;
  progress?: boolean;
  html?: string;
  dict: string[];
  lang: Language;
  historic?: boolean;
  review?: boolean;
  reviewDict?: string;
}

export async function main(io: MainIo): Promise<number> {
  // A reader that went away (`clean-ocr --help | head`) must end the run quietly, not crash it.
  io.stdout.on('error', () => {});
  // `clean-ocr eval …` is a command of its own; a file called eval can be given as ./eval.
  const evaluating = io.argv[0] === 'eval';
  const command = evaluating ? evalProgram(io) : program(io);
  try {
    await command.parseAsync(io.argv.slice(evaluating ? 1 : 0), { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
  try {
    // Loaded on demand, like the HTML report and the worker pool: a plain run should not pay their start-up.
    if (evaluating) return await (await import('./eval/run-eval.js')).runEval(evalSettingsFrom(command.opts<EvalOptions>()), io);
    applyConfig(command, io.cwd);
    return await run(settingsFrom(command.args, command.opts<ParsedOptions>(), io), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`clean-ocr: ${error.message}\n${command.name()} --help shows the options\n`);
      return EXIT.usage;
    }
    io.stderr.write(`clean-ocr: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    return EXIT.usage;
  }
}

function settingsFrom(inputs: string[], options: ParsedOptions, io: MainIo): RunSettings {
  const reviewDict = options.reviewDict ?? options.dict[0];
  const colorWanted = options.color ?? (io.env['NO_COLOR'] === undefined || io.env['NO_COLOR'] === '');
  return {
    inputs,
    outDir: options.outDir,
    inPlace: options.inPlace === true,
    backupSuffix: options.backup,
    extensions: options.ext.split(',').map((ext) => ext.trim()).filter(Boolean).map((ext) => (ext.startsWith('.') ? ext : `.${ext}`)),
    encoding: options.encoding,
    report: reportTarget(options),
    jsonl: options.jsonl === true,
    jsonlField: options.field,
    jsonlChanges: options.jsonl === true && options.report === true,
    html: options.html,
    diff: options.diff === true,
    stats: options.stats === true,
    check: options.check === true,
    jobs: options.jobs,
    progress: options.progress === undefined ? 'auto' : options.progress ? 'always' : 'never',
    color: options.color === true || (colorWanted && (io.stdout as { isTTY?: boolean }).isTTY === true),
    review: options.review === true,
    reviewDict: reviewDict === undefined ? undefined : path.resolve(io.cwd, reviewDict),
    clean: {
      skip: options.skip,
      minConfidence: options.minConfidence,
      quotes: options.quotes,
      reflow: options.reflow === true,
      lang: options.lang,
      historic: options.historic ?? 'auto',
      ...userWordsFrom(options.dict.map((file) => path.resolve(io.cwd, file))),
    },
  };
}

/** The --dict files as clean options; a bad line is a usage error naming file and line. */
function userWordsFrom(files: readonly string[]): { userWords: string[]; protectedWords: string[] } {
  const { words, protectedWords } = readDictionaries(files);
  return { userWords: words, protectedWords };
}

const EVAL_EXAMPLES = `
Pages are matched by name: scans/a.txt with truth/a.txt, or with endings,
scans/001.eng.txt with truth/001.gt.txt (both may be in one folder).

Examples:
  clean-ocr eval --ocr scans/ --gt truth/
  clean-ocr eval --ocr corpus/ --gt corpus/ --ocr-suffix .eng.txt --gt-suffix .gt.txt --html review.html
  clean-ocr eval --ocr page.txt --gt page.gt.txt --json

Exit codes: 0 all pages scored, 1 a page failed or has no OCR file, 2 usage or internal error.`;

function evalProgram(io: MainIo): Command {
  return new Command('clean-ocr eval')
    .description('Clean OCR pages and score them against their ground truth before and after: CER, WER, errors by kind, words fixed and damaged.')
    .requiredOption('--ocr <path>', 'the OCR pages: a folder, or one file')
    .requiredOption('--gt <path>', 'the ground truth: a folder with the same page names, or one file')
    .option('--ext <ending>', 'ending of the pages in both folders', '.txt')
    .option('--ocr-suffix <ending>', 'ending of the OCR pages, e.g. .eng.txt (default: --ext)')
    .option('--gt-suffix <ending>', 'ending of the ground-truth pages, e.g. .gt.txt (default: --ext)')
    .option('--json', 'print the figures as JSON, with each page')
    .option('--html <file>', 'also write the HTML review report, with the figures before and after')
    .option('--encoding <name>', 'read the OCR pages in this encoding (default: detect)')
    .addOption(skipOption())
    .addOption(minConfidenceOption())
    .addOption(quotesOption())
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EVAL_EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
    });
}

interface EvalOptions {
  ocr: string;
  gt: string;
  ext: string;
  ocrSuffix?: string;
  gtSuffix?: string;
  json?: boolean;
  html?: string;
  encoding?: string;
  skip: StageName[];
  minConfidence: number;
  quotes: QuoteStyle;
}

function evalSettingsFrom(options: EvalOptions): EvalSettings {
  return {
    ocr: options.ocr,
    gt: options.gt,
    naming: { ocrSuffix: options.ocrSuffix ?? options.ext, gtSuffix: options.gtSuffix ?? options.ext },
    json: options.json === true,
    html: options.html,
    encoding: options.encoding,
    clean: { skip: options.skip, minConfidence: options.minConfidence, quotes: options.quotes },
  };
}

/** Options shared by cleaning and eval, so both clean the same way. */
function skipOption(): Option {
  return new Option('--skip <stages>', `stages to leave out, comma-separated: ${STAGE_NAMES.join(',')}`).argParser(parseStages).default([] as StageName[]);
}

function minConfidenceOption(): Option {
  return new Option('--min-confidence <x>', 'make only changes at least this sure (0..1); the others are reported as suggestions')
    .argParser(parseConfidence)
    .default(DEFAULT_OPTIONS.minConfidence);
}

function quotesOption(): Option {
  return new Option('--quotes <style>', 'quotation marks in the output: auto follows the document („…“ unless it uses »…«)')
    .choices(['auto', 'german', 'guillemets', 'keep'])
    .default(DEFAULT_OPTIONS.quotes);
}

/** --report needs a file, except with --jsonl, where without one the changes go into each object. */
function reportTarget(options: ParsedOptions): string | undefined {
  if (options.report !== true) return options.report;
  if (options.jsonl) return undefined;
  throw new UsageError('--report needs a file name, or - for stderr');
}

function parseStages(value: string): StageName[] {
  const names = value.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(STAGE_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new InvalidArgumentError(`unknown stage ${unknown.join(', ')}; stages: ${STAGE_NAMES.join(', ')}`);
  return names as StageName[];
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number from 1');
  return n;
}

function parseConfidence(value: string): number {
  const x = Number(value);
  if (!(x >= 0 && x <= 1)) throw new InvalidArgumentError('a number from 0 to 1');
  return x;
}
