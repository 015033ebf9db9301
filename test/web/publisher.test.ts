// The publisher view in a real headless Chromium against the real service: with an API key, an
// invalid catalog upload shows every fault beside the credential it concerns and changes nothing
// (the catalog version, asked of the API, stays); a valid CSV shows the diff, then publishes (the
// API has the new credential); a credential is retired (the API says so); axe-core finds no serious or critical
// violation; screenshots are saved as artefacts.
/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './helpers/axe.js';
import { browserSuite } from './helpers/browser-suite.js';
import { PHONE_WIDTH, sideways } from './helpers/phone-width.js';
import { screenshot } from './helpers/web-api.js';

const suite = browserSuite({ 'nova-key': 'nova' });

const version = async () =>
  (await suite.api().gql<{ catalogVersion: number }>('{ catalogVersion }')).data!.catalogVersion;
const retired = async (id: string) =>
  (
    await suite
      .api()
      .gql<{ credential: { retired: boolean } | null }>(`{ credential(id: "${id}") { retired } }`)
  ).data!.credential?.retired;
const exists = async (id: string) =>
  (
    await suite
      .api()
      .gql<{ credential: { id: string } | null }>(`{ credential(id: "${id}") { id } }`)
  ).data!.credential !== null;

async function upload(page: Page, name: string, text: string): Promise<void> {
  await page.locator('#catalog-file').setInputFiles({
    name,
    mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
    buffer: Buffer.from(text),
  });
  await page.locator('[data-testid="check-report"] h3', { hasText: `${name}:` }).waitFor();
}

describe.skipIf(!suite.run)('publisher view in Chromium', () => {
  it('shows an invalid upload’s faults and changes nothing; a valid one publishes', async () => {
    const page = await suite.browser().context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${suite.api().base}/?view=publisher`);
    await page.getByLabel('API key').fill('nova-key');
    const before = await version();

    const invalid = JSON.stringify({
      format: 'pathwise.catalog/v1',
      credentials: [
        { id: 'nova-itn-100', name: 'ITN 100', kind: 'course', cost: -5, durationWeeks: 16 },
        {
          id: 'nova-itn-300',
          name: 'ITN 300',
          kind: 'course',
          cost: 200,
          durationWeeks: 8,
          requires: 'ghost-course',
        },
      ],
    });
    await upload(page, 'nova.json', invalid);
    expect(await page.locator('#catalog-format').inputValue()).toBe('CATALOG_JSON');
    const rows = page.locator('[data-testid="faults"] tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.evaluateAll((r) => r.map((x) => x.getAttribute('data-credential')))).toEqual(
      expect.arrayContaining(['nova-itn-100', 'nova-itn-300']),
    );
    expect(await page.locator('tr[data-credential="nova-itn-100"]').textContent()).toContain(
      'cost',
    );
    expect(await page.locator('tr[data-credential="nova-itn-300"]').textContent()).toContain(
      'ghost-course',
    );
    expect(await page.getByRole('button', { name: 'Publish' }).isDisabled()).toBe(true);
    await screenshot(page, 'publisher-faults.png', true);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await version()).toBe(before);
    expect(await exists('nova-itn-300')).toBe(false);
    // Readable at a phone's width, faults table and all.
    await page.setViewportSize({ width: PHONE_WIDTH, height: 844 });
    expect(await sideways(page)).toEqual({ wide: [], scrollWidth: PHONE_WIDTH });
    await page.setViewportSize({ width: 1280, height: 900 });

    // A valid CSV: the diff, still nothing written, then the publish.
    const csv =
      'id,name,kind,cost,durationWeeks,requires\nnova-itn-300,ITN 300,course,200,8,nova-itn-260\n';
    await upload(page, 'nova.csv', csv);
    expect(await page.locator('#catalog-format').inputValue()).toBe('CSV');
    expect(await page.getByTestId('diff-added').textContent()).toBe('nova-itn-300');
    expect(await page.locator('.unlisted li').count()).toBeGreaterThan(0);
    expect(await version()).toBe(before);
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect
      .poll(() => page.getByTestId('publisher-status').textContent())
      .toContain(`version ${before + 1}`);
    expect(await version()).toBe(before + 1);
    expect(await exists('nova-itn-300')).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // Retire it again by id.
    await page.getByLabel('Credential id to retire').fill('nova-itn-300');
    await page.getByRole('button', { name: 'Retire', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('publisher-status').textContent())
      .toContain(`Retired nova-itn-300`);
    // Retiring marks it retired (catalog v2): it stays in the catalog, never planned.
    expect(await retired('nova-itn-300')).toBe(true);
    expect(await version()).toBe(before + 2);
    expect(errors).toEqual([]);
  });

  it('says so when the key is wrong, and writes nothing', async () => {
    const page = await suite.browser().context.newPage();
    await page.goto(`${suite.api().base}/?view=publisher`);
    await page.getByLabel('API key').fill('not-a-key');
    const before = await version();
    await page.locator('#catalog-file').setInputFiles({
      name: 'x.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('id,name,kind,cost,durationWeeks\nx-1,X,course,1,1\n'),
    });
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('not valid');
    expect(await version()).toBe(before);
  });
});
