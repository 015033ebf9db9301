import { parseCatalog } from '@pathwise/core';
import { denseConeCatalog } from '@pathwise/test-support';
import { compileIndex } from '../src/compile/compact-index.js';
import { Workspace } from '../src/compile/workspace.js';
import { CheapestState } from '../src/cheapest/cheapest-state.js';
import { LagrangianBound } from '../src/cheapest/lagrangian-bound.js';
import { Realiser } from '../src/cheapest/realise-set.js';
import { cheapestSet } from '../src/cheapest/branch-and-bound.js';
const C = Number(process.argv[2] ?? 50);
for (let seed = 1; seed <= 3; seed++) {
  const idx = compileIndex(parseCatalog(denseConeCatalog(C, seed)));
  const ws = new Workspace(idx);
  ws.setHeld([]);
  const order = ws.cone(idx.idOf.get('apex')!);
  const opt = cheapestSet(ws, order, C > 50 ? 4000 : 20000);
  const state = new CheapestState(ws, order);
  const lag = new LagrangianBound(state);
  const inc = new Realiser(state);
  const greedy = (x: number) => state.dp.full[ws.local(x)]!;
  state.dp.evaluate(greedy); inc.realize(greedy); inc.improve(6);
  lag.startShares();
  let best = 0, theta = 1, stale = 0; const marks: string[] = [];
  const t0 = performance.now();
  for (let it = 0; it < 3000; it++) {
    const lb = lag.lagrangian();
    inc.realize(lag.priced);
    if (lb > best + 1e-9) { best = lb; stale = 0; } else if (++stale >= 3) { theta /= 2; stale = 0; }
    if ([10, 30, 100, 300, 1000, 2999].includes(it)) marks.push(`${it}:${best.toFixed(0)}`);
    if (!lag.step(lb, theta, opt.cost)) { marks.push('stop@' + it); break; }
    if (theta < 1e-6) { marks.push('theta@' + it); break; }
  }
  console.log(C, seed, 'cone', order.length, 'opt', opt.cost, opt.optimal, 'bound', opt.bound.toFixed(0), 'nodes', opt.nodes, 'root', marks.join(' '), 'inc', inc.bestCost, (performance.now() - t0).toFixed(0), 'ms');
}
