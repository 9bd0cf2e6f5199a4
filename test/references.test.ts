import { describe, expect, it } from 'vitest';
import { referencesStage } from '../src/stages/references.js';
import { runStages } from './helpers/run-stages.js';

/** Words of the fake lexicon: a capitalised word before a bracket stays. */
const WORDS = ['Index'];

function repair(text: string): string {
  return runStages(text, [referencesStage], WORDS).text;
}

describe('references: manual page references the OCR misread', () => {
  it.each([
    ['a brace for the opening bracket', 'Siehe perl{1) und mehr.', 'Siehe perl(1) und mehr.'],
    ['a brace for the closing one, and a section with a suffix', 'Siehe debconf(7} und perl(3pm].', 'Siehe debconf(7) und perl(3pm).'],
    ['a square bracket, a dotted name', 'Lesen Sie fonts.conf[5), bitte.', 'Lesen Sie fonts.conf(5), bitte.'],
    ['the l of a command read as I', 'Der Is(1)-Befehl und Ipr(1).', 'Der ls(1)-Befehl und lpr(1).'],
    ['a pair of braces after a name', 'Siehe debconf{7} und fonts.conf{5}.', 'Siehe debconf(7) und fonts.conf(5).'],
    ['a section digit read as a letter of its shape', 'Mit xargs{t}, bash(]) und fstab(S).', 'Mit xargs(1), bash(1) und fstab(5).'],
  ])('%s', (_, input, expected) => {
    expect(repair(input)).toBe(expected);
  });

  it.each([
    ['an array index', 'Der Wert argv[1] ist da.'],
    ['a regex quantifier', 'Der Ausdruck a{3} passt.'],
    ['an index that is a letter', 'Der Wert argv[l] und x{t} ist da.'],
    ['an empty index before a closing parenthesis', 'main(int argc, char *argv[])'],
    ['a letter in brackets after a word of the lexicon', 'Im Index(S) steht es.'],
    ['TeX and shell', 'Mit \\section{1) und ${x}(1} geht das.'],
    ['a word of the lexicon before a bracket', 'Im Index(1) steht es.'],
    ['a footnote after a capitalised word', 'Das Inhaltsverzeichnis (1) ist gut.'],
    ['no reference at all', 'Ein Satz ohne Klammern.'],
  ])('%s: unchanged', (_, input) => {
    expect(repair(input)).toBe(input);
  });
});
