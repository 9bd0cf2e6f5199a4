/**
 * Rules every stage obeys, applied in one place around the stages rather than
 * in each of them: the user's protected words are never touched, Swiss text
 * (de-CH) never gets an ß, and a reviewer's verdict on an edit beats its
 * confidence. Each guard filters the edits a stage proposes.
 */
import type { CleanOptions, Edit, EditDecision, Stage, StageName } from './types.js';

type Guard = (text: string, edits: Edit[]) => Edit[];

/** The stages, each wrapped in the guards the options ask for (unchanged when none). */
export function guardStages(stages: readonly Stage[], options: CleanOptions): readonly Stage[] {
  const everyStage: Guard[] = [
    ...(options.protectedWords.length > 0 ? [keepProtected(protectedPattern(options.protectedWords))] : []),
    ...(options.lang === 'de-CH' ? [noSharpS] : []),
  ];
  const guards = (stage: StageName): Guard[] =>
    options.decisions.some((decision) => decision.stage === stage) ? [...everyStage, applyDecisions(stage, options.decisions)] : everyStage;
  return stages.map((stage) => {
    const own = guards(stage.name);
    if (own.length === 0) return stage;
    return { ...stage, run: (text, context) => own.reduce((edits, guard) => guard(text, edits), proposed(text, stage.run(text, context))) };
  });
}

/** In text order, without edits that change nothing: the order and set the pipeline records as changes. */
function proposed(text: string, edits: Edit[]): Edit[] {
  return edits.filter((edit) => text.slice(edit.start, edit.end) !== edit.after).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A protected word as a whole token: `Kose` in `Kose,` but not in `Kosename`. */
function protectedPattern(words: readonly string[]): RegExp {
  const alternatives = [...words].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
}

/** Drops edits that touch a protected word: `!Kose` keeps `Kose` even where it looks like damaged `Klose`. */
function keepProtected(pattern: RegExp): Guard {
  return (text, edits) => {
    const spans = Array.from(text.matchAll(pattern), (match) => [match.index, match.index + match[0].length] as const);
    if (spans.length === 0) return edits;
    return edits.filter((edit) => !spans.some(([start, end]) => touches(edit, start, end)));
  };
}

function touches(edit: Edit, start: number, end: number): boolean {
  if (edit.start === edit.end) return edit.start > start && edit.start < end;
  return edit.start < end && edit.end > start;
}

/** Swiss Standard German has no ß: an edit that would write one more (`Strasse` → `Straße`) is dropped. */
const noSharpS: Guard = (text, edits) => edits.filter((edit) => countSharpS(edit.after) <= countSharpS(text.slice(edit.start, edit.end)));

function countSharpS(text: string): number {
  return text.split('ß').length - 1;
}

/**
 * The reviewer's verdicts (--review): the n-th edit of this stage with the
 * same rule, before and after is accepted (made whatever its confidence),
 * rejected (dropped) or replaced by the reviewer's own text.
 */
function applyDecisions(stage: StageName, decisions: readonly EditDecision[]): Guard {
  const own = new Map(decisions.filter((d) => d.stage === stage).map((d) => [decisionKey(d.rule, d.before, d.after, d.occurrence), d.verdict]));
  return (text, edits) => {
    const seen = new Map<string, number>();
    return edits.flatMap((edit) => {
      const before = text.slice(edit.start, edit.end);
      const sameSoFar = decisionKey(edit.rule, before, edit.after, -1);
      const occurrence = seen.get(sameSoFar) ?? 0;
      seen.set(sameSoFar, occurrence + 1);
      const verdict = own.get(decisionKey(edit.rule, before, edit.after, occurrence));
      if (verdict === undefined) return [edit];
      if (verdict === 'reject') return [];
      if (verdict === 'accept') return [{ ...edit, confidence: 1 }];
      return [{ ...edit, after: verdict.replace, rule: 'review', confidence: 1 }];
    });
  };
}

function decisionKey(rule: string, before: string, after: string, occurrence: number): string {
  return JSON.stringify([rule, before, after, occurrence]);
}
