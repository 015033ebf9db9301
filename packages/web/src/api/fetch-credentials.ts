/**
 * Fetches credentials by id (name and rule), a batch of aliased fields per request, and the whole
 * upstream of a credential (breadth first, iteratively, up to a limit).
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
 * @param root - the credential whose upstream is wanted (already fetched)
 * @param limit - most credentials to fetch
 * @returns every credential upstream of `root` (and root), and whether the limit cut it short
 */
export async function fetchUpstream(
  root: PathwayNode,
  limit = 400,
): Promise<{ nodes: Map<string, PathwayNode>; truncated: boolean }> {
  const nodes = new Map<string, PathwayNode>([[root.id, root]]);
  let frontier = namedIds(root.requiresJson);
  while (frontier.length && nodes.size < limit) {
    const wanted = [...new Set(frontier)]
      .filter((id) => !nodes.has(id))
      .slice(0, limit - nodes.size);
    if (!wanted.length) break;
    const got = await fetchCredentials(wanted);
    frontier = [];
    for (const node of got.values()) {
      nodes.set(node.id, node);
      frontier.push(...namedIds(node.requiresJson));
    }
  }
  return { nodes, truncated: frontier.some((id) => !nodes.has(id)) };
}
