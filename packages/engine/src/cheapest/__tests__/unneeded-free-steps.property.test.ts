// dropUnneededFree recomputes, for each free step it tries, only the weeks that dropping it moves
// (refreshEarliest over the steps that read it). It must drop exactly what the plain rule drops:
// a whole earliest pass per try, a free step kept back when the target's week grows or a kept step
// is then never met. Random cones, with about half the credentials free and random sets of steps.
import { expect, it } from 'vitest';
import { prng, randomCatalog, randomHoldings } from '@pathwise/test-support';
import { compileIndex } from '../../compile/compact-index.js';
import { Workspace } from '../../compile/workspace.js';
import { earliestPass } from '../../schedule/earliest-pass.js';
import { dropUnneededFree } from '../unneeded-free-steps.js';

/** The rule as stated, one whole earliest pass per free step tried. */
function plainDrop(ws: Workspace, order: Int32Array, set: readonly number[]): number[] {
  const m = order.length;
  const kept = new Uint8Array(m);
  for (const c of set) kept[ws.local(c)] = 1;
  const weeks = new Float64Array(m);
  const targetWeek = (): number => {
    earliestPass(ws, order, weeks, (l) => !kept[l]);
    for (const c of set) if (kept[ws.local(c)] && weeks[ws.local(c)] === Infinity) return Infinity;
    return weeks[m - 1]!;
  };
  const week = targetWeek();
  const free = set.filter((c) => c !== order[m - 1] && ws.index.cost[c] === 0);
  free.sort((a, b) => ws.local(b) - ws.local(a));
  for (const x of free) {
    kept[ws.local(x)] = 0;
    if (targetWeek() > week) kept[ws.local(x)] = 1;
  }
  return set.filter((c) => kept[ws.local(c)]);
}

it('drops what a whole earliest pass per try drops (400 random cones, 5 sets each)', () => {
  let compared = 0;
  let dropped = 0;
  for (let seed = 1; seed <= 400; seed++) {
    const r = prng(seed);
    const catalog = randomCatalog(seed, 30);
    for (const c of catalog.credentials) if (r() < 0.5) c.cost = 0;
    const ws = new Workspace(compileIndex(catalog));
    ws.setHeld(randomHoldings(seed, catalog).map((h) => ws.index.idOf.get(h.id)!));
    const target = ws.index.idOf.get('c29')!;
    if (ws.isHeld(target)) continue;
    const order = ws.cone(target);
    const all = earliestPass(ws, order);
    for (let k = 0; k < 5; k++) {
      // A set whose every step can be met: the cone's reachable credentials, some left out (a
      // set the target cannot be met with is left as it is by both, and skipped here).
      const set = [...order].filter((c, l) => all[l]! < Infinity && (c === target || r() < 0.8));
      const expected = plainDrop(ws, order, set);
      const weeks = earliestPass(
        ws,
        order,
        new Float64Array(order.length),
        (l) => !set.includes(order[l]!),
      );
      if (set.some((c) => weeks[ws.local(c)] === Infinity)) continue;
      const got = dropUnneededFree(ws, order, set);
      expect(got, `seed ${seed}, set ${k}`).toEqual(expected);
      compared++;
      dropped += set.length - got.length;
    }
  }
  expect(compared).toBeGreaterThan(500);
  expect(dropped).toBeGreaterThan(200);
});
