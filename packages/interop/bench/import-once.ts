// One measured run for interop.bench.ts, in a process of its own so the OS's peak RSS is this run's
// alone: `parse FILE` (JSON.parse of the CTDL text), `import FILE` (importCtdl of it, parse
// included, from the TypeScript sources) or `import-dist FILE` (the same from the built package,
// `dist/`, which is what the CLI and the API run). Prints one line of JSON: the wall and CPU time in ms (CPU counts the GC's threads too:
// on a loaded machine it is the steadier figure) and the process's peak RSS in MB.
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
const c0 = process.cpuUsage();
const t0 = performance.now();
if (mode === 'parse') JSON.parse(text);
else importCtdl(JSON.parse(text) as unknown);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(c0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const rss = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ ms, cpuMs, peakRssMb: rss, textRssMb: base / 1024 }));
