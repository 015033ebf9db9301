/**
 * The paged whole-catalog read of the Neo4j store (issue 14: loading 2x10^6 credentials): a fresh
 * store that reads a catalog in pages of a few credentials (keyset pages over the credential ids)
 * loads exactly the catalog that was published, in catalog order, also after versions replaced,
 * retired and added credentials (several nodes per id in the graph); a page is read in the index's
 * order, so Neo4j stops after it rather than sorting what remains of the catalog for every page.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { makeCredential, richCatalog } from '@pathwise/store/contract';
import { generateCatalog } from '@pathwise/test-support';
import {
  Neo4jCatalogStore,
  connectNeo4j,
  credentialPageQuery,
  DELTA_RANGE_QUERIES,
  dropCatalog,
  ensureSchema,
} from '@pathwise/store-neo4j';
import { loadFresh, neo4jForTests } from './helpers/neo4j-for-tests.js';

const neo = await neo4jForTests();
const connection = neo.connection;
const catalogs = new Set<string>();
afterAll(async () => {
  if (connection) {
    const driver = connectNeo4j(connection);
    for (const name of catalogs) await dropCatalog(driver, name);
    await driver.close();
  }
  await neo.stop();
});

const suite = neo.skip ? describe.skip : describe;
suite('Neo4jCatalogStore paged load', () => {
  it('loads a generated catalog of the realistic mix as published, at any page size', async () => {
    const name = 'paged-load-generated';
    catalogs.add(name);
    const { catalog } = generateCatalog(1200);
    const writer = await Neo4jCatalogStore.open(connection!, { catalog: name, seed: catalog });
    try {
      const provider = catalog.providers![0]!.id;
      const first = catalog.credentials.filter((c) => c.provider === provider);
      // Replace two credentials in place, retire one, add three: several nodes share an id.
      await writer.apply({
        kind: 'publish',
        provider,
        credentials: [
          { ...first[0]!, name: 'renamed' },
          { ...first[5]!, cost: 1 },
          makeCredential('paged-new-a', provider, { requires: first[1]!.id }),
          makeCredential('paged-new-b', provider, {
            requires: { any: [first[2]!.id, 'paged-new-a'] },
          }),
          makeCredential('000-sorts-first', provider),
        ],
      });
      const published = await writer.apply({ kind: 'retire', provider, ids: [first[7]!.id] });
      expect(published.catalog.credentials).toHaveLength(1200 + 3);
      for (const pageSize of [50, 1203, undefined])
        expect(await loadFresh(connection!, name, pageSize)).toEqual(published.catalog);
    } finally {
      await writer.close();
    }
  }, 300_000);

  it('reads a page in the index order and stops after it (no sort of the remaining credentials)', async () => {
    const driver = connectNeo4j(connection!);
    try {
      // The plan depends on the indexes (a hint on a missing index is dropped), not on test order.
      await ensureSchema(driver);
      // No OR for the planner to split into a union of seeks on two indexes, which loses the order
      // (Top over a Union, seen once on a fresh database).
      expect(credentialPageQuery(20_000)).not.toMatch(/\bOR\b/i);
      const page = await planOf(driver, credentialPageQuery(20_000), { after: '' });
      // A seek, not a scan: under a plain USING INDEX the planner chose, in 3 of 4 fresh databases,
      // a scan of the whole index filtered to the page (read from its start for every page).
      expectSeekWithoutScan(page);
      expect(page.operators, page.text).toContain('Limit');
      expect(
        page.operators.filter((o) => /Sort|Top/.test(o)),
        page.text,
      ).toEqual([]);
      for (const query of DELTA_RANGE_QUERIES)
        expectSeekWithoutScan(await planOf(driver, query, { base: 1 }));
    } finally {
      await driver.close();
    }
  });

  it('loads every field and requirement form of the rich catalog a credential a page', async () => {
    const name = 'paged-load-rich';
    catalogs.add(name);
    const writer = await Neo4jCatalogStore.open(connection!, {
      catalog: name,
      seed: richCatalog(),
    });
    try {
      expect(await loadFresh(connection!, name, 1)).toEqual((await writer.load()).catalog);
    } finally {
      await writer.close();
    }
  });
});

/** A query's plan: its operators, and a text of them and of the planner's notifications. */
interface QueryPlan {
  operators: string[];
  text: string;
}

/** Expects the plan to seek an index, and to scan neither an index nor a label. */
function expectSeekWithoutScan(plan: QueryPlan): void {
  expect(
    plan.operators.some((o) => o.startsWith('NodeIndexSeek')),
    plan.text,
  ).toBe(true);
  expect(
    plan.operators.filter((o) => o.includes('Scan')),
    plan.text,
  ).toEqual([]);
}

/** @returns the plan Neo4j makes for a query (EXPLAIN: nothing runs) */
async function planOf(
  driver: ReturnType<typeof connectNeo4j>,
  query: string,
  params: Record<string, unknown>,
): Promise<QueryPlan> {
  const { summary } = await driver.executeQuery(`EXPLAIN ${query}`, {
    catalog: 'paged-load-plan',
    version: 2,
    ...params,
  });
  const operators: string[] = [];
  const pending = summary.plan ? [summary.plan] : [];
  for (let plan = pending.pop(); plan; plan = pending.pop()) {
    operators.push(plan.operatorType.replace(/@.*/, ''));
    pending.push(...plan.children);
  }
  return { operators, text: JSON.stringify({ operators, notifications: summary.notifications }) };
}
