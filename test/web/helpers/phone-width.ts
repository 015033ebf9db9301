/**
 * Readable at a phone's width: what sticks out to the right of a 390 px viewport, outside the regions
 * that scroll on their own (wide tables, the pathway graph, the map).
 */
/// <reference lib="dom" />
import type { Page } from 'playwright-core';

/** A phone's width, in CSS pixels. */
export const PHONE_WIDTH = 390;

/**
 * @param page - a page at PHONE_WIDTH
 * @returns the elements wider than the viewport (tag, class, right edge), and the page's scroll width
 */
export async function sideways(page: Page): Promise<{ wide: string[]; scrollWidth: number }> {
  return page.evaluate((limit) => {
    const wide = [...document.querySelectorAll('body *')]
      .filter(
        (e) =>
          !e.closest('.table-scroll, .graph-scroll, .map-canvas') &&
          e.getBoundingClientRect().right > limit + 1,
      )
      .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`);
    return { wide, scrollWidth: document.documentElement.scrollWidth };
  }, PHONE_WIDTH);
}
