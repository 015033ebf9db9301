/**
 * Requests for the fairness tests: hard plans (on hardCatalog, `cheapest` uses its whole time
 * budget), trivial plans, and a raw POST that reports status, headers and when it finished.
 */
import { HARD_TARGET } from '@pathwise/test-support';

/** A hard plan: branch and bound runs until its time budget is spent. */
export const HARD_PLAN = `{ plan(input: { target: "${HARD_TARGET}", asOf: "2026-01-01" }) { optimal totalCost } }`;

/** A plan that takes well under a millisecond. */
export const TRIVIAL_PLAN = `{ plan(input: { target: "trivial", asOf: "2026-01-01" }) { optimal totalCost } }`;

/** One answered request. */
export interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  /** `performance.now()` when the answer arrived. */
  at: number;
}

/**
 * @param url - the /graphql URL
 * @param query - the operation
 * @param options - an API key, an abort signal
 * @returns the answer
 */
export async function post(
  url: string,
  query: string,
  options: { key?: string; signal?: AbortSignal } = {},
): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
    },
    body: JSON.stringify({ query }),
    signal: options.signal ?? null,
  });
  const body = (await res.json()) as Answer['body'];
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body,
    at: performance.now(),
  };
}

/** @returns the `extensions.code` of each error of an answer */
export function codesOf(answer: Answer): unknown[] {
  return (answer.body.errors ?? []).map((e) => e.extensions?.code);
}

/**
 * Polls the readiness endpoint until `ok` holds for its JSON.
 * @param base - `http://host:port`
 * @param ok - the condition on the /readyz body
 * @param ms - how long to try
 * @returns the body that satisfied it
 */
export async function readyzUntil(
  base: string,
  ok: (body: { status: string; queue: { queued: number; running: number } | null }) => boolean,
  ms = 10_000,
): Promise<{ status: string; queue: { queued: number; running: number } | null }> {
  const until = Date.now() + ms;
  for (;;) {
    const res = await fetch(`${base}/readyz`);
    const body = (await res.json()) as Parameters<typeof ok>[0];
    if (res.headers.get('content-type')?.includes('json') && ok(body)) return body;
    if (Date.now() > until) throw new Error(`readyz never matched; last: ${JSON.stringify(body)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
