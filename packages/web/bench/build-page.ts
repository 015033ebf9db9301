// Bench support: builds the page with Vite into a fresh temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The web package's folder. */
export const webDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @returns the folder of a fresh build
 * @throws Error when Vite fails (its output is on stderr)
 */
export function buildPage(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'pathwise-web-bench-'));
  const built = spawnSync(
    process.execPath,
    [
      join(webDir, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--logLevel',
      'warn',
    ],
    { cwd: webDir, stdio: 'inherit' },
  );
  if (built.status !== 0) throw new Error('vite build failed');
  return outDir;
}
