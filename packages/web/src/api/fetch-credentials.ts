/**
 * Fetches credentials by id (name and rule), a batch of aliased fields per request, and what a
 * pathway needs: the goal and the plan's steps with their rules, and the names those rules mention.
 */
import { request } from './client.js';
import {
  PATHWAY_BATCH,
  pathwayBatch,
  type PathwayNode,
  type RequirementJson,
} from './documents.js';

/**
 * @param ids - credential ids
 * @returns those that exist, by id
 */
export async function fetchCredentials(ids: string[]): Promise<Map<string, PathwayNode>> {
  const found = new Map<string, PathwayNode>();
  for (let at = 0; at < ids.length; at += PATHWAY_BATCH) {
    const batch = ids.slice(at, at + PATHWAY_BATCH);
    const vars = Object.fromEntries(batch.map((id, i) => [`i${i}`, id]));
    const data = await request(pathwayBatch(batch.length), vars);
    for (const node of Object.values(data)) if (node) found.set(node.id, node);
  }
  return found;
}

/** @returns the credential ids a rule names, in order (iteratively) */
export function namedIds(rule: RequirementJson | null): string[] {
  const out: string[] = [];
  const stack: RequirementJson[] = rule === null ? [] : [rule];
  while (stack.length) {
    const r = stack.pop()!;
    if (typeof r === 'string') out.push(r);
    else {
      const children = 'all' in r ? r.all : 'any' in r ? r.any : r.of;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return out;
}

/**
 * @param target - the goal (already fetched)
 * @param stepIds - the chosen plan's steps
 * @returns the goal and the steps with their rules, and every credential those rules name
 */
export async function fetchPathwayNodes(
  target: PathwayNode,
  stepIds: string[],
): Promise<Map<string, PathwayNode>> {
  const nodes = await fetchCredentials(stepIds.filter((id) => id !== target.id));
  nodes.set(target.id, target);
  const named = [...nodes.values()].flatMap((n) => namedIds(n.requiresJson));
  const more = await fetchCredentials([...new Set(named)].filter((id) => !nodes.has(id)));
  for (const [id, node] of more) nodes.set(id, node);
  return nodes;
}
