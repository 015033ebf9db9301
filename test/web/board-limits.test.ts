// The board's study hours, upkeep months and sponsor in a real headless Chromium against the real
// service over the example catalog: typed into the form, they go into the link and into the
// `reachable` request as weeklyHours, keepFor and sponsor; the table lists exactly what the API
// returns for the same query (which differs from the answer without them, so the fields matter);
// under a sponsor a "Learner pays" column shows each reach's outOfPocket and sorts first; hours
// above 168 are refused by the form; the link restores the fields. axe-core finds no serious or
// critical violation.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe.js';
import { browserSuite } from './helpers/browser-suite.js';
import { screenshot } from './helpers/web-api.js';
import { pageToday, sent, watchPage } from './helpers/page-watch.js';

const FROM = 'generic-bachelors-degree';
const WEEKS = 26;

interface Reach {
  credential: { id: string };
  totalCost: number;
  totalWeeks: number;
  outOfPocket: number | null;
}

const suite = browserSuite();

/** The API's reaches for the board's query with `extra` arguments. */
async function reaches(asOf: string, extra: string): Promise<Reach[]> {
  const res = await suite.api().gql<{ reachable: Reach[] }>(
    `query ($asOf: String) { reachable(from: [{ id: "${FROM}" }], maxWeeks: ${WEEKS}, asOf: $asOf,
       kinds: ["certification"] ${extra}) { credential { id } totalCost totalWeeks outOfPocket } }`,
    { asOf },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.reachable;
}

/** Rows as [id, cost, weeks, learner pays or null], sorted by id. */
const rowsOf = (rs: Reach[], sponsored: boolean) =>
  rs
    .map((r) => [
      r.credential.id,
      r.totalCost,
      r.totalWeeks,
      sponsored ? (r.outOfPocket ?? r.totalCost) : null,
    ])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe.skipIf(!suite.run)('the board’s hours, upkeep and sponsor in Chromium', () => {
  it('sends them, lists what reachable answers and restores them from the link', async () => {
    const page = await suite.browser().context.newPage();
    const { errors, requests } = watchPage(page);
    await page.goto(`${suite.api().base}/?view=board`);
    const asOf = await pageToday(page);
    const plain = await reaches(asOf, '');
    const hours = await reaches(asOf, ', weeklyHours: 5');
    const all = await reaches(asOf, ', weeklyHours: 5, keepFor: 48, sponsor: { amount: 300 }');
    // The fields change the answer, so a page that dropped them would show other rows.
    expect(rowsOf(hours, false)).not.toEqual(rowsOf(plain, false));
    expect(rowsOf(all, true)).not.toEqual(rowsOf(hours, true));
    expect(all.some((r) => r.outOfPocket !== null && r.outOfPocket < r.totalCost)).toBe(true);

    const table = page.locator('[data-testid="reach-table"]');
    const shown = (sponsored: boolean) =>
      table
        .locator('tbody tr')
        .evaluateAll(
          (trs, sp) =>
            trs
              .map((tr) => [
                tr.getAttribute('data-credential'),
                Number(tr.querySelector('td:nth-of-type(3)')!.getAttribute('data-value')),
                Number(
                  tr.querySelector(`td:nth-of-type(${sp ? 5 : 4})`)!.getAttribute('data-value'),
                ),
                sp
                  ? Number(tr.querySelector('td:nth-of-type(4)')!.getAttribute('data-value'))
                  : null,
              ])
              .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
          sponsored,
        );

    await page.locator('#board-holdings').pressSequentially('bachelor', { delay: 20 });
    await page.locator('[role="option"]', { hasText: FROM }).first().click();
    await page.locator('#board-max-weeks').fill(String(WEEKS));

    // Hours above a week's 168 are refused by the form, and nothing is asked.
    const hoursField = page.getByLabel('Hours a week each (optional)');
    await hoursField.fill('200');
    const asked = requests.length;
    await page.getByRole('button', { name: 'Show what is reachable' }).click();
    expect(await hoursField.evaluate((el: HTMLInputElement) => el.validity.rangeOverflow)).toBe(
      true,
    );
    expect(requests.length).toBe(asked);

    await hoursField.fill('5');
    await page.getByRole('button', { name: 'Show what is reachable' }).click();
    await expect.poll(() => shown(false)).toEqual(rowsOf(hours, false));
    expect(sent(requests, 'Reachable').at(-1)).toMatchObject({
      weeklyHours: 5,
      keepFor: null,
      sponsor: null,
    });
    expect(await table.locator('thead th').allTextContents()).not.toContain('Learner pays');

    await page.getByLabel('Keep valid for (months, optional)').fill('48');
    await page.getByLabel('Sponsor pays per person ($, optional)').fill('300');
    await page.getByRole('button', { name: 'Show what is reachable' }).click();
    await expect.poll(() => shown(true)).toEqual(rowsOf(all, true));
    expect(sent(requests, 'Reachable').at(-1)).toMatchObject({
      weeklyHours: 5,
      keepFor: 48,
      sponsor: { amount: 300 },
    });
    expect(await table.locator('th[aria-sort="ascending"]').textContent()).toContain(
      'Learner pays',
    );
    const url = new URL(page.url()).searchParams;
    expect([url.get('hours'), url.get('keepFor'), url.get('sponsor')]).toEqual(['5', '48', '300']);
    await screenshot(page, 'board-limits.png');
    expect(await seriousViolations(page)).toEqual([]);

    // The link restores the fields.
    await page.goto(page.url());
    expect(await hoursField.inputValue()).toBe('5');
    expect(await page.getByLabel('Keep valid for (months, optional)').inputValue()).toBe('48');
    expect(await page.getByLabel('Sponsor pays per person ($, optional)').inputValue()).toBe('300');
    expect(errors).toEqual([]);
  });
});
