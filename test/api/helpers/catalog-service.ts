/**
 * A service process over one catalog, the way most API tests want it: the catalog written to a
 * fresh temporary folder, the service started on the file store in that folder (spawn-service.ts),
 * and the test held until the service says it is ready. `stop` ends the process and removes the
 * folder; spawn-service's own file-end hook still kills a process a failed test left behind.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isReady, spawnService, waitFor, type Service } from './spawn-service.js';

/** A ready service process over one catalog file. */
export interface CatalogService {
  /** The process and its parsed log lines. */
  svc: Service;
  /** The port it listens on, on 127.0.0.1. */
  port: number;
  /** The temporary folder holding `catalog.json` and the store's `data/`. */
  dir: string;
  /** The store's folder (`PATHWISE_DATA_DIR`). */
  dataDir: string;
  /** Ends the process (SIGTERM), waits for it, and removes the folder. */
  stop(): Promise<void>;
}

/**
 * @param name - names the temporary folder (`pathwise-NAME-…`)
 * @param catalog - the catalog document, written as JSON
 * @param env - added to the service's environment (e.g. PATHWISE_PLAN_WORKERS, PATHWISE_API_KEYS)
 * @returns the service once its "ready at" line is logged
 */
export async function startCatalogService(
  name: string,
  catalog: unknown,
  env: Record<string, string> = {},
): Promise<CatalogService> {
  const dir = await mkdtemp(join(tmpdir(), `pathwise-${name}-`));
  const dataDir = join(dir, 'data');
  await writeFile(join(dir, 'catalog.json'), JSON.stringify(catalog));
  const svc = spawnService({
    PATHWISE_CATALOG: join(dir, 'catalog.json'),
    PATHWISE_DATA_DIR: dataDir,
    ...env,
  });
  const ready = await waitFor(() => svc.lines.find((l) => isReady(l)), `${name} service ready`);
  return {
    svc,
    port: ready.port as number,
    dir,
    dataDir,
    async stop() {
      svc.child.kill('SIGTERM');
      await svc.exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
