/**
 * Starts the real Pathwise service (node:http + Apollo, in this process) on a free port over a real
 * FileCatalogStore in a fresh temporary directory, and talks to it over HTTP with fetch.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Catalog } from '@pathwise/core';
import { FileCatalogStore } from '@pathwise/store';
// The service is not a library package; the tests reach its start function by path.
import { startServer, type StartServerOptions } from '../../../services/api/src/start-server.js';
import { apiKeysFrom } from '../../../services/api/src/api-keys.js';
import { createLogger } from '../../../services/api/src/logger.js';

/** One GraphQL response as the client sees it. */
export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
}

/** A service under test. */
export interface TestApi {
  url: string;
  /** The base URL (`http://localhost:PORT`). */
  base: string;
  dataDir: string;
  /** Sends one operation; `key` becomes `Authorization: Bearer key`. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    key?: string,
  ): Promise<GqlResponse<T>>;
  stop(): Promise<void>;
}

/** Options of startTestApi. */
export interface TestApiOptions extends Partial<Omit<StartServerOptions, 'store' | 'apiKeys'>> {
  /** key → provider */
  keys?: Record<string, string>;
  /** Serve an existing data directory instead of a new one seeded with `catalog`. */
  dataDir?: string;
}

/**
 * @param catalog - seeds the new store
 * @param options - keys, limits, an existing data directory
 * @returns the running service and a client for it
 */
export async function startTestApi(
  catalog: Catalog,
  options: TestApiOptions = {},
): Promise<TestApi> {
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'pathwise-api-')));
  const store = await FileCatalogStore.open(dataDir, { seed: catalog });
  const { keys, dataDir: _d, ...rest } = options;
  void _d;
  const server = await startServer({
    logger: createLogger('silent'),
    ...rest,
    store,
    port: 0,
    host: '127.0.0.1',
    apiKeys: apiKeysFrom(Object.entries(keys ?? {})),
  });
  const base = server.url.replace(/\/graphql$/, '');
  return {
    url: server.url,
    base,
    dataDir,
    async gql(query, variables, key) {
      const res = await fetch(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(key === undefined ? {} : { authorization: `Bearer ${key}` }),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<GqlResponse, 'status'>;
      return { status: res.status, ...body } as GqlResponse<never>;
    },
    async stop() {
      await server.stop();
      if (ownDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** @returns the `extensions.code` of every error of a response */
export function errorCodes(response: GqlResponse<unknown>): unknown[] {
  return (response.errors ?? []).map((e) => e.extensions?.code);
}
