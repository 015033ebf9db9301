// The limits that keep one client from hurting others, against the real service: query depth, aliases,
// cost, body size, page size, time budget; and errors that never leak internals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/conformance.js';
import { startTestApi, errorCodes, type TestApi } from './helpers/api-server.js';
import { campusCatalog } from './helpers/catalogs.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(campusCatalog(), { limits: { maxBodyBytes: 20_000 } });
});
afterAll(async () => {
  await api?.stop();
});

/** `credential(id) { stacksInto { stacksInto { ... { id } } } }` with `depth` levels in all. */
function deepQuery(depth: number): string {
  let selection = '{ id }';
  for (let i = 2; i < depth; i++) selection = `{ stacksInto ${selection} }`;
  return `{ credential(id: "py-101") ${selection} }`;
}

describe('limits', () => {
  it('refuses a 60-deep query before it runs, and runs a 10-deep one', async () => {
    const deep = await api.gql(deepQuery(60));
    expect(deep.status).toBe(400);
    expect(deep.data).toBeUndefined();
    expect(errorCodes(deep)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(deep.errors!.some((e) => /depth/i.test(e.message))).toBe(true);
    const shallow = await api.gql(deepQuery(10));
    expect(shallow.errors).toBeUndefined();
  });

  it('refuses depth hidden in fragments', async () => {
    let fragments = 'fragment F0 on Credential { id }\n';
    for (let i = 1; i < 40; i++)
      fragments += `fragment F${i} on Credential { stacksInto { ...F${i - 1} } }\n`;
    const res = await api.gql(`{ credential(id: "py-101") { ...F39 } }\n${fragments}`);
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses too many aliases (many plans in one request)', async () => {
    const aliases = Array.from(
      { length: 40 },
      (_, i) => `p${i}: plan(input: { target: "data-cert" }) { totalCost }`,
    );
    const res = await api.gql(`{ ${aliases.join('\n')} }`);
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors!.some((e) => /alias/i.test(e.message))).toBe(true);
  });

  it('refuses an operation over the cost limit, and lets introspection through', async () => {
    const strict = await startTestApi(campusCatalog(), { limits: { maxCost: 60 } });
    try {
      const costly = await strict.gql(
        `{ credentials(first: 5) { nodes { id name kind cost durationWeeks provider { id name credentials { id name } } stacksInto { id name } } } }`,
      );
      expect(costly.status).toBe(400);
      expect(costly.errors!.some((e) => /cost/i.test(e.message))).toBe(true);
      expect((await strict.gql(`{ credential(id: "py-101") { id } }`)).data).toEqual({
        credential: { id: 'py-101' },
      });
      const introspection = await strict.gql(
        `{ __schema { types { name fields { name type { name kind ofType { name kind } } } } } }`,
      );
      expect(introspection.errors).toBeUndefined();
    } finally {
      await strict.stop();
    }
  });

  it('refuses a body over the size limit with 413, before parsing it', async () => {
    const query = `{ credential(id: "py-101") { id } } # ${'x'.repeat(30_000)}`;
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    // The service is still there for the next client.
    expect((await api.gql(`{ catalogVersion }`)).data).toEqual({ catalogVersion: 1 });
  });

  it('refuses a streamed body (no Content-Length) once it passes the limit', async () => {
    const chunk = new TextEncoder().encode(
      `{"query": "{ catalogVersion }", "pad": "${'y'.repeat(4000)}`,
    );
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 50) controller.enqueue(chunk);
        else {
          controller.enqueue(new TextEncoder().encode('"}'));
          controller.close();
        }
      },
    });
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((await api.gql(`{ catalogVersion }`)).data).toEqual({ catalogVersion: 1 });
  });

  it('refuses a page size over the limit', async () => {
    const res = await api.gql(`{ credentials(first: 1000) { totalCount } }`);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });

  it("caps a plan's time budget at the server's and accepts a smaller one", async () => {
    const res = await api.gql(
      `{ plan(input: { target: "data-cert", timeBudgetMs: 50 }) { optimal totalCost } }`,
    );
    expect(res.data).toEqual({ plan: { optimal: true, totalCost: 230 } });
  });

  it('answers with the CSRF guard: a simple-request GET query without a preflight header is refused', async () => {
    const res = await fetch(`${api.url}?query=${encodeURIComponent('{ catalogVersion }')}`);
    expect(res.status).toBe(400);
    const ok = await fetch(`${api.url}?query=${encodeURIComponent('{ catalogVersion }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await ok.json()).toEqual({ data: { catalogVersion: 1 } });
  });
});

describe('planning limits', () => {
  const example = (): any =>
    JSON.parse(readFileSync(join(repoRoot, 'examples/catalogs/tech-careers.json'), 'utf8'));

  it("refuses too many candidates, and answers TIMEOUT once the request's planning budget is spent", async () => {
    const strict = await startTestApi(example(), {
      limits: { maxReachableTargets: 50, requestPlanBudgetMs: 0 },
    });
    try {
      const all = await strict.gql(`{ reachable(from: []) { credential { id } } }`);
      expect(errorCodes(all)).toEqual(['BAD_USER_INPUT']);
      const courses = await strict.gql(
        `{ reachable(from: [], kinds: ["course"]) { credential { id } } }`,
      );
      expect(errorCodes(courses)).toEqual(['BAD_USER_INPUT']);
      const certs = await strict.gql(
        `{ reachable(from: [], kinds: ["certification"]) { credential { id } } }`,
      );
      expect(errorCodes(certs)).toEqual(['TIMEOUT']);
      expect(certs.errors![0]!.extensions!.pathwiseCode).toBe('TIMEOUT');
      const plan = await strict.gql(`{ plan(input: { target: "google-da-cert" }) { totalCost } }`);
      expect(errorCodes(plan)).toEqual(['TIMEOUT']);
    } finally {
      await strict.stop();
    }
  });
});

describe('errors never leak internals', () => {
  it('an unexpected failure reaches the client as INTERNAL_SERVER_ERROR with a generic message', async () => {
    const broken = await startTestApi(campusCatalog(), {
      createPlanner: () => {
        throw new Error('secret detail /etc/passwd');
      },
    });
    try {
      const res = await broken.gql(`{ plan(input: { target: "data-cert" }) { totalCost } }`);
      expect(errorCodes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
      const text = JSON.stringify(res);
      expect(text).not.toContain('secret');
      expect(text).not.toMatch(/stacktrace|\.ts:\d+/);
    } finally {
      await broken.stop();
    }
  });
});
