/**
 * The config file of the command line: `.clean-ocr.json`, found upward from
 * the first input's folder (or the current directory), or `--config FILE`.
 * It holds defaults for the options under their long names in camelCase;
 * a flag on the command line wins, and `dict` lists from both are used:
 *
 *     { "minConfidence": 0.8, "quotes": "german", "lang": "de-CH", "dict": ["names.txt"], "skip": ["layout"] }
 *
 * Paths are relative to the config file. An unknown key or a value of the
 * wrong type is a usage error naming the file and key. Part of the command
 * line (knows commander), kept out of cli.ts for size.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command, Option } from 'commander';
import { reason } from './app/inputs.js';
import { UsageError } from './app/settings.js';

export const CONFIG_NAME = '.clean-ocr.json';
/** Options a config file cannot set: they are about the run itself, not its defaults. */
const NOT_IN_CONFIG = new Set(['config', 'version', 'help']);
/** Options whose value is a path, taken relative to the config file. */
const PATH_KEYS = new Set(['outDir', 'html', 'report', 'dict', 'reviewDict']);
/** Options that collect every value given (repeatable flags): config and command line add up. */
const LIST_KEYS = new Set(['dict']);

/** Finds and applies the config file to the parsed command (values given on the command line stay). */
export function applyConfig(command: Command, cwd: string): void {
  const given = command.opts<{ config?: string }>().config;
  const file = given === undefined ? findConfig(searchStart(command.args, cwd)) : path.resolve(cwd, given);
  if (file === undefined) return;
  const config = readConfig(file);
  for (const [key, value] of Object.entries(config)) {
    const option = command.options.find((candidate) => candidate.attributeName() === key && !candidate.negate);
    if (option === undefined || NOT_IN_CONFIG.has(key)) {
      throw new UsageError(`${file}: unknown option "${key}"; known: ${configKeys(command).join(', ')}`);
    }
    const fromConfig = optionValue(option, key, value, path.dirname(file), file);
    if (command.getOptionValueSource(key) !== 'cli') command.setOptionValueWithSource(key, fromConfig, 'config');
    else if (LIST_KEYS.has(key)) command.setOptionValueWithSource(key, [...(fromConfig as string[]), ...(command.getOptionValue(key) as string[])], 'cli');
  }
}

/** The folder of the first input (the input itself if it is a folder), else the current directory. */
function searchStart(inputs: readonly string[], cwd: string): string {
  const first = inputs.find((input) => input !== '-');
  if (first === undefined) return cwd;
  const resolved = path.resolve(cwd, first);
  try {
    return fs.statSync(resolved).isDirectory() ? resolved : path.dirname(resolved);
  } catch {
    return cwd;
  }
}

export function findConfig(start: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_NAME);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function readConfig(file: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`config ${file}: ${error instanceof SyntaxError ? `not valid JSON: ${error.message}` : reason(error)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new UsageError(`${file}: must hold one JSON object`);
  return parsed as Record<string, unknown>;
}

/**
 * A config value as the option would have parsed it from the command line:
 * the same parser and choices check it, so `"minConfidence": 2` fails as
 * `--min-confidence 2` does. Lists may be given as arrays (`"skip": ["layout"]`).
 */
function optionValue(option: Option, key: string, value: unknown, base: string, file: string): unknown {
  const wrong = (expected: string) => new UsageError(`${file}: "${key}" must be ${expected}, not ${JSON.stringify(value)}`);
  if (option.isBoolean()) {
    if (typeof value !== 'boolean') throw wrong('true or false');
    return value;
  }
  if (LIST_KEYS.has(key)) {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) throw wrong('a list of file names');
    return list.map((item: string) => path.resolve(base, item));
  }
  const isText = (item: unknown) => typeof item === 'string' || typeof item === 'number';
  if (!isText(value) && !(Array.isArray(value) && value.every(isText))) throw wrong('a string or a number');
  const text = Array.isArray(value) ? value.join(',') : String(value);
  if (option.argChoices && !option.argChoices.includes(text)) throw wrong(`one of ${option.argChoices.join(', ')}`);
  try {
    const parsed = option.parseArg ? option.parseArg(text, undefined) : text;
    return PATH_KEYS.has(key) && typeof parsed === 'string' ? path.resolve(base, parsed) : parsed;
  } catch (error) {
    throw new UsageError(`${file}: "${key}": ${(error as Error).message}`);
  }
}

function configKeys(command: Command): string[] {
  return [...new Set(command.options.map((option) => option.attributeName()))].filter((key) => !NOT_IN_CONFIG.has(key));
}
