// The wallet drop in a real headless Chromium against the real service: an Open Badges wallet file
// dropped on the learner form fills the holdings (with the dates earned), lists what was not counted
// with its reason (expired, revoked, no catalog credential), and the plan made with those holdings
// has the same totals as the API's plan with the same wallet. Picking the file works as well.
/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './helpers/axe.js';
import { browserSuite } from './helpers/browser-suite.js';
import { screenshot } from './helpers/web-api.js';

const START = '2026-11-23';
const walletPath = fileURLToPath(new URL('./fixtures/learner-wallet.json', import.meta.url));
const walletText = readFileSync(walletPath, 'utf8');

const suite = browserSuite();

const held = (page: Page) =>
  page.locator('[data-holding]').evaluateAll((li) => li.map((l) => l.getAttribute('data-holding')));

/** Drops a file on the drop zone as a browser does: a DataTransfer holding a File. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t!], n!, { type: 'application/json' }));
      return dt;
    },
    [name, text],
  );
  await page.dispatchEvent('[data-testid="wallet-drop"]', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('[data-testid="wallet-drop"]', 'drop', { dataTransfer: transfer });
}

describe.skipIf(!suite.run)('wallet drop in Chromium', () => {
  it('fills the holdings, says what was not counted and plans like the API', async () => {
    const api = await suite
      .api()
      .gql<{ plan: { totalCost: number; totalWeeks: number; wallet: { holdings: unknown[] } } }>(
        `query($wallet: JSON!) { plan(input: { target: "comptia-cios", asOf: "${START}",
          wallet: $wallet, weeklyHours: 10 }) { totalCost totalWeeks wallet { holdings { id } } } }`,
        { wallet: walletText },
      );
    expect(api.errors).toBeUndefined();
    const apiPlan = api.data!.plan;

    const page = await suite.browser().context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${suite.api().base}/`);
    await page.locator('#start').fill(START);
    await dropFile(page, 'wallet.json', walletText);
    await expect
      .poll(() => held(page))
      .toEqual(['generic-bachelors-degree', 'comptia-network-plus']);
    expect(await page.getByTestId('wallet-status').textContent()).toContain('2 holdings added');
    expect(await page.locator('[data-holding="comptia-network-plus"]').textContent()).toContain(
      'earned 10 May 2025',
    );
    const skipped = await page.getByTestId('wallet-skipped').locator('li').allTextContents();
    expect(skipped).toHaveLength(3);
    expect(skipped.find((s) => s.startsWith('Azure Fundamentals'))).toContain('expired on');
    expect(skipped.find((s) => s.startsWith('AWS Cloud Practitioner'))).toContain('revoked');
    expect(skipped.find((s) => s.startsWith('Cable stitch'))).toContain(
      'no credential in the catalog',
    );
    expect(await seriousViolations(page)).toEqual([]);

    // The holdings plan: the same totals as the API's plan with the same wallet.
    await page.locator('#goal').pressSequentially('comptia-cios', { delay: 20 });
    await page.locator('[role="option"]').first().click();
    await page.getByRole('button', { name: 'Plan' }).click();
    const cost = page.getByTestId('cheapest-cost');
    await cost.waitFor();
    expect(Number(await cost.getAttribute('data-value'))).toBe(apiPlan.totalCost);
    expect(page.url()).toContain(encodeURIComponent('comptia-network-plus@2025-05-10'));
    await screenshot(page, 'learner-wallet.png');
    expect(errors).toEqual([]);
  });

  it('reads a picked file and names the fault of one that is not a wallet', async () => {
    const page = await suite.browser().context.newPage();
    await page.goto(`${suite.api().base}/`);
    await page.locator('#wallet').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": "world"}'),
    });
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('no Open Badges or CLR');
    expect(await held(page)).toEqual([]);
    await page.locator('#wallet').setInputFiles(walletPath);
    await expect
      .poll(() => held(page))
      .toEqual(['generic-bachelors-degree', 'comptia-network-plus']);
  });
});
