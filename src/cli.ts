/**
 * The command line: the only module that knows commander. Parses the
 * arguments into RunSettings and hands them to the application layer.
 * main() returns the exit code (0 ok, 1 some input failed or would change,
 * 2 usage or internal error) and is testable in-process.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createRequire } from 'node:module';
import { run } from './app/run.js';
import { EXIT, UsageError, type RunIo, type RunSettings } from './app/settings.js';
import { DEFAULT_OPTIONS } from './clean.js';
import { STAGE_NAMES } from './stages/index.js';
import type { QuoteStyle, StageName } from './types.js';

export interface MainIo extends RunIo {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
}

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

const EXAMPLES = `
Examples:
  clean-ocr scan.txt                      cleaned text to stdout
  pdftotext -layout page.pdf - | clean-ocr  filter: stdin to stdout
  clean-ocr pages/ -o clean/              a folder, recursively, same relative paths
  clean-ocr --in-place --backup .orig *.txt
  clean-ocr --diff scan.txt               what would change, word by word
  clean-ocr --report changes.jsonl -o clean/ pages/

Exit codes: 0 all inputs cleaned, 1 an input failed (or would change, with --check), 2 usage or internal error.`;

function program(io: MainIo): Command {
  return new Command('clean-ocr')
    .description('Repair OCR text of German documents: umlauts and ß, quotation marks, line-break hyphens, scan noise.')
    .argument('[paths...]', 'files or folders to clean; none or - reads stdin')
    .option('-o, --out-dir <dir>', 'write each result under DIR with the same relative path')
    .option('--in-place', 'replace each input file with its cleaned text (atomically)')
    .option('--backup <suffix>', 'with --in-place: keep the original as FILE+SUFFIX')
    .option('--ext <endings>', 'file endings taken when walking folders, comma-separated', '.txt')
    .option('--encoding <name>', 'read inputs in this encoding (default: detect UTF-8/UTF-16 BOM, else Windows-1252)')
    .option('--skip <stages>', `stages to leave out, comma-separated: ${STAGE_NAMES.join(',')}`, parseStages, [] as StageName[])
    .option('--min-confidence <x>', 'make only changes at least this sure (0..1); the others are reported as suggestions', parseConfidence, DEFAULT_OPTIONS.minConfidence)
    .addOption(new Option('--quotes <style>', 'quotation marks in the output: auto follows the document („…“ unless it uses »…«)').choices(['auto', 'german', 'guillemets', 'keep']).default(DEFAULT_OPTIONS.quotes))
    .option('--reflow', 'join the lines of each paragraph into one line')
    .option('--report <file>', 'write every change as JSON Lines to FILE (- for stderr)')
    .option('--diff', 'print a word-level diff of the changes instead of the text')
    .option('--stats', 'print a summary of the changes per file on stderr')
    .option('--check', 'change nothing; exit 1 and list the inputs that would change')
    .option('--color', 'colour the diff even when stdout is not a terminal')
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)')
    .version(version, '-V, --version')
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
  report?: string;
  diff?: boolean;
  stats?: boolean;
  check?: boolean;
  color?: boolean;
}

export async function main(io: MainIo): Promise<number> {
  // A reader that went away (`clean-ocr --help | head`) must end the run quietly, not crash it.
  io.stdout.on('error', () => {});
  const command = program(io);
  try {
    await command.parseAsync([...io.argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
  const options = command.opts<ParsedOptions>();
  try {
    return await run(settingsFrom(command.args, options, io), io);
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
  const colorWanted = options.color ?? (io.env['NO_COLOR'] === undefined || io.env['NO_COLOR'] === '');
  return {
    inputs,
    outDir: options.outDir,
    inPlace: options.inPlace === true,
    backupSuffix: options.backup,
    extensions: options.ext.split(',').map((ext) => ext.trim()).filter(Boolean).map((ext) => (ext.startsWith('.') ? ext : `.${ext}`)),
    encoding: options.encoding,
    report: options.report,
    diff: options.diff === true,
    stats: options.stats === true,
    check: options.check === true,
    color: options.color === true || (colorWanted && (io.stdout as { isTTY?: boolean }).isTTY === true),
    clean: { skip: options.skip, minConfidence: options.minConfidence, quotes: options.quotes, reflow: options.reflow === true },
  };
}

function parseStages(value: string): StageName[] {
  const names = value.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(STAGE_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new InvalidArgumentError(`unknown stage ${unknown.join(', ')}; stages: ${STAGE_NAMES.join(', ')}`);
  return names as StageName[];
}

function parseConfidence(value: string): number {
  const x = Number(value);
  if (!(x >= 0 && x <= 1)) throw new InvalidArgumentError('a number from 0 to 1');
  return x;
}
