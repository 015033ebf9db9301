import { parseCatalog } from '@pathwise/core';
import { denseConeCatalog } from '@pathwise/test-support';
import { cheapestProgramme, loadHighs } from '../src/__tests__/support/highs-oracle.js';
import { credentialMap } from '../src/__tests__/support/requirement-met-at.js';
const highs = await loadHighs();
const C = Number(process.argv[2]);
for (const seed of process.argv.slice(3).map(Number)) {
  const cat = parseCatalog(denseConeCatalog(C, seed));
  const p = cheapestProgramme(credentialMap(cat), new Set(), 'apex')!;
  const t0 = performance.now();
  const r = highs.solve(p.lp, { output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0, time_limit: 200 });
  const lp = highs.solve(p.lp.replace(/\nBinary\n.*\n/s, '\nBounds\n' + [...p.lp.matchAll(/\b([xy]\d+)\b/g)].map(m=>m[1]).filter((v,i,a)=>a.indexOf(v)===i).map(v=>` 0 <= ${v} <= 1`).join('\n') + '\n'), { output_flag: false });
  console.log(C, seed, r.Status, r.ObjectiveValue, 'LP', lp.Status, lp.ObjectiveValue?.toFixed(1), ((performance.now() - t0) / 1000).toFixed(1), 's');
}
