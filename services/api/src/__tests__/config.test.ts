// Configuration from the environment.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG, readConfig, repoRoot } from '../config.js';
import { DEFAULT_SERVICE_LIMITS } from '../limits.js';

describe('readConfig', () => {
  it('defaults to port 4000, the bundled catalog, .pathwise/ at the repository root, the file store', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      port: 4000,
      catalogPath: DEFAULT_CATALOG,
      dataDir: resolve(repoRoot, '.pathwise'),
      neo4j: undefined,
      logLevel: 'info',
      host: '127.0.0.1',
      logFormat: undefined,
    });
    expect(config.limits).toEqual(DEFAULT_SERVICE_LIMITS);
    expect(config.limits.requestPlanBudgetMs).toBe(5000);
    expect(DEFAULT_CATALOG).toBe(resolve(repoRoot, 'examples/catalogs/tech-careers.json'));
  });

  it('reads the variables it names', () => {
    const config = readConfig({
      PORT: '0',
      PATHWISE_CATALOG: '/tmp/c.json',
      PATHWISE_DATA_DIR: '/tmp/d',
      NEO4J_URI: 'bolt://h:7687',
      NEO4J_USER: 'u',
      PATHWISE_NEO4J_CATALOG: 'campus',
      PATHWISE_MAX_DEPTH: '12',
      PATHWISE_MAX_BODY_BYTES: '5000',
    });
    expect(config).toMatchObject({
      port: 0,
      catalogPath: '/tmp/c.json',
      dataDir: '/tmp/d',
      neo4j: { uri: 'bolt://h:7687', user: 'u', database: undefined, catalog: 'campus' },
    });
    expect(config.limits).toMatchObject({ maxDepth: 12, maxBodyBytes: 5000 });
    expect(readConfig({ NEO4J_URI: 'bolt://h', NEO4J_DATABASE: 'db' }).neo4j).toMatchObject({
      database: 'db',
      catalog: 'default',
    });
  });

  it('takes neo4j:// routing URIs (a cluster) and the publish batch and lease settings', () => {
    for (const uri of ['neo4j://core1:7687', 'neo4j+s://x.databases.neo4j.io', 'bolt+ssc://h'])
      expect(readConfig({ NEO4J_URI: uri }).neo4j?.uri).toBe(uri);
    expect(
      readConfig({
        NEO4J_URI: 'neo4j://h',
        PATHWISE_NEO4J_BATCH_SIZE: '500',
        PATHWISE_NEO4J_LEASE_MS: '2000',
      }).neo4j,
    ).toMatchObject({ batchSize: 500, leaseMs: 2000 });
    expect(readConfig({ NEO4J_URI: 'bolt://h' }).neo4j).toMatchObject({
      batchSize: 10_000,
      leaseMs: 10_000,
    });
    expect(() => readConfig({ NEO4J_URI: 'http://u:secret@h:7474' })).toThrow(
      /NEO4J_URI must start with bolt:\/\/, neo4j:\/\/.*"http:\/\/\[redacted\]@h:7474"/,
    );
    expect(() => readConfig({ NEO4J_URI: 'bolt://h', PATHWISE_NEO4J_LEASE_MS: '0' })).toThrow(
      /PATHWISE_NEO4J_LEASE_MS/,
    );
  });

  it('refuses malformed numbers, naming the variable', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => readConfig({ PATHWISE_MAX_DEPTH: '0' })).toThrow(/PATHWISE_MAX_DEPTH/);
    expect(() => readConfig({ PATHWISE_MAX_PAGE_SIZE: '2.5' })).toThrow(/PATHWISE_MAX_PAGE_SIZE/);
  });

  it('reads the fairness limits: queue bounds at least 1, rate limits 0 for none', () => {
    const config = readConfig({
      PATHWISE_MAX_QUEUED_PLANS: '10',
      PATHWISE_MAX_QUEUED_PLANS_PER_CLIENT: '3',
      PATHWISE_RATE_LIMIT_PER_KEY: '600',
      PATHWISE_RATE_LIMIT_PER_ADDRESS: '0',
    });
    expect(config.limits).toMatchObject({
      maxQueuedPlans: 10,
      maxQueuedPlansPerClient: 3,
      rateLimitPerKey: 600,
      rateLimitPerAddress: 0,
    });
    expect(() => readConfig({ PATHWISE_MAX_QUEUED_PLANS: '0' })).toThrow(
      /PATHWISE_MAX_QUEUED_PLANS/,
    );
    expect(() => readConfig({ PATHWISE_RATE_LIMIT_PER_KEY: '-1' })).toThrow(
      /PATHWISE_RATE_LIMIT_PER_KEY/,
    );
  });
});
