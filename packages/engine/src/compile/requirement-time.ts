/**
 * The week a compiled requirement is met, given the week each credential is held (the min/max
 * recursion of plan-v1: all = latest child, any = earliest, atLeast k = k-th earliest,
 * credits n = first week the held credits add up to n).
 */
import type { CompactIndex } from './compact-index.js';
import { GROUP_ALL, GROUP_ANY, GROUP_AT_LEAST } from './compact-index.js';

/**
 * @param index - the compact index
 * @param ref - a requirement ref (credential or group); -1 means nothing is required
 * @param timeOf - week credential `c` is held; Infinity when it never is
 * @returns the week the requirement is met, Infinity when never
 */
export function requirementTime(
  index: CompactIndex,
  ref: number,
  timeOf: (c: number) => number,
): number {
  if (ref < 0) return 0;
  const { n } = index;
  if (ref < n) return timeOf(ref);
  const g = ref - n;
  const from = index.groupStart[g]!;
  const to = index.groupStart[g + 1]!;
  const kind = index.groupKind[g]!;
  if (kind === GROUP_ALL) {
    let latest = 0;
    for (let j = from; j < to; j++) {
      const t = requirementTime(index, index.groupChildren[j]!, timeOf);
      if (t > latest) latest = t;
    }
    return latest;
  }
  if (kind === GROUP_ANY) {
    let earliest = Infinity;
    for (let j = from; j < to; j++) {
      const t = requirementTime(index, index.groupChildren[j]!, timeOf);
      if (t < earliest) earliest = t;
    }
    return earliest;
  }
  const times: number[] = [];
  for (let j = from; j < to; j++)
    times.push(requirementTime(index, index.groupChildren[j]!, timeOf));
  if (kind === GROUP_AT_LEAST) {
    times.sort((a, b) => a - b);
    return times[index.groupParam[g]! - 1] ?? Infinity;
  }
  // credits: children are credentials; accumulate in order of time.
  const order = times.map((_, i) => i).sort((a, b) => times[a]! - times[b]!);
  let sum = 0;
  for (const i of order) {
    const t = times[i]!;
    if (t === Infinity) break;
    sum += index.credits[index.groupChildren[from + i]!]!;
    if (sum >= index.groupParam[g]!) return t;
  }
  return Infinity;
}

/**
 * `requirementTime` reading the weeks from an array indexed by credential int (no callback: the
 * hot path of fastest and of scheduling).
 * @param index - the compact index
 * @param ref - a requirement ref; -1 means nothing is required
 * @param at - week each credential is held (Infinity: never); only the credentials `ref` names are read
 * @returns the week the requirement is met, Infinity when never
 */
export function requirementTimeAt(index: CompactIndex, ref: number, at: Float64Array): number {
  if (ref < 0) return 0;
  const { n } = index;
  if (ref < n) return at[ref]!;
  const g = ref - n;
  const from = index.groupStart[g]!;
  const to = index.groupStart[g + 1]!;
  const kind = index.groupKind[g]!;
  if (kind === GROUP_ALL) {
    let latest = 0;
    for (let j = from; j < to; j++) {
      const t = requirementTimeAt(index, index.groupChildren[j]!, at);
      if (t > latest) latest = t;
    }
    return latest;
  }
  if (kind === GROUP_ANY) {
    let earliest = Infinity;
    for (let j = from; j < to; j++) {
      const t = requirementTimeAt(index, index.groupChildren[j]!, at);
      if (t < earliest) earliest = t;
    }
    return earliest;
  }
  const times: number[] = [];
  for (let j = from; j < to; j++) times.push(requirementTimeAt(index, index.groupChildren[j]!, at));
  if (kind === GROUP_AT_LEAST) {
    times.sort((a, b) => a - b);
    return times[index.groupParam[g]! - 1] ?? Infinity;
  }
  const order = times.map((_, i) => i).sort((a, b) => times[a]! - times[b]!);
  let sum = 0;
  for (const i of order) {
    const t = times[i]!;
    if (t === Infinity) break;
    sum += index.credits[index.groupChildren[from + i]!]!;
    if (sum >= index.groupParam[g]!) return t;
  }
  return Infinity;
}
