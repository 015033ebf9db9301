/**
 * Builds packages/web with Vite into a fresh folder for one test file (so suites running in
 * parallel never share a half-written dist), for the service's `webRoot`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = join(dirname(fileURLToPath(import.meta.url)), '../../../packages/web');

/**
 * @returns the folder of a fresh build of the page
 * @throws Error with Vite's output when the build fails
 */
export async function buildWeb(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'pathwise-web-'));
  const vite = join(webDir, 'node_modules/vite/bin/vite.js');
  const run = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: webDir,
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`vite build failed:\n${run.stdout}\n${run.stderr}`);
  return outDir;
}
