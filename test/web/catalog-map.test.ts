// The board's catalog map in a real headless Chromium against the real service: the map draws every
// credential of the catalog and every link its rules make (counted from the catalog file), the legend
// names each provider, colouring by blocking factor changes it (every credential's), the zoom buttons
// work from the keyboard and say the zoom, and axe-core
// finds no serious or critical violation. A screenshot is saved as an artefact.
/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe.js';
import { browserSuite } from './helpers/browser-suite.js';
import { PHONE_WIDTH, sideways } from './helpers/phone-width.js';
import { exampleCatalog, screenshot } from './helpers/web-api.js';
import { ruleIds } from './helpers/rule-ids.js';

const suite = browserSuite();

describe.skipIf(!suite.run)('catalog map in Chromium', () => {
  it('draws the whole catalog, recolours, zooms and passes axe', async () => {
    const catalog = exampleCatalog();
    const ids = new Set(catalog.credentials.map((c) => c.id));
    const links = catalog.credentials.reduce(
      (n, c) => n + new Set(ruleIds(c.requires).filter((id) => ids.has(id))).size,
      0,
    );
    const page = await suite.browser().context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${suite.api().base}/?view=board`);
    await page.getByRole('button', { name: 'Show the catalog map' }).click();
    const status = page.getByTestId('map-status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toContain('drawn');
    expect(await status.textContent()).toContain(
      `${catalog.credentials.length} credentials and ${links} links drawn`,
    );
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('[data-testid="map-canvas"] canvas').count()).toBeGreaterThan(0);
    const legend = await page.getByTestId('map-legend').locator('li').allTextContents();
    expect(legend.map((l) => l.trim()).sort()).toEqual(
      [...new Set(catalog.credentials.map((c) => c.provider))]
        .map((p) => catalog.providers!.find((x) => x.id === p)!.name)
        .sort(),
    );
    await page.locator('#map-colour').selectOption('unlocks');
    // Colouring by blocking factor first asks the service for the metrics (computed on first use).
    await expect
      .poll(() => page.getByTestId('map-legend').locator('li').allTextContents(), {
        timeout: 20_000,
      })
      .toEqual([' unlocks nothing', expect.stringMatching(/^ unlocks \d+$/)]);
    expect(await status.textContent()).toBe(
      `Coloured by the blocking factors of ${catalog.credentials.length} credentials.`,
    );
    // The keyboard alone zooms in, out and back to the whole map; the zoom is said in text.
    const zoom = page.getByTestId('map-zoom');
    expect(await zoom.textContent()).toBe('Zoom 1×');
    await page.getByRole('button', { name: 'Zoom in' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => zoom.textContent()).toBe('Zoom 1.5×');
    await page.keyboard.press('Enter');
    await expect.poll(() => zoom.textContent()).toBe('Zoom 2.25×');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => zoom.textContent()).toBe('Zoom 1.5×');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => zoom.textContent()).toBe('Zoom 1×');
    await screenshot(page, 'board-map.png');
    // Hidden and shown again, the map is drawn whole from the data kept for this catalog version:
    // no page of credentials is read again.
    const pages: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && r.postData()?.includes('MapPage')) pages.push(r.url());
    });
    await page.getByRole('button', { name: 'Hide the map' }).click();
    await page.getByRole('button', { name: 'Show the catalog map' }).click();
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toContain('drawn');
    expect(await status.textContent()).toContain(
      `${catalog.credentials.length} credentials and ${links} links drawn`,
    );
    expect(pages).toEqual([]);
    await page.setViewportSize({ width: PHONE_WIDTH, height: 844 });
    // The map's canvas follows the new width on its next resize callback, not at once.
    await expect
      .poll(() => sideways(page), { timeout: 20_000 })
      .toEqual({ wide: [], scrollWidth: PHONE_WIDTH });
    expect(errors).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
