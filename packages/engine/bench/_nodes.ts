import { parseCatalog } from '@pathwise/core';
import { denseConeCatalog } from '@pathwise/test-support';
const which = process.argv[2]!;
const src = which === 'base' ? '/tmp/base/packages/engine/src' : '../src';
const { compileIndex } = await import(`${src}/compile/compact-index.js`);
const { Workspace } = await import(`${src}/compile/workspace.js`);
const { cheapestSet } = await import(`${src}/cheapest/branch-and-bound.js`);
const C = Number(process.argv[3] ?? 200);
const ms = Number(process.argv[4] ?? 2000);
const out: string[] = [];
for (let seed = 1; seed <= 3; seed++) {
  const idx = compileIndex(parseCatalog(denseConeCatalog(C, seed)));
  const ws = new Workspace(idx);
  ws.setHeld([]);
  const order = ws.cone(idx.idOf.get('apex')!);
  const t0 = performance.now();
  const r = cheapestSet(ws, order, ms);
  const t = performance.now() - t0;
  out.push(`${t.toFixed(0)}ms s${seed} ${r.optimal ? 'OPT' : 'open'} cost ${r.cost} bound ${r.bound.toFixed(0)} nodes ${r.nodes} ${(r.nodes / t * 1000).toFixed(0)}/s`);
}
console.log(which, C, out.join(' | '));
