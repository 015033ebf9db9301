// The page and GraphiQL over HTTP from the real service: `/` serves the built page and its assets
// (no CDN in it), GET /graphql asking for HTML gets GraphiQL from the package, JSON still reaches
// the API, and paths outside the build are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webDist } from '@pathwise/web';
import { startTestApi, type TestApi } from '../api/helpers/api-server.js';
import { exampleCatalog, startWebApi } from './helpers/web-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startWebApi();
});
afterAll(async () => {
  await api?.stop();
});

describe('the page over HTTP', () => {
  it('serves index.html at / and every asset it names, all from this origin', async () => {
    const res = await fetch(`${api.base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('<div id="app">');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
      .map((m) => m[1]!)
      .filter((a) => !a.startsWith('data:'));
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      expect(asset.startsWith('/')).toBe(true);
      const a = await fetch(`${api.base}${asset}`);
      expect(a.status).toBe(200);
      expect(a.headers.get('cache-control')).toContain('immutable');
    }
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('serves GraphiQL from the package to a browser at GET /graphql', async () => {
    const res = await fetch(`${api.base}/graphql`, { headers: { accept: 'text/html,*/*' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('/graphiql/graphiql.min.js');
    expect(html).not.toMatch(/https?:\/\//);
    for (const file of [
      'graphiql.min.js',
      'graphiql.min.css',
      'react.production.min.js',
      'react-dom.production.min.js',
    ])
      expect((await fetch(`${api.base}/graphiql/${file}`)).status).toBe(200);
  });

  it('still answers GraphQL at /graphql', async () => {
    const res = await api.gql('{ catalogVersion }');
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ catalogVersion: 1 });
  });

  it('refuses paths outside the build and unknown files', async () => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/%2e%2e/package.json',
      '/nope.js',
      '/%E0%A4%A',
    ]) {
      const res = await fetch(`${api.base}${path}`);
      expect(res.status, path).toBe(404);
    }
    const head = await fetch(`${api.base}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('says how to build the page when it is not built', async () => {
    const bare = await startTestApi(exampleCatalog(), { webRoot: '/nonexistent-pathwise-web' });
    try {
      const res = await fetch(`${bare.base}/`);
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('pnpm build');
    } finally {
      await bare.stop();
    }
  });

  it('defaults to the built package (pnpm build writes it)', async () => {
    expect(webDist.endsWith('packages/web/dist/')).toBe(true);
  });
});
