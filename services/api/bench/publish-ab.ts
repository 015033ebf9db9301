// A/B of publishing 100 credentials into one big catalog on the file store (with compiled
// snapshots), two store implementations in one process, alternated: `node --conditions=source
// --import tsx publish-ab.ts CATALOG.json OLD_ROOT NEW_ROOT DIR ROUNDS`, each root a checkout whose
// packages/store and packages/engine sources are used (store and its snapshot codec). Prints, per
// round and variant, the wall and CPU ms of `apply`; then the medians and ranges of new/old.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCatalog } from '@pathwise/core';
import { publishOfHundred } from '@pathwise/store/contract';

const [file, oldSrc, newSrc, dir, roundsText] = process.argv.slice(2) as string[];
const catalog = parseCatalog(JSON.parse(await readFile(file!, 'utf8')));
const variants = [
  ['old', oldSrc!],
  ['new', newSrc!],
] as const;
const stores: Record<string, { apply: (c: unknown) => Promise<unknown>; close(): Promise<void> }> =
  {};
for (const [name, src] of variants) {
  const { FileCatalogStore } = await import(join(src, 'packages/store/src/index.ts'));
  const { indexSnapshotCodec } = await import(join(src, 'packages/engine/src/index.ts'));
  await rm(join(dir!, name), { recursive: true, force: true });
  stores[name] = await FileCatalogStore.open(join(dir!, name), {
    seed: catalog,
    snapshots: indexSnapshotCodec,
  });
}
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const figures: Record<string, { wall: number; cpu: number }[]> = { old: [], new: [] };
for (let r = 0; r < Number(roundsText ?? 3); r++) {
  for (const [name] of r % 2 === 0 ? variants : [...variants].reverse()) {
    const change = publishOfHundred(catalog, `ab-${r}`);
    const [w0, c0] = [performance.now(), cpu()];
    await stores[name]!.apply(change);
    const f = { wall: performance.now() - w0, cpu: cpu() - c0 };
    figures[name]!.push(f);
    console.log(`round ${r} ${name}: wall ${f.wall.toFixed(0)} ms, cpu ${f.cpu.toFixed(0)} ms`);
  }
}
for (const name of ['old', 'new']) await stores[name]!.close();
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const k of ['wall', 'cpu'] as const) {
  const ratios = figures.new!.map((f, i) => f[k] / figures.old![i]![k]);
  console.log(
    `${k}: new/old median ${median(ratios).toFixed(4)}, range ${Math.min(...ratios).toFixed(4)}-${Math.max(...ratios).toFixed(4)}; old median ${median(figures.old!.map((f) => f[k])).toFixed(0)} ms, new median ${median(figures.new!.map((f) => f[k])).toFixed(0)} ms`,
  );
}
console.log(`peak RSS ${((process.resourceUsage().maxRSS * 1024) / 2 ** 30).toFixed(2)} GB`);
