/**
 * What a browser test watches on a page: the errors it throws and the GraphQL requests it sends
 * (with each operation's variables), and the page's own today (the date the page sends as asOf).
 */
import type { Page, Request } from 'playwright-core';

/** A page's errors and GraphQL POSTs, filled as they come. */
export interface PageWatch {
  errors: string[];
  requests: Request[];
}

/**
 * @param page - a page before it is opened
 * @returns its errors and GraphQL POST requests, recorded from now on
 */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { errors: [], requests: [] };
  page.on('pageerror', (e) => watch.errors.push(e.message));
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && r.method() === 'POST') watch.requests.push(r);
  });
  return watch;
}

/**
 * @param requests - GraphQL POST requests
 * @param operation - an operation name (`Plans`, `Reachable`)
 * @returns the variables of each request for that operation, in order
 */
export function sent(requests: Request[], operation: string): Record<string, unknown>[] {
  return requests
    .map((r) => r.postDataJSON() as { operationName?: string; query: string; variables: object })
    .filter((b) => b.operationName === operation || b.query.includes(`query ${operation}(`))
    .map((b) => b.variables as Record<string, unknown>);
}

/**
 * @param page - an open page
 * @returns the page's today, YYYY-MM-DD (its local date, as the page computes asOf)
 */
export function pageToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()))
      .toISOString()
      .slice(0, 10);
  });
}
