/**
 * Runs axe-core (injected from npm, not a CDN) in a page and returns its serious and critical
 * violations, summarised so a failing assertion names the rule and the elements.
 */
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** One violation, short. */
export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * @param page - a loaded page
 * @returns the serious and critical violations (WCAG 2.x A and AA rules and best practices)
 */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((n: any) => String(n.target)),
    }));
  });
  return (violations as AxeFinding[]).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
}
