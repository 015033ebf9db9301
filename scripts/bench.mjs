// `pnpm bench [filter]`: runs every `bench/*.bench.ts` of the packages and services, one process each,
// on the TypeScript sources. Each bench prints its own table of figures and ratios to a baseline.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const filter = process.argv[2] ?? '';
const files = [];
for (const group of ['packages', 'services']) {
  for (const name of readdirSync(join(root, group))) {
    const dir = join(root, group, name, 'bench');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) if (f.endsWith('.bench.ts')) files.push(join(dir, f));
  }
}
let failed = 0;
for (const file of files.filter((f) => relative(root, f).includes(filter))) {
  console.log(`\n### ${relative(root, file)}`);
  // A bench may ask for more Node flags in a line `// bench-node-flags: ...` (offers.bench.ts runs
  // single-threaded, and says why).
  const flags =
    /^\/\/ bench-node-flags: (.+)$/m.exec(readFileSync(file, 'utf8'))?.[1].split(' ') ?? [];
  const { status } = spawnSync(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      '--max-old-space-size=4096',
      '--expose-gc',
      ...flags,
      file,
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
