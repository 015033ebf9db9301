// Page weight: builds the page with Vite into a temporary folder and prints the bytes of the JS and
// CSS the learner view loads (raw and gzipped at level 9), against the aim of 300 KB of
// gzipped JS. GraphiQL's files are reported apart (only /graphql in a browser loads them).
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildPage } from './build-page.js';

const AIM_JS_GZIP = 300 * 1024;
const outDir = buildPage();

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const weigh = (file: string) => {
  const body = readFileSync(file);
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
};

// What index.html loads (Vite names every script and stylesheet it emits there).
const html = readFileSync(join(outDir, 'index.html'), 'utf8');
const loaded = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
const rows: { part: string; file: string; raw: number; gzip: number }[] = loaded.map((file) => ({
  part: 'learner',
  file,
  ...weigh(join(outDir, file)),
}));
for (const file of readdirSync(join(outDir, 'graphiql'))) {
  const path = join(outDir, 'graphiql', file);
  if (statSync(path).isFile() && ['.js', '.css'].includes(extname(file)))
    rows.push({ part: 'graphiql', file: `graphiql/${file}`, ...weigh(path) });
}
console.table(rows.map((r) => ({ ...r, raw: kb(r.raw), gzip: kb(r.gzip) })));

const sum = (part: string, ext: string) =>
  rows.filter((r) => r.part === part && extname(r.file) === ext).reduce((s, r) => s + r.gzip, 0);
const js = sum('learner', '.js');
const css = sum('learner', '.css');
console.log(
  `learner view: ${kb(js)} JS + ${kb(css)} CSS gzipped; JS is ${((js / AIM_JS_GZIP) * 100).toFixed(1)}% of the 300 KB aim`,
);
console.log(
  `graphiql: ${kb(sum('graphiql', '.js'))} JS + ${kb(sum('graphiql', '.css'))} CSS gzipped`,
);
rmSync(outDir, { recursive: true, force: true });
if (js > AIM_JS_GZIP) process.exit(1);
