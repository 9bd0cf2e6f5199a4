/**
 * Splits a cleaned file into the pieces the review report highlights: each
 * segment is a stretch of the input that changed (or has a suggestion), with
 * the text that replaced it and the changes responsible.
 *
 * Made changes are grouped by their position in the input and widened to
 * whole words. Where a segment sits in the output follows from the length
 * differences of the changes before it, which holds even when a later stage
 * edited what an earlier one wrote; every stretch between segments is checked
 * to be equal in input and output, and a check that fails merges the
 * neighbouring segments, so the pieces always add up to the real output.
 */
import type { Change } from '../types.js';

export interface Segment {
  /** Input range [start, end). */
  start: number;
  end: number;
  /** What the range became in the output (equal to the input for suggestions only). */
  after: string;
  /** Indices into the file's changes. */
  changes: number[];
}

interface Group extends Segment {
  /** Output length minus input length of the changes in the group. */
  delta: number;
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

export function segmentsOf(input: string, output: string, changes: readonly Change[]): Segment[] {
  const groups = placeInOutput(input, output, widenToWords(input, groupMade(input, changes)));
  return attachSuggestions(input, groups, changes).map(({ start, end, after, changes: indices }) => ({ start, end, after, changes: indices }));
}

/** Made changes in input order, overlapping or touching ones in one group. */
function groupMade(input: string, changes: readonly Change[]): Group[] {
  const made = changes.map((change, index) => ({ change, index })).filter(({ change }) => change.applied);
  made.sort((a, b) => a.change.offset - b.change.offset);
  const groups: Group[] = [];
  for (const { change, index } of made) {
    const start = Math.min(change.offset, input.length);
    const end = Math.min(input.length, start + change.before.length);
    const delta = change.after.length - change.before.length;
    const last = groups.at(-1);
    if (last !== undefined && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.delta += delta;
      last.changes.push(index);
    } else groups.push({ start, end, after: '', changes: [index], delta });
  }
  return groups;
}

function widenToWords(input: string, groups: Group[]): Group[] {
  const widened: Group[] = [];
  for (const group of groups) {
    while (group.start > 0 && WORD_CHARACTER.test(input[group.start - 1]!)) group.start--;
    while (group.end < input.length && WORD_CHARACTER.test(input[group.end]!)) group.end++;
    const last = widened.at(-1);
    if (last !== undefined && group.start <= last.end) merge(last, group);
    else widened.push(group);
  }
  return widened;
}

/** Fills in each group's output text; merges groups whose stretch between them does not match. */
function placeInOutput(input: string, output: string, groups: Group[]): Group[] {
  const placed: Group[] = [];
  let shift = 0;
  for (const group of groups) {
    const gapStart = placed.at(-1)?.end ?? 0;
    const gapMatches = input.slice(gapStart, group.start) === output.slice(gapStart + shift, group.start + shift);
    if (gapMatches) placed.push(group);
    else if (placed.length > 0) merge(placed.at(-1)!, group);
    else placed.push({ ...group, start: 0 });
    shift += group.delta;
  }
  const tailStart = placed.at(-1)?.end ?? 0;
  if (input.slice(tailStart) !== output.slice(tailStart + shift)) {
    if (placed.length === 0) placed.push({ start: 0, end: 0, after: '', changes: [], delta: 0 });
    placed.at(-1)!.end = input.length;
  }
  let before = 0;
  for (const [k, group] of placed.entries()) {
    const last = k === placed.length - 1 && placed.at(-1)!.end === input.length;
    group.after = output.slice(group.start + before, last ? output.length : group.end + before + group.delta);
    before += group.delta;
  }
  return placed;
}

/** A suggestion inside a made segment joins it; any other becomes a segment of its own. */
function attachSuggestions(input: string, groups: Group[], changes: readonly Change[]): Group[] {
  const segments = [...groups];
  for (const [index, change] of changes.entries()) {
    if (change.applied) continue;
    const start = Math.min(change.offset, input.length);
    const end = Math.min(input.length, start + change.before.length);
    const host = segments.find((segment) => start < segment.end && Math.max(end, start + 1) > segment.start);
    if (host !== undefined) host.changes.push(index);
    else segments.push({ start, end, after: input.slice(start, end), changes: [index], delta: 0 });
  }
  return segments.sort((a, b) => a.start - b.start || a.end - b.end);
}

function merge(into: Group, from: Group): void {
  into.end = Math.max(into.end, from.end);
  into.delta += from.delta;
  into.changes.push(...from.changes);
}
