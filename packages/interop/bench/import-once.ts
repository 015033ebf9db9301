// One measured run for interop.bench.ts, in a process of its own so the OS's peak RSS is this run's
// alone: `parse FILE` (JSON.parse of the CTDL text), `import FILE` (importCtdl of it, parse
// included, from the TypeScript sources) or `import-dist FILE` (the same from the built package,
// `dist/`, which is what the CLI and the API run). Prints one line of JSON: the wall and CPU time in
// ms (CPU counts the GC's threads too: on a loaded machine it is the steadier figure), the process's
// peak RSS in MB, and, for an import, the wall and CPU time of JSON.parse of the same text in the
// same process right after it.
import { readFileSync } from 'node:fs';
import { importCtdl as fromSource } from '../src/index.js';

const [mode, file] = process.argv.slice(2);
const importCtdl =
  mode === 'import-dist'
    ? (
        (await import(
          new URL('../dist/index.js', import.meta.url).href
        )) as typeof import('../src/index.js')
      ).importCtdl
    : fromSource;
const text = readFileSync(file!, 'utf8');
const base = process.resourceUsage().maxRSS;
const cpuNow = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const c0 = cpuNow();
const t0 = performance.now();
if (mode === 'parse') JSON.parse(text);
else importCtdl(JSON.parse(text) as unknown);
const ms = performance.now() - t0;
const cpuMs = cpuNow() - c0;
// getrusage's ru_maxrss: the OS's figure for this process's peak resident set, so far.
const rss = process.resourceUsage().maxRSS / 1024;
// The same document's JSON.parse in the same process, after the import (so the peak above is the
// import's own): the baseline of the ratio, measured in the same window and the same process.
// The import's garbage is collected first (--expose-gc) so that it does not count against it.
let parseMs: number | undefined;
let parseCpuMs: number | undefined;
if (mode !== 'parse') {
  globalThis.gc?.();
  const p0 = cpuNow();
  const w0 = performance.now();
  JSON.parse(text);
  parseMs = performance.now() - w0;
  parseCpuMs = cpuNow() - p0;
}
console.log(
  JSON.stringify({ ms, cpuMs, peakRssMb: rss, textRssMb: base / 1024, parseMs, parseCpuMs }),
);
