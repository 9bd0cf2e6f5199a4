/**
 * The HTML review report (`--html FILE`): one self-contained page, no
 * network at all (a Content-Security-Policy forbids it), for one file or
 * thousands. The summary, tables and histogram are written here; the file
 * texts travel as JSON and are drawn by the page's script only when opened.
 * Every piece of text is escaped: OCR text is untrusted input.
 */
import type { Change } from '../types.js';
import { percent, shownAfter } from '../eval/format.js';
import { ERROR_KINDS } from '../eval/kinds.js';
import { cer, wer, type Evaluation } from '../eval/totals.js';
import { CLIENT_SCRIPT } from './client.js';
import { segmentsOf } from './segments.js';
import { STYLE } from './style.js';
import { HISTOGRAM_BINS, summarize, type Summary } from './summary.js';

export interface ReviewedFile {
  name: string;
  input: string;
  output: string;
  changes: readonly Change[];
  /** Present for `clean-ocr eval`: the page scored before and after. */
  evaluation?: Evaluation;
}

export interface ReviewReport {
  files: readonly ReviewedFile[];
  minConfidence: number;
  evaluation?: Evaluation;
}

const TOP_CORRECTIONS = 30;
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

export function renderReport(report: ReviewReport): string {
  const summary = summarize(report.files);
  const ruleLabels = summary.rules.map((rule) => `${rule.stage}: ${rule.rule}`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<title>clean-ocr review: ${summary.files} ${summary.files === 1 ? 'file' : 'files'}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>clean-ocr review report</h1>
<p>Changes at or above confidence ${report.minConfidence} were made; the others are suggestions, left in the text for a person to decide.</p></header>
<main>
${summarySection(summary, report.minConfidence)}
${report.evaluation === undefined ? '' : evaluationSection(report.evaluation)}
${correctionsSection(summary)}
${histogramSection(summary, report.minConfidence)}
${filesSection(ruleLabels, report.minConfidence)}
</main>
<script type="application/json" id="report-data">${scriptSafeJson(clientData(report, ruleLabels))}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}

function summarySection(summary: Summary, minConfidence: number): string {
  const rows = summary.rules
    .map((rule) => `<tr><td>${escapeHtml(rule.stage)}</td><td>${escapeHtml(rule.rule)}</td><td class="n">${rule.made}</td><td class="n">${rule.suggested}</td></tr>`)
    .join('\n');
  return `<section aria-labelledby="summary-heading"><h2 id="summary-heading">Summary</h2>
<dl class="figures">
<dt>Files</dt><dd data-count="files">${summary.files}</dd>
<dt>Words</dt><dd data-count="words">${summary.words}</dd>
<dt>Changes made</dt><dd data-count="made">${summary.made}</dd>
<dt>Suggestions (confidence below ${minConfidence}, not made)</dt><dd data-count="suggested">${summary.suggested}</dd>
</dl>
<p class="legend"><span class="made">made change</span> <span class="suggested">suggestion</span></p>
<h3>Changes by stage and rule</h3>
<table><thead><tr><th scope="col">stage</th><th scope="col">rule</th><th scope="col" class="n">made</th><th scope="col" class="n">suggested</th></tr></thead>
<tbody>
${rows}
</tbody></table></section>`;
}

function evaluationSection(evaluation: Evaluation): string {
  const row = (label: string, before: string | number, after: string | number, key: string): string =>
    `<tr><th scope="row">${label}</th><td class="n" data-eval="${key}-before">${before}</td><td class="n" data-eval="${key}-after">${after}</td></tr>`;
  const kinds = ERROR_KINDS.map((kind) =>
    row(`${kind === 'umlaut' ? 'umlaut/ß' : kind} errors (characters)`, evaluation.before.kinds[kind].edits, evaluation.after.kinds[kind].edits, kind),
  );
  return `<section aria-labelledby="evaluation-heading"><h2 id="evaluation-heading">Against the ground truth</h2>
<p>${evaluation.pages} pages, ${evaluation.gtChars} ground-truth characters, ${evaluation.gtWords} words.
Words fixed: <strong data-eval="fixed">${evaluation.fixed}</strong> (wrong before, right after);
damaged: <strong data-eval="damaged">${evaluation.damaged}</strong> (right before, wrong after).</p>
<table><thead><tr><th scope="col"></th><th scope="col" class="n">before</th><th scope="col" class="n">after</th></tr></thead>
<tbody>
${row('CER', percent(cer(evaluation, 'before')), percent(cer(evaluation, 'after')), 'cer')}
${row('WER', percent(wer(evaluation, 'before')), percent(wer(evaluation, 'after')), 'wer')}
${kinds.join('\n')}
</tbody></table>${damagedList(evaluation)}</section>`;
}

/** The words cleaning damaged, each with what it became and the ground truth around it: the changes to check first. */
function damagedList(evaluation: Evaluation): string {
  if (evaluation.damagedWords.length === 0) return '';
  const items = evaluation.damagedWords
    .map(({ word, after, context }) => `<li><code>${escapeHtml(word)}</code> → <code>${escapeHtml(shownAfter(after))}</code> <span class="meta">… ${escapeHtml(context)} …</span></li>`)
    .join('\n');
  return `\n<h3>Damaged words (ground truth → cleaned)</h3>\n<ul data-eval="damaged-words">\n${items}\n</ul>`;
}

function correctionsSection(summary: Summary): string {
  const rows = summary.corrections
    .slice(0, TOP_CORRECTIONS)
    .map(
      (c) =>
        `<tr><td><code>${escapeHtml(showInvisible(c.before))}</code> → <code>${escapeHtml(showInvisible(c.after))}</code></td><td>${escapeHtml(c.rule)}</td><td class="n">${c.made}</td><td class="n">${c.suggested}</td></tr>`,
    )
    .join('\n');
  return `<section aria-labelledby="corrections-heading"><h2 id="corrections-heading">Most frequent corrections</h2>
<table><thead><tr><th scope="col">correction</th><th scope="col">rule</th><th scope="col" class="n">× made</th><th scope="col" class="n">× suggested</th></tr></thead>
<tbody>
${rows}
</tbody></table></section>`;
}

function histogramSection(summary: Summary, minConfidence: number): string {
  const width = 560;
  const height = 200;
  const left = 44;
  const bottom = 28;
  const plotHeight = height - bottom - 10;
  const binWidth = (width - left - 10) / HISTOGRAM_BINS;
  const highest = Math.max(1, ...summary.histogram.map((bin) => bin.made + bin.suggested));
  const scale = (count: number): number => (count / highest) * plotHeight;
  const bars = summary.histogram.map((bin, i) => {
    const x = left + i * binWidth + 2;
    const madeHeight = scale(bin.made);
    const suggestedHeight = scale(bin.suggested);
    const range = `${(i / HISTOGRAM_BINS).toFixed(1)}–${((i + 1) / HISTOGRAM_BINS).toFixed(1)}`;
    return `<g><title>confidence ${range}: ${bin.made} made, ${bin.suggested} suggested</title>
<rect x="${x}" y="${height - bottom - madeHeight}" width="${binWidth - 4}" height="${madeHeight}" fill="#0072b2"/>
<rect x="${x}" y="${height - bottom - madeHeight - suggestedHeight}" width="${binWidth - 4}" height="${suggestedHeight}" fill="url(#hatch)" stroke="#d55e00"/>
<text x="${left + i * binWidth}" y="${height - 10}" text-anchor="middle">${(i / HISTOGRAM_BINS).toFixed(1)}</text></g>`;
  });
  const threshold = left + minConfidence * (width - left - 10);
  return `<section aria-labelledby="histogram-heading"><h2 id="histogram-heading">Confidence</h2>
<svg role="img" aria-labelledby="histogram-title" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<title id="histogram-title">Changes by confidence: ${summary.made} made (solid blue), ${summary.suggested} suggested (hatched orange); the dashed line is the threshold ${minConfidence}.</title>
<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fbe3cf"/><line x1="0" y1="0" x2="0" y2="6" stroke="#d55e00" stroke-width="3"/></pattern></defs>
<text x="${left - 6}" y="16" text-anchor="end">${highest}</text><text x="${left - 6}" y="${height - bottom}" text-anchor="end">0</text>
<line x1="${left}" y1="${height - bottom}" x2="${width - 10}" y2="${height - bottom}" stroke="#111"/>
${bars.join('\n')}
<text x="${width - 10}" y="${height - 10}" text-anchor="middle">1.0</text>
<line x1="${threshold}" y1="6" x2="${threshold}" y2="${height - bottom}" stroke="#111" stroke-dasharray="5 4"/>
</svg></section>`;
}

function filesSection(ruleLabels: readonly string[], minConfidence: number): string {
  const rules = ruleLabels.map((label, index) => `<option value="${index}">${escapeHtml(label)}</option>`).join('');
  return `<section aria-labelledby="files-heading"><h2 id="files-heading">Files</h2>
<form id="file-controls" hidden><fieldset><legend>Filters</legend>
<label>Rule <select id="filter-rule"><option value="">all rules</option>${rules}</select></label>
<label>Confidence <select id="filter-confidence"><option value="Infinity">any</option><option value="0.9">below 0.9</option><option value="0.7">below 0.7</option><option value="${minConfidence}">below the threshold ${minConfidence}</option></select></label>
<label><input type="checkbox" id="filter-suggestions"> only suggestions</label>
<label><input type="checkbox" id="show-before"> show the original next to each change</label>
</fieldset></form>
<p id="filter-status" role="status" aria-live="polite"></p>
<nav class="pager" aria-label="pages of the file list"><button type="button" id="page-previous">Previous</button><span id="page-label"></span><button type="button" id="page-next">Next</button></nav>
<div id="files" lang="de"></div>
<noscript><p>The file texts need JavaScript; the figures above do not.</p></noscript>
</section>`;
}

/** The compact form the page's script reads: rules by index, changes as tuples. */
function clientData(report: ReviewReport, ruleLabels: readonly string[]): unknown {
  const ruleIndex = new Map(ruleLabels.map((label, index) => [label, index]));
  return {
    rules: ruleLabels,
    files: report.files.map((file) => ({
      name: file.name,
      text: file.input,
      changes: file.changes.map((c) => [ruleIndex.get(`${c.stage}: ${c.rule}`), c.before, c.after, c.confidence, c.applied ? 1 : 0]),
      segments: segmentsOf(file.input, file.output, file.changes).map((s) => [s.start, s.end, s.after, s.changes]),
      figures: file.evaluation && [(100 * cer(file.evaluation, 'before')).toFixed(2), (100 * cer(file.evaluation, 'after')).toFixed(2)],
    })),
  };
}

/** JSON that cannot end its <script> element early: `<` (as in `</script>`) is written as \u003c. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Whitespace and invisible characters made visible, so `-⏎` → `` reads as a change. */
function showInvisible(text: string): string {
  if (text === '') return '∅';
  return text
    .replace(/\r?\n/g, '⏎')
    .replace(/ /g, '␣')
    .replace(/[\p{Cc}\p{Cf}\p{Zs}]/gu, (char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}
