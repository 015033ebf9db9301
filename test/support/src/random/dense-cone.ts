/**
 * Layered dense cones (issue 16), the shape on which cheapest's proof is hard: university programmes
 * whose electives share one pool of courses across many `atLeast` rules. A cone of C credentials:
 * - a pool of 30% leaves (no requirement);
 * - a layer (30%) of `all`, `atLeast k of 4-8` or `any` over the pool, dealt so that every pool
 *   credential is named by about 6 rules;
 * - two more layers (25%, then the rest, ~15%) of `atLeast k of 4-8` over the layers below;
 * - the target `apex`, `all` of `atLeast 3 of 6` groups that together name every top-layer credential.
 * Every credential is named by the layer above it, so the cone of `apex` is the whole catalog.
 */
import type { Catalog, Credential, Requirement } from '@pathwise/core';
import { prng } from '../prng.js';

/** The target of every dense cone. */
export const DENSE_TARGET = 'apex';

/** How many rules name each pool credential, on average. */
const POOL_NAMINGS = 6;

/**
 * @param size - C, the number of credentials in the cone (≥ 20; below 50 the top layer has fewer
 *   than 6 credentials and the target's groups take what there is)
 * @param seed - PRNG seed; one seed names one catalog for good
 * @returns a valid catalog whose target `apex` has a cone of exactly `size` credentials
 */
export function denseConeCatalog(size: number, seed: number): Catalog {
  const random = prng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const shuffle = <T>(xs: T[]): T[] => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = int(0, i);
      [xs[i], xs[j]] = [xs[j]!, xs[i]!];
    }
    return xs;
  };
  const c = Math.max(20, Math.floor(size));
  const poolSize = Math.round(0.3 * c);
  const firstSize = Math.round(0.3 * c);
  const secondSize = Math.round(0.25 * c);
  const topSize = c - 1 - poolSize - firstSize - secondSize; // 6 or more
  const credentials: Credential[] = [];
  const add = (id: string, layer: number, requires?: Requirement): void => {
    const credential: Credential = {
      id,
      name: `Layer ${layer} ${id}`,
      kind: layer === 0 ? 'course' : layer === 4 ? 'certification' : 'certificate',
      cost: layer === 4 ? 500 : int(10, 200),
      durationWeeks: int(1, 8),
    };
    if (requires !== undefined) credential.requires = requires;
    credentials.push(credential);
  };
  const ids = (prefix: string, n: number): string[] =>
    Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  const pool = ids('p', poolSize);
  for (const id of pool) add(id, 0);

  // Rules over `below`, dealt from tickets so every credential below is named about `namings` times
  // (and at least once). `rule` says how many names the next rule wants and makes it from them.
  type Rule = { size: number; make: (of: string[]) => Requirement };
  const layer = (
    prefix: string,
    n: number,
    layerNo: number,
    below: string[],
    namings: number,
    rule: () => Rule,
  ): string[] => {
    const tickets: string[] = [];
    for (const id of below) for (let t = 0; t < namings; t++) tickets.push(id);
    shuffle(tickets);
    const out = ids(prefix, n);
    let next = 0;
    out.forEach((id, i) => {
      const made = rule();
      const size = Math.min(made.size, below.length);
      // The last rule takes every ticket left, so every credential below is named.
      const want = i === n - 1 ? Math.max(size, tickets.length - next) : size;
      const of = new Set<string>();
      while (of.size < want && next < tickets.length) of.add(tickets[next++]!);
      while (of.size < size) of.add(below[int(0, below.length - 1)]!);
      add(id, layerNo, made.make([...of]));
    });
    return out;
  };
  const atLeast = (): Rule => ({
    size: int(4, 8),
    make: (of) => ({ atLeast: Math.min(of.length, int(2, Math.min(4, of.length - 2))), of }),
  });
  const first = layer('a', firstSize, 1, pool, POOL_NAMINGS, () => {
    const form = random();
    if (form < 0.15) return { size: int(2, 3), make: (of) => ({ all: of }) };
    if (form < 0.3) return { size: int(4, 8), make: (of) => ({ any: of }) };
    return atLeast();
  });
  const second = layer('b', secondSize, 2, first, 2, atLeast);
  const top = layer('t', topSize, 3, [...second, ...first], 1, atLeast);
  const groups: Requirement[] = [];
  const order = shuffle([...top]);
  for (let i = 0; i < order.length; i += 6) {
    const of = order.slice(i, i + 6);
    while (of.length < Math.min(6, top.length)) {
      const extra = top[int(0, top.length - 1)]!;
      if (!of.includes(extra)) of.push(extra);
    }
    groups.push({ atLeast: Math.min(3, of.length), of });
  }
  add(DENSE_TARGET, 4, { all: groups });
  return { format: 'pathwise.catalog/v1', currency: 'USD', credentials };
}
