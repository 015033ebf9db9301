/**
 * Flattens a goal's pathway into indented rows, with an explicit stack (no recursion over catalog
 * data): the goal's rule with every alternative listed, and the own rule of each credential the plan
 * takes expanded in turn (once), so the route taken reads top-down beside the ones not taken.
 */
import type { PathwayNode, RequirementJson } from '../api/documents.js';

/** One row of the pathway list. */
export interface PathwayRow {
  depth: number;
  /** A credential, or a group ("all of", "any of", "2 of", "6 credits of"). */
  kind: 'credential' | 'group';
  label: string;
  id?: string;
  /** A step of the chosen plan. */
  inPlan: boolean;
  /** Held by the learner. */
  held: boolean;
  /** Its own rule was already expanded above. */
  repeated: boolean;
}

function groupLabel(rule: Exclude<RequirementJson, string>): string {
  if ('all' in rule) return 'all of';
  if ('any' in rule) return 'any of';
  if ('atLeast' in rule) return `${rule.atLeast} of`;
  return `${rule.credits} credits of`;
}

/**
 * @param target - the goal
 * @param nodes - the goal and the plan's steps with their rules, and names of what those rules name
 * @param planIds - ids of the chosen plan's steps
 * @param held - ids the learner holds
 * @returns the rows, the goal first
 */
export function pathwayRows(
  target: PathwayNode,
  nodes: Map<string, PathwayNode>,
  planIds: Set<string>,
  held: Set<string>,
): PathwayRow[] {
  const rows: PathwayRow[] = [];
  const expanded = new Set<string>();
  const stack: { rule: RequirementJson; depth: number }[] = [{ rule: target.id, depth: 0 }];
  while (stack.length) {
    const { rule, depth } = stack.pop()!;
    let children: RequirementJson[] = [];
    if (typeof rule === 'string') {
      const node = nodes.get(rule);
      const repeated = expanded.has(rule);
      rows.push({
        depth,
        kind: 'credential',
        label: node?.name ?? rule,
        id: rule,
        inPlan: planIds.has(rule),
        held: held.has(rule),
        repeated: repeated && !!node?.requiresJson && planIds.has(rule),
      });
      const onRoute = rule === target.id || planIds.has(rule);
      if (!repeated && onRoute && node?.requiresJson) children = [node.requiresJson];
      expanded.add(rule);
    } else {
      rows.push({
        depth,
        kind: 'group',
        label: groupLabel(rule),
        inPlan: false,
        held: false,
        repeated: false,
      });
      children = 'all' in rule ? rule.all : 'any' in rule ? rule.any : rule.of;
    }
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ rule: children[i]!, depth: depth + 1 });
  }
  return rows;
}
