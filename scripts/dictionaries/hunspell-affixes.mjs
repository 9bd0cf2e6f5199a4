/**
 * Reads a Hunspell .aff/.dic pair and expands every dictionary entry into its
 * surface forms, each with the roles Hunspell would give it: may stand alone,
 * may begin / continue / end a compound, is forbidden, keeps its case.
 *
 * Our own reader instead of nspell because nspell merges the flags of
 * duplicate .dic entries (so ONLYINCOMPOUND leaks onto `glauben`) and ignores
 * COMPOUNDBEGIN/MIDDLE/END, COMPOUNDPERMITFLAG and CIRCUMFIX.
 */
import { ROLE } from './format.mjs';

/** Directives whose single argument is a flag with a special meaning. */
const SPECIAL_FLAGS = {
  COMPOUNDFLAG: 'compoundFlag',
  COMPOUNDBEGIN: 'compoundBegin',
  COMPOUNDMIDDLE: 'compoundMiddle',
  COMPOUNDEND: 'compoundEnd',
  COMPOUNDPERMITFLAG: 'compoundPermit',
  ONLYINCOMPOUND: 'onlyInCompound',
  NEEDAFFIX: 'needAffix',
  PSEUDOROOT: 'needAffix',
  KEEPCASE: 'keepCase',
  CIRCUMFIX: 'circumfix',
  FORBIDDENWORD: 'forbidden',
  NOSUGGEST: 'noSuggest',
};

/**
 * Splits a flag field according to the FLAG directive: one character per flag
 * (default and UTF-8), two characters (`long`) or comma-separated numbers (`num`).
 * Example: splitFlags('Sozm', 'char') → ['S', 'o', 'z', 'm'].
 */
export function splitFlags(field, flagType) {
  if (!field) return [];
  if (flagType === 'long') return field.match(/../gu) ?? [];
  if (flagType === 'num') return field.split(',').filter(Boolean);
  return [...field];
}

/**
 * Turns a Hunspell affix condition (`[^aeiou]er`, `.`) into an anchored RegExp
 * tested against the stem: at its end for suffixes, at its start for prefixes.
 * Example: conditionRegExp('[^e]r', 'SFX') → /(?:[^e]r)$/u.
 */
function conditionRegExp(condition, kind) {
  if (condition === '.') return null;
  let source = '';
  let inClass = false;
  for (const char of condition) {
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    if ('[]^.'.includes(char) || (inClass && char !== '\\' && char !== '-')) source += char;
    else source += char.replace(/[\\$()*+?{}|/-]/u, '\\$&');
  }
  return new RegExp(kind === 'SFX' ? `(?:${source})$` : `^(?:${source})`, 'u');
}

/** Parses the .aff text into affix tables and the special flags this reader honours. */
export function parseAff(text) {
  const aff = {
    flagType: 'char',
    prefixes: new Map(),
    suffixes: new Map(),
    special: {},
    compoundMin: 3,
    checkSharps: false,
  };
  const lines = text.split(/\r?\n/u);
  for (let i = 0; i < lines.length; i++) {
    const fields = lines[i].replace(/^\uFEFF/u, '').trim().split(/\s+/u);
    const directive = fields[0];
    if (directive === 'FLAG') aff.flagType = fields[1] === 'UTF-8' ? 'char' : fields[1];
    else if (directive === 'AF' || directive === 'AM') throw new Error(`${directive} (flag aliases) is not supported`);
    else if (directive in SPECIAL_FLAGS) aff.special[SPECIAL_FLAGS[directive]] = fields[1];
    else if (directive === 'COMPOUNDMIN') aff.compoundMin = Number(fields[1]);
    else if (directive === 'CHECKSHARPS') aff.checkSharps = true;
    else if ((directive === 'PFX' || directive === 'SFX') && fields.length === 4) {
      const table = { crossProduct: fields[2] === 'Y', rules: [] };
      const count = Number(fields[3]);
      for (let n = 0; n < count; n++) {
        const [, , strip, addWithFlags, condition = '.'] = lines[++i].trim().split(/\s+/u);
        const [add, contFlags = ''] = addWithFlags.split('/');
        table.rules.push({
          flag: fields[1],
          strip: strip === '0' ? '' : strip,
          add: add === '0' ? '' : add,
          cont: new Set(splitFlags(contFlags, aff.flagType)),
          condition: conditionRegExp(condition, directive),
        });
      }
      (directive === 'PFX' ? aff.prefixes : aff.suffixes).set(fields[1], table);
    }
  }
  return aff;
}

/**
 * Yields the .dic entries as { word, flags }. Duplicate words stay separate
 * entries: `glauben/DIXYW` (a verb) and `glauben/Sozm` (a compound end) differ.
 * Lines starting with a tab are comments (the igerman98 header).
 */
export function* parseDic(text, flagType) {
  const lines = text.split(/\r?\n/u);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line || /^\s/u.test(line)) continue;
    const entry = line.split(/\s/u)[0];
    const slash = entry.search(/(?<!\\)\//u);
    const word = (slash < 0 ? entry : entry.slice(0, slash)).replace(/\\\//gu, '/');
    const flags = new Set(slash < 0 ? [] : splitFlags(entry.slice(slash + 1), flagType));
    yield { word, flags };
  }
}

function applySuffix(rule, stem) {
  if (rule.condition && !rule.condition.test(stem)) return null;
  if (!stem.endsWith(rule.strip) || stem.length <= rule.strip.length) return null;
  return stem.slice(0, stem.length - rule.strip.length) + rule.add;
}

function applyPrefix(rule, stem) {
  if (rule.condition && !rule.condition.test(stem)) return null;
  if (!stem.startsWith(rule.strip) || stem.length <= rule.strip.length) return null;
  return rule.add + stem.slice(rule.strip.length);
}

/**
 * The roles Hunspell gives one way of deriving a form: the root's flags plus
 * the continuation flags of the affixes used. Compound parts follow Hunspell:
 * a suffix may sit on a compound's begin or middle part only with
 * COMPOUNDPERMITFLAG, a prefix on its end part likewise; a CIRCUMFIX suffix
 * needs a CIRCUMFIX prefix and vice versa; NEEDAFFIX roots need an affix; ONLYINCOMPOUND forms never
 * stand alone. Example: `Integrations/hij` + suffix `0/xoc` → BEGIN only.
 */
function rolesOf(special, rootFlags, prefix, suffixes) {
  const has = (flag) =>
    flag !== undefined &&
    (rootFlags.has(flag) || (prefix?.cont.has(flag) ?? false) || suffixes.some((rule) => rule.cont.has(flag)));
  if (has(special.forbidden)) return ROLE.FORBIDDEN;
  const circumfix = special.circumfix;
  const prefixCircumfix = prefix?.cont.has(circumfix) ?? false;
  const suffixCircumfix = suffixes.some((rule) => rule.cont.has(circumfix));
  // Like Hunspell, a prefix alone is not checked for CIRCUMFIX (`-Werk` begins `-Werkzeug` as a middle part).
  if (suffixes.length > 0 && prefixCircumfix !== suffixCircumfix) return 0;
  if (rootFlags.has(special.needAffix) && !prefix && suffixes.length === 0) return 0;
  const permit = special.compoundPermit;
  const suffixesPermitted = suffixes.every((rule) => rule.cont.has(permit));
  const prefixPermitted = !prefix || prefix.cont.has(permit);
  const anyPart = has(special.compoundFlag);
  let roles = 0;
  if (!has(special.onlyInCompound)) roles |= ROLE.STANDALONE;
  if ((anyPart || has(special.compoundBegin)) && suffixesPermitted) roles |= ROLE.BEGIN;
  if ((anyPart || has(special.compoundMiddle)) && suffixesPermitted) roles |= ROLE.MIDDLE;
  if ((anyPart || has(special.compoundEnd)) && prefixPermitted) roles |= ROLE.END;
  if (roles !== 0 && has(special.keepCase)) roles |= ROLE.KEEPCASE;
  return roles;
}

/**
 * Marks the declined forms of lowercase adjective roots (igerman98 gives them
 * the flag `A`: gesellschaftlich/A → gesellschaftlichen). Hunspell's German
 * dictionary has no compound role for them, so `zivilgesellschaftlichen` is
 * unknown to Hunspell; the runtime accepts such adjective compounds. Short
 * roots (`bar`, `rar`, `lang`) are left out: as compound ends they mostly
 * make umlaut-stripped words look right (`ausfuhrbar`, `temporar`).
 */
const MIN_ADJECTIVE_ROOT = 5;
function adjectiveRole(aff, word, flags, prefix, suffixRules) {
  const adjectiveFlag = aff.adjectiveFlag;
  if (!adjectiveFlag || !flags.has(adjectiveFlag) || prefix || word.length < MIN_ADJECTIVE_ROOT) return 0;
  if (word[0] !== word[0].toLowerCase()) return 0;
  return suffixRules.every((rule) => rule.flag === adjectiveFlag) ? ROLE.ADJECTIVE : 0;
}

/**
 * Calls emit(form, roles) for every surface form of one .dic entry: the bare
 * stem, suffixed forms (also twofold: a second suffix named in the first
 * one's continuation flags), prefixed forms and, for cross-product tables,
 * prefix + suffix combinations (suffix flags may also come from the prefix).
 */
export function expandEntry(aff, { word, flags }, emit) {
  const { prefixes, suffixes, special } = aff;
  const emitRoles = (form, prefix, suffixRules) => {
    const roles = rolesOf(special, flags, prefix, suffixRules);
    if (roles & ROLE.STANDALONE) emit(form, roles | adjectiveRole(aff, word, flags, prefix, suffixRules));
    else if (roles !== 0) emit(form, roles);
  };
  const suffixVariants = (stem, flagSource, crossOnly, visit) => {
    for (const flag of flagSource) {
      const table = suffixes.get(flag);
      if (!table || (crossOnly && !table.crossProduct)) continue;
      for (const rule of table.rules) {
        const once = applySuffix(rule, stem);
        if (once === null) continue;
        visit(once, [rule]);
        for (const outerFlag of rule.cont) {
          const outer = suffixes.get(outerFlag);
          if (!outer) continue;
          for (const outerRule of outer.rules) {
            const twice = applySuffix(outerRule, once);
            if (twice !== null) visit(twice, [rule, outerRule]);
          }
        }
      }
    }
  };

  emitRoles(word, null, []);
  suffixVariants(word, flags, false, (form, rules) => emitRoles(form, null, rules));
  for (const flag of flags) {
    const table = prefixes.get(flag);
    if (!table) continue;
    for (const rule of table.rules) {
      const prefixed = applyPrefix(rule, word);
      if (prefixed === null) continue;
      emitRoles(prefixed, rule, []);
      if (!table.crossProduct) continue;
      suffixVariants(word, new Set([...flags, ...rule.cont]), true, (form, rules) => {
        const both = applyPrefix(rule, form);
        if (both !== null) emitRoles(both, rule, rules);
      });
    }
  }
}
