// Calibration of confidences against ground truth: is each change right?
// A change's input position is mapped onto the ground truth through an exact
// character alignment of the raw OCR with the truth (whitespace runs folded to
// one space on both sides); see isRight for the verdict.
import { align, OP } from '../dist/eval/levenshtein.js';

/** Text with whitespace runs folded, and for each original offset its offset in the folded text. */
function fold(text) {
  const map = new Int32Array(text.length + 1);
  let out = '';
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    map[i] = out.length;
    if (/\s/.test(text[i])) {
      if (!inSpace) out += ' ';
      inSpace = true;
    } else {
      out += text[i];
      inSpace = false;
    }
  }
  map[text.length] = out.length;
  return { text: out, map };
}

function codes(text) {
  return Uint16Array.from(text, (c) => c.charCodeAt(0));
}

export function judge(raw, truth, changes) {
  const r = fold(raw.normalize('NFC'));
  const g = fold(truth.normalize('NFC'));
  const { ops } = align(codes(g.text), codes(r.text));
  const rawToTruth = new Int32Array(r.text.length + 1);
  let i = 0;
  let j = 0;
  for (const op of ops) {
    if (op === OP.insertion) rawToTruth[j++] = i;
    else if (op === OP.deletion) i++;
    else rawToTruth[j++] = i++;
  }
  rawToTruth[r.text.length] = i;
  return changes.map((change) => {
    const at = rawToTruth[r.map[Math.min(change.offset, raw.length)]];
    return { change, right: isRight(g.text, at, change) };
  });
}

/**
 * Right when the truth, near the mapped position, has what the change wrote
 * and not what it replaced (both with whitespace folded). A change of
 * whitespace alone is invisible to the scorer and counts as right.
 */
function isRight(truth, at, change) {
  // Other stages run before the umlaut stage (or after it, on other marks): judge them on letters with umlauts folded.
  const comparable = change.stage === 'umlauts' || change.stage === 'abbreviations' ? (text) => text : foldUmlauts;
  const after = comparable(change.after.replace(/\s+/g, ' ').trim());
  const before = comparable(change.before.replace(/\s+/g, ' ').trim());
  if (after === before) return true;
  // Marks are judged at the position itself (a real comma may stand next to the one that was a quote).
  const slack = Math.max(after.length, before.length) <= 2 ? 1 : 4;
  const window = comparable(truth.slice(Math.max(0, at - slack), at + Math.max(after.length, before.length) + slack));
  const there = slack === 1 ? comparable(truth.slice(at, at + before.length)) : window;
  return (after === '' || window.includes(after)) && (before === '' || !there.includes(before));
}

/** `Größe` → `Grosse`: a word as OCR without umlauts reads it. */
export function foldUmlauts(text) {
  return text.replace(/[äöüÄÖÜß]/g, (c) => ({ ä: 'a', ö: 'o', ü: 'u', Ä: 'A', Ö: 'O', Ü: 'U', ß: 'ss' })[c]);
}

const BUCKETS = [
  [0.9, 1.01, '≥ 0.9'],
  [0.8, 0.9, '0.8–0.9'],
  [0.7, 0.8, '0.7–0.8'],
  [0.5, 0.7, '0.5–0.7'],
  [0, 0.5, '< 0.5 (suggestions)'],
];

/** Markdown table: per confidence bucket, changes and the share that is right; per stage at ≥ 0.9. */
export function calibrationTable(judged) {
  const lines = ['| confidence | changes | right | precision |', '|---|---|---|---|'];
  for (const [low, high, label] of BUCKETS) {
    const inBucket = judged.filter(({ change }) => change.confidence >= low && change.confidence < high);
    const right = inBucket.filter((x) => x.right).length;
    lines.push(`| ${label} | ${inBucket.length} | ${right} | ${inBucket.length ? ((100 * right) / inBucket.length).toFixed(1) + ' %' : '–'} |`);
  }
  const stages = [...new Set(judged.map(({ change }) => change.stage))];
  const perStage = stages.map((stage) => {
    const high = judged.filter(({ change }) => change.stage === stage && change.confidence >= 0.9);
    const right = high.filter((x) => x.right).length;
    return `${stage} ${right}/${high.length}`;
  });
  lines.push('', `right at ≥ 0.9, by stage: ${perStage.join(', ')}`);
  return lines.join('\n');
}
