// `pnpm pathwise …`: runs the built CLI (packages/cli/dist/bin.js), building it first when it is
// missing or older than its sources, so the README's commands work right after `pnpm install` on a
// fresh clone. The freshness check is a stat walk over the CLI's packages (a few milliseconds)
// rather than `tsc -b` on every call, which would add about 0.3 s to each command; when a build is
// needed, `tsc -b packages/cli` (the CLI and the packages it references) decides what to rebuild.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** @returns the package folder and every folder its tsconfig references, transitively */
function projectClosure(dir, seen = new Set()) {
  if (seen.has(dir)) return seen;
  seen.add(dir);
  const config = JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8'));
  for (const ref of config.references ?? []) projectClosure(resolve(dir, ref.path), seen);
  return seen;
}

// The CLI and every workspace package it is built from (what `tsc -b packages/cli` builds).
const packages = [...projectClosure(join(root, 'packages/cli'))];
const bin = join(root, 'packages/cli/dist/bin.js');
const baseConfig = join(root, 'tsconfig.base.json');

/**
 * @returns the newest modification time (ms) of the sources under `dir`, directories included (a
 *   deleted file changes its folder); tests are left out, as the packages' tsconfig `exclude` does
 */
function newestUnder(dir) {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '__tests__' || entry.name.endsWith('.test.ts')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** @returns whether a package's build output is missing or older than its sources or configuration */
function isStale(dir) {
  const info = join(dir, 'dist/.tsbuildinfo');
  if (!existsSync(info)) return true;
  const built = statSync(info).mtimeMs;
  const configs = [join(dir, 'tsconfig.json'), join(dir, 'package.json'), baseConfig];
  const inputs = configs.map((f) => statSync(f).mtimeMs);
  return Math.max(newestUnder(join(dir, 'src')), ...inputs) > built;
}

if (!existsSync(bin) || packages.some(isStale)) {
  process.stderr.write('pathwise: building the CLI (tsc -b packages/cli)…\n');
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const build = spawnSync(process.execPath, [tsc, '-b', join(root, 'packages/cli')], {
    cwd: root,
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    // Compiler output goes to stderr so that stdout stays the command's own.
    process.stderr.write(build.stdout + build.stderr);
    process.stderr.write(
      `pathwise: the build failed${build.error ? ` (${build.error.message})` : ''}; run pnpm install, then pnpm build\n`,
    );
    process.exit(1);
  }
}

await import(pathToFileURL(bin).href);
