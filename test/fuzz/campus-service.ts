/**
 * The real service for the fuzz and deep-input tests: a process on a free loopback port with a file
 * store in a temporary folder, seeded with the campus catalog, one publisher key for `state-u`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { campusCatalog } from '../api/helpers/catalogs.js';
import { isReady, spawnService, waitFor } from '../api/helpers/spawn-service.js';

/** The publisher key of provider `state-u`. */
export const CAMPUS_KEY = 'campus-publisher-key';

/** A running campus service. */
export interface CampusService {
  /** Its GraphQL endpoint. */
  url: string;
  /** Its temporary folder (free for test files). */
  dir: string;
  /** Stops it and removes its folder. */
  stop: () => Promise<void>;
}

/** @param env - added to the service's environment (limits) */
export async function startCampusService(env: Record<string, string>): Promise<CampusService> {
  const dir = await mkdtemp(join(tmpdir(), 'pathwise-fuzz-'));
  await writeFile(join(dir, 'campus.json'), JSON.stringify(campusCatalog()));
  const service = spawnService({
    PATHWISE_CATALOG: join(dir, 'campus.json'),
    PATHWISE_DATA_DIR: join(dir, 'store'),
    PATHWISE_API_KEYS: `${CAMPUS_KEY}:state-u`,
    ...env,
  });
  const listening = await waitFor(() => service.lines.find((l) => isReady(l)), 'listening');
  return {
    url: `http://127.0.0.1:${listening.port as number}/graphql`,
    dir,
    stop: async () => {
      service.child.kill('SIGTERM');
      await service.exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
