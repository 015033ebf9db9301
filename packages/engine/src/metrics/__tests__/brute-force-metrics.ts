// Test oracle: CurricularAnalytics' metrics by brute force on the catalog itself (not the graph):
// prerequisites from the requirement trees, reachable sets by search, every source-to-sink path
// enumerated. Exponential; for small catalogs only.
import type { Catalog, Requirement } from '@pathwise/core';

export interface BruteMetrics {
  blockingFactor: number;
  delayFactor: number;
  centrality: number;
}

function named(rule: Requirement | undefined, out: Set<string>): void {
  if (rule === undefined) return;
  if (typeof rule === 'string') out.add(rule);
  else if ('all' in rule) rule.all.forEach((r) => named(r, out));
  else if ('any' in rule) rule.any.forEach((r) => named(r, out));
  else rule.of.forEach((r) => named(r, out));
}

/** @returns each credential's metrics and the catalog's structural complexity */
export function bruteForceMetrics(catalog: Catalog): {
  byId: Map<string, BruteMetrics>;
  structuralComplexity: number;
} {
  const ids = catalog.credentials.map((c) => c.id);
  const succ = new Map<string, string[]>(ids.map((id) => [id, []]));
  const pred = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const c of catalog.credentials) {
    const pre = new Set<string>();
    named(c.requires, pre);
    for (const p of pre) {
      succ.get(p)!.push(c.id);
      pred.get(c.id)!.push(p);
    }
  }
  // Every path from a source to a sink, as a vertex list.
  const paths: string[][] = [];
  const extend = (path: string[]): void => {
    const last = path[path.length - 1]!;
    const next = succ.get(last)!;
    if (next.length === 0) paths.push(path);
    for (const s of next) extend([...path, s]);
  };
  for (const id of ids) if (pred.get(id)!.length === 0) extend([id]);

  const byId = new Map<string, BruteMetrics>();
  let structuralComplexity = 0;
  for (const id of ids) {
    const seen = new Set<string>();
    const stack = [...succ.get(id)!];
    while (stack.length) {
      const n = stack.pop()!;
      if (!seen.has(n)) {
        seen.add(n);
        stack.push(...succ.get(n)!);
      }
    }
    let delayFactor = 0;
    let centrality = 0;
    for (const p of paths) {
      const at = p.indexOf(id);
      if (at < 0) continue;
      delayFactor = Math.max(delayFactor, p.length);
      if (p.length > 2 && at > 0 && at < p.length - 1) centrality += p.length;
    }
    byId.set(id, { blockingFactor: seen.size, delayFactor, centrality });
    structuralComplexity += seen.size + delayFactor;
  }
  return { byId, structuralComplexity };
}

/** @returns the credential and every credential its requirement trees name, transitively */
export function upstreamOf(catalog: Catalog, id: string): Catalog {
  const byId = new Map(catalog.credentials.map((c) => [c.id, c]));
  const keep = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const n = stack.pop()!;
    if (keep.has(n)) continue;
    keep.add(n);
    const pre = new Set<string>();
    named(byId.get(n)!.requires, pre);
    stack.push(...pre);
  }
  return { ...catalog, credentials: catalog.credentials.filter((c) => keep.has(c.id)) };
}
