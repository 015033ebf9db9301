// Credential.metrics over HTTP (a real server on a free port): CurricularAnalytics' metrics of a
// small hand-computed catalog, recomputed after a publish changes the catalog version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, Credential, Requirement } from '@pathwise/core';
import { startTestApi, type TestApi } from './helpers/api-server.js';

const course = (id: string, requires?: Requirement): Credential => ({
  id,
  name: id.toUpperCase(),
  kind: 'course',
  provider: 'uni',
  cost: 100,
  durationWeeks: 2,
  ...(requires === undefined ? {} : { requires }),
});

// a -> b -> d, a -> c -> d (any), d -> e (2 of d, x, y).
const catalog: Catalog = {
  format: 'pathwise.catalog/v1',
  providers: [{ id: 'uni', name: 'Uni' }],
  credentials: [
    course('a'),
    course('b', 'a'),
    course('c', { all: ['a'] }),
    course('d', { any: ['b', 'c'] }),
    course('x'),
    course('y'),
    course('e', { atLeast: 2, of: ['d', 'x', 'y'] }),
  ],
};

const METRICS = `query ($id: ID!) {
  credential(id: $id) {
    metrics { blockingFactor delayFactor cruciality centrality betweenness pathwayComplexity pathwaySize }
  }
}`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(catalog, { keys: { k: 'uni' } });
});
afterAll(async () => {
  await api?.stop();
});

describe('Credential.metrics over HTTP', () => {
  it('gives the hand-computed metrics', async () => {
    const res = await api.gql(METRICS, { id: 'd' });
    expect(res.errors).toBeUndefined();
    expect((res.data as any).credential.metrics).toEqual({
      blockingFactor: 1,
      delayFactor: 4,
      cruciality: 5,
      centrality: 8,
      betweenness: 3 / 30,
      pathwayComplexity: 17,
      pathwaySize: 4,
    });
    const list = await api.gql(
      `{ credentials(first: 10) { nodes { id metrics { blockingFactor } } } }`,
    );
    expect(
      (list.data as any).credentials.nodes.map((n: any) => [n.id, n.metrics.blockingFactor]),
    ).toEqual([
      ['a', 4],
      ['b', 2],
      ['c', 2],
      ['d', 1],
      ['x', 1],
      ['y', 1],
      ['e', 0],
    ]);
  });

  it('follows a new catalog version', async () => {
    const published = await api.gql(
      `mutation ($input: PublishProgramInput!) { publishProgram(input: $input) { catalogVersion } }`,
      { input: { provider: 'uni', credentials: [{ ...course('f', 'e'), requires: 'e' }] } },
      'k',
    );
    expect(published.errors).toBeUndefined();
    const res = await api.gql(METRICS, { id: 'a' });
    expect((res.data as any).credential.metrics).toMatchObject({
      blockingFactor: 5,
      delayFactor: 5,
    });
  });
});
