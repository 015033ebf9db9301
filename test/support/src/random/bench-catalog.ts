/**
 * Deterministic catalogs of realistic shape at any size. Credentials come in provider
 * blocks of up to 1,000, each layered: foundations (no requirement), intermediates (one, any-of or
 * all-of foundations), advanced (all-of an intermediate plus k-of-n intermediates, sometimes any-of
 * another provider's intermediates) and certificates (targets) needing 20-60 components through
 * core courses, a k-of-n elective group, a credits rule over modules and an any-of capstone. A
 * shared pool of 40 credentials (maths, language, safety) is named from every block.
 */
import type { Catalog, Credential, Holding, Provider, Requirement } from '@pathwise/core';
import { prng } from '../prng.js';
import { creditsWithin } from './group-rules.js';

const BLOCK = 1000;
const POOL = 40;
const KINDS = ['university', 'college', 'industry', 'platform', 'board'] as const;

/** A generated catalog with its target credentials and some lapsing credentials to hold. */
export interface BenchCatalog {
  catalog: Catalog;
  targets: string[];
  /** Per target index: ids worth holding (foundations of its block). */
  holdable: (target: string) => string[];
}

/**
 * @param n - number of credentials (≥ 200)
 * @param mode - `mixed` uses every rule form; `or` turns every rule into any-of its ids (an OR graph)
 * @param seed - PRNG seed
 */
export function generateCatalog(n: number, mode: 'mixed' | 'or' = 'mixed', seed = 7): BenchCatalog {
  const random = prng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const pickFrom = (lo: number, hi: number, k: number): number[] => {
    const out = new Set<number>();
    const span = hi - lo;
    while (out.size < Math.min(k, span)) out.add(lo + Math.floor(random() * span));
    return [...out];
  };
  const id = (i: number): string => `cr-${i}`;
  const providers: Provider[] = [];
  const credentials: Credential[] = [];
  const targets: string[] = [];
  const blocks: { start: number; end: number }[] = [];
  const add = (
    i: number,
    kind: Credential['kind'],
    provider: string,
    requires?: Requirement,
  ): void => {
    const c: Credential = {
      id: id(i),
      name: `${kind} ${i}`,
      kind,
      provider,
      cost: kind === 'certification' ? int(100, 900) : int(0, 600),
      durationWeeks: int(1, kind === 'certification' ? 4 : 16),
      credits: int(1, 6),
    };
    if (random() < 0.2) c.validityMonths = int(12, 60);
    if (requires !== undefined) c.requires = mode === 'or' ? orOf(requires) : requires;
    credentials.push(c);
  };
  providers.push({ id: 'shared', name: 'Shared foundations', kind: 'board' });
  for (let i = 0; i < POOL; i++) add(i, 'course', 'shared');
  for (let start = POOL, b = 0; start < n; start += BLOCK, b++) {
    const end = Math.min(n, start + BLOCK);
    const size = end - start;
    const provider = `p${b}`;
    providers.push({ id: provider, name: `Provider ${b}`, kind: KINDS[b % KINDS.length]! });
    blocks.push({ start, end });
    const f = start + Math.max(1, Math.floor(size * 0.35));
    const m = start + Math.max(2, Math.floor(size * 0.7));
    const a = start + Math.max(3, Math.floor(size * 0.9));
    const foundation = (): string =>
      random() < 0.15 ? id(int(0, POOL - 1)) : id(int(start, f - 1));
    for (let i = start; i < end; i++) {
      if (i < f) add(i, random() < 0.5 ? 'micro-credential' : 'course', provider);
      else if (i < m) {
        const form = random();
        const ids = [...new Set([foundation(), foundation(), foundation()])];
        add(
          i,
          'course',
          provider,
          form < 0.4 ? ids[0]! : form < 0.7 ? { any: ids } : { all: ids.slice(0, 2) },
        );
      } else if (i < a) {
        const electives = pickFrom(f, Math.min(i, m), 4).map(id);
        const rule: Requirement[] = [
          id(int(f, Math.min(i, m) - 1)),
          { atLeast: Math.min(2, electives.length), of: electives },
        ];
        if (b > 0 && random() < 0.3) {
          const other = blocks[int(0, b - 1)]!;
          const of = other.start + Math.floor((other.end - other.start) * 0.5);
          rule.push({ any: [id(of), id(int(f, Math.min(i, m) - 1))] });
        }
        add(i, 'badge', provider, { all: rule });
      } else {
        const core = pickFrom(m, a, int(2, 4)).map(id);
        const electives = pickFrom(f, a, int(6, 12)).map(id);
        const modules = pickFrom(start, m, int(8, 15)).map(id);
        const credit = Math.ceil(modules.length * 3.5 * 0.4);
        const capstone = pickFrom(m, a, 3).map(id);
        add(i, 'certification', provider, {
          all: [
            ...core,
            { atLeast: int(3, Math.min(6, electives.length)), of: electives },
            { credits: credit, of: modules },
            { any: capstone },
          ],
        });
        targets.push(id(i));
      }
    }
  }
  // Credits thresholds must be reachable: lower any threshold the modules cannot reach.
  const byId = new Map(credentials.map((c) => [c.id, c] as const));
  for (const c of credentials) fixCredits(c.requires, byId);
  const catalog: Catalog = {
    format: 'pathwise.catalog/v1',
    currency: 'USD',
    providers,
    credentials,
  };
  const holdable = (target: string): string[] => {
    const i = Number(target.slice(3));
    const block = blocks.find((x) => i >= x.start && i < x.end)!;
    const f = block.start + Math.max(1, Math.floor((block.end - block.start) * 0.7));
    return Array.from({ length: 12 }, () =>
      id(block.start + Math.floor(random() * (f - block.start))),
    );
  };
  return { catalog, targets, holdable };
}

function orOf(req: Requirement): Requirement {
  const ids = new Set<string>();
  const walk = (r: Requirement): void => {
    if (typeof r === 'string') ids.add(r);
    else if ('all' in r) r.all.forEach(walk);
    else if ('any' in r) r.any.forEach(walk);
    else if ('atLeast' in r) r.of.forEach(walk);
    else r.of.forEach((x) => ids.add(x));
  };
  walk(req);
  return { any: [...ids].slice(0, 4) };
}

function fixCredits(req: Requirement | undefined, byId: Map<string, Credential>): void {
  if (req === undefined || typeof req === 'string') return;
  if ('credits' in req) {
    const total = creditsWithin(req.of, (x) => byId.get(x)?.credits);
    req.credits = Math.max(1, Math.min(req.credits, total));
  } else
    for (const child of 'all' in req ? req.all : 'any' in req ? req.any : req.of)
      fixCredits(child, byId);
}

/**
 * Deterministic queries: a random target and up to 6 holdings from its block, some dated so they lapse.
 * @returns `count` queries (asOf 2026-06-01)
 */
export function generateQueries(
  bench: BenchCatalog,
  count: number,
  seed = 11,
): { target: string; have: Holding[]; asOf: string }[] {
  const random = prng(seed);
  return Array.from({ length: count }, () => {
    const target = bench.targets[Math.floor(random() * bench.targets.length)]!;
    const pool = bench.holdable(target);
    const have: Holding[] = [];
    const seen = new Set<string>();
    for (let k = Math.floor(random() * 7); k > 0; k--) {
      const h = pool[Math.floor(random() * pool.length)]!;
      if (seen.has(h)) continue;
      seen.add(h);
      const year = 2019 + Math.floor(random() * 7);
      have.push(
        random() < 0.5
          ? { id: h }
          : { id: h, earnedOn: `${year}-0${1 + Math.floor(random() * 9)}-15` },
      );
    }
    return { target, have, asOf: '2026-06-01' };
  });
}
