// The board view and GraphiQL in a real headless Chromium against the real service: the board's
// table lists exactly what `reachable` returns for the same holdings and limits, sorts by a column
// and downloads as CSV; GraphiQL (served from the package, no CDN) runs a query; axe-core finds no
// serious or critical violation on the board; screenshots are saved as artefacts.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe.js';
import { browserSuite } from './helpers/browser-suite.js';
import { ARTIFACTS, screenshot } from './helpers/web-api.js';
import { pageToday } from './helpers/page-watch.js';

const REACH = `query ($asOf: String) {
  reachable(from: [{ id: "generic-bachelors-degree" }], maxCost: 1500, maxWeeks: 52, asOf: $asOf,
            kinds: ["certification"]) {
    credential { id metrics { blockingFactor pathwayComplexity } } totalCost totalWeeks
  }
}`;

const suite = browserSuite();

describe.skipIf(!suite.run)('board view and GraphiQL in Chromium', () => {
  it('lists what reachable returns, sorts, downloads CSV and passes axe', async () => {
    const page = await suite.browser().context.newPage();
    await page.goto(`${suite.api().base}/?view=board`);
    const asOf = await pageToday(page);
    const expected = (
      await suite.api().gql<{
        reachable: {
          credential: {
            id: string;
            metrics: { blockingFactor: number; pathwayComplexity: number };
          };
          totalCost: number;
          totalWeeks: number;
        }[];
      }>(REACH, { asOf })
    ).data!.reachable;
    expect(expected.length).toBeGreaterThan(1);

    await page.locator('#board-holdings').pressSequentially('bachelor', { delay: 20 });
    await page.locator('[role="option"]', { hasText: 'generic-bachelors-degree' }).first().click();
    await page.locator('#board-max-cost').fill('1500');
    await page.locator('#board-max-weeks').fill('52');
    await page.getByRole('button', { name: 'Show what is reachable' }).click();
    const rows = page.locator('[data-testid="reach-table"] tbody tr');
    await rows.first().waitFor();
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute('data-credential'),
        cost: Number(tr.querySelector('td:nth-of-type(3)')!.getAttribute('data-value')),
        weeks: Number(tr.querySelector('td:nth-of-type(4)')!.getAttribute('data-value')),
        unlocks: Number(tr.querySelector('td:nth-of-type(6)')!.textContent),
        complexity: Number(tr.querySelector('td:nth-of-type(7)')!.textContent),
      })),
    );
    const byId = (a: { id: string | null }, b: { id: string | null }) => a.id!.localeCompare(b.id!);
    expect([...shown].sort(byId)).toEqual(
      expected
        .map((r) => ({
          id: r.credential.id,
          cost: r.totalCost,
          weeks: r.totalWeeks,
          unlocks: r.credential.metrics.blockingFactor,
          complexity: r.credential.metrics.pathwayComplexity,
        }))
        .sort(byId),
    );
    // Sorted by cost first; one click on Weeks sorts by weeks.
    expect(shown.map((r) => r.cost)).toEqual([...shown.map((r) => r.cost)].sort((a, b) => a - b));
    await page.getByRole('button', { name: /^Weeks/ }).click();
    const weeks = await rows.evaluateAll((trs) =>
      trs.map((tr) => Number(tr.querySelector('td:nth-of-type(4)')!.getAttribute('data-value'))),
    );
    expect(weeks).toEqual([...weeks].sort((a, b) => a - b));
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Weeks');
    // The CSV holds a header and one line per row.
    const href = (await page.getByTestId('csv-download').getAttribute('href'))!;
    const csv = decodeURIComponent(href.slice(href.indexOf(',') + 1))
      .trimEnd()
      .split('\r\n');
    expect(csv[0]).toBe(
      'id,name,provider,kind,totalCost,outOfPocket,totalWeeks,peakWeeklyHours,stepCount,optimal,undecided,blockingFactor,pathwayComplexity',
    );
    expect(csv.length).toBe(expected.length + 1);
    expect(page.url()).toContain('from=generic-bachelors-degree');
    await screenshot(page, 'board-desktop.png');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('opens GraphiQL at /graphql and runs a query', async () => {
    const page = await suite.browser().context.newPage();
    const outside: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(suite.api().base) && !req.url().startsWith('data:'))
        outside.push(req.url());
    });
    await page.goto(`${suite.api().base}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    const answer = page.waitForResponse(
      (r) =>
        r.url().endsWith('/graphql') &&
        r.request().method() === 'POST' &&
        (r.request().postData() ?? '').includes('plan'),
    );
    await page.getByRole('button', { name: /Execute query/i }).click();
    const res = await answer;
    expect(res.status()).toBe(200);
    expect(((await res.json()) as any).data.plan.feasible).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'graphiql.png') });
    expect(outside).toEqual([]);
  });
});
