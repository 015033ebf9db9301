/**
 * The tech-careers catalog carries the catalog-v2 data its sources note promises (issues 9 and 11):
 * fixed-pace college courses, retired exam versions that still count for their holders, ESCO skills
 * and DoD 8570 recognitions on the certifications, a sourced earnings outcome, and Coursera's pace
 * for Google Data Analytics. Each property is checked through the real parser and planner.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '@pathwise/core';
import { createPlanner, validatePlan } from '@pathwise/engine';
import type { PlanQuery } from '@pathwise/engine';

const catalogsDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'catalogs');
const catalog = parseCatalog(
  JSON.parse(readFileSync(join(catalogsDir, 'tech-careers.json'), 'utf8')),
);
const note = readFileSync(join(catalogsDir, 'tech-careers.sources.md'), 'utf8');
const planner = createPlanner(catalog);
const byId = new Map(catalog.credentials.map((c) => [c.id, c]));
const ESCO_SKILL = /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/;
const DOD = 'employer:us-dod-8570';

/** Plans `query` with a generous proof budget and checks the plan against the plan rules. */
function planValid(query: PlanQuery) {
  const plan = planner.plan({ ...query, timeBudgetMs: 20_000 });
  expect(validatePlan(planner.index, query, plan)).toEqual([]);
  return plan;
}

describe('tech-careers catalog: catalog-v2 data', () => {
  it('runs every NOVA semester course at a fixed pace over its 16 weeks', () => {
    const fixed = catalog.credentials.filter((c) => c.pace === 'fixed');
    const courses = catalog.credentials.filter((c) => c.provider === 'nova' && c.kind === 'course');
    expect(courses.length).toBeGreaterThan(0);
    expect(fixed.map((c) => c.id).sort()).toEqual(courses.map((c) => c.id).sort());
    for (const c of fixed) expect(c.durationWeeks, c.id).toBe(16);
  });

  it('cannot fit a fixed NOVA course into fewer hours a week than it runs at', () => {
    const itn261 = byId.get('nova-itn-261')!;
    const perWeek = itn261.effortHours! / itn261.durationWeeks;
    const tight = planValid({
      target: 'nova-itn-261',
      asOf: '2026-12-01',
      have: [{ id: 'nova-itn-260', earnedOn: '2026-05-10' }],
      weeklyHours: perWeek - 1,
    });
    expect(tight.feasible).toBe(false);
    const enough = planValid({
      target: 'nova-itn-261',
      asOf: '2026-12-01',
      have: [{ id: 'nova-itn-260', earnedOn: '2026-05-10' }],
      weeklyHours: perWeek,
    });
    expect(enough.totalWeeks).toBe(16);
  });

  it('keeps replaced exam versions as retired credentials that rules still name', () => {
    for (const [old, current] of [
      ['comptia-security-plus-sy0-601', 'comptia-security-plus'],
      ['comptia-network-plus-n10-008', 'comptia-network-plus'],
    ] as const) {
      expect(byId.get(old)?.retired, old).toBe(true);
      expect(byId.get(current)?.retired, current).toBeUndefined();
      const naming = catalog.credentials.filter(
        (c) => c.requires !== undefined && JSON.stringify(c.requires).includes(`"${old}"`),
      );
      expect(naming.length, old).toBeGreaterThan(0);
    }
    expect(byId.get('microsoft-az-500')?.retired).toBe(true);
    expect(byId.get('microsoft-sc-500')?.retired).toBeUndefined();
  });

  it('a holder of the retired SY0-601 and N10-008 versions needs nothing more for CSIS', () => {
    const plan = planValid({
      target: 'comptia-csis',
      asOf: '2026-12-01',
      have: [
        { id: 'comptia-a-plus', earnedOn: '2025-03-01' },
        { id: 'comptia-network-plus-n10-008', earnedOn: '2024-06-01' },
        { id: 'comptia-security-plus-sy0-601', earnedOn: '2024-05-01' },
      ],
    });
    expect(plan.feasible).toBe(true);
    expect(plan.steps.map((s) => s.credential)).toEqual(['comptia-csis']);
    expect(plan.totalCost).toBe(0);
  });

  it('never plans a retired credential, and says so when it is the target', () => {
    const plan = planValid({ target: 'microsoft-az-500', asOf: '2026-12-01', have: [] });
    expect(plan.feasible).toBe(false);
    expect(plan.reason).toContain('retired');
    const sc100 = planValid({ target: 'microsoft-sc-100', asOf: '2026-12-01', have: [] });
    expect(sc100.steps.map((s) => s.credential)).not.toContain('microsoft-az-500');
  });

  it('gives the named certifications ESCO skills and DoD 8570 recognitions', () => {
    for (const id of [
      'comptia-a-plus',
      'comptia-network-plus',
      'comptia-security-plus',
      'comptia-cysa-plus',
    ]) {
      const c = byId.get(id)!;
      expect(c.recognizedBy, id).toContain(DOD);
      expect(
        c.skills?.some((s) => ESCO_SKILL.test(s)),
        id,
      ).toBe(true);
    }
    expect(byId.get('comptia-security-plus')?.recognizedBy).toContain(
      'employer:us-dod-8570-iat-ii',
    );
    for (const skill of catalog.credentials.flatMap((c) => c.skills ?? []))
      if (skill.startsWith('http://data.europa.eu/esco/')) {
        expect(skill).toMatch(ESCO_SKILL);
        expect(note, skill).toContain(skill.slice(skill.lastIndexOf('/') + 1));
      }
  });

  it('plans to any DoD 8570 IAT II certification: the cheapest one that qualifies', () => {
    const plan = planValid({
      target: { recognizedBy: ['employer:us-dod-8570-iat-ii'] },
      asOf: '2026-12-01',
      have: [],
    });
    expect(plan.feasible && plan.optimal).toBe(true);
    const reached = plan.steps.at(-1)!.credential;
    expect(byId.get(reached)?.recognizedBy).toContain('employer:us-dod-8570-iat-ii');
    const single = ['comptia-security-plus', 'comptia-cysa-plus'].map((id) => byId.get(id)!.cost);
    expect(plan.totalCost).toBe(Math.min(...single));
  });

  it('plans to ESCO skills: a credential listing them is held at the end', () => {
    const skills = [
      'http://data.europa.eu/esco/skill/97bd1c21-66b2-4b7e-ad0f-e3cda590e378', // data analytics
      'http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be', // use spreadsheets software
    ];
    const plan = planValid({ target: { skills }, asOf: '2026-12-01', have: [] });
    expect(plan.feasible && plan.optimal).toBe(true);
    const earned = plan.steps.map((s) => byId.get(s.credential)!);
    for (const skill of skills) expect(earned.some((c) => c.skills?.includes(skill))).toBe(true);
  });

  it('takes Google Data Analytics about six months at 10 hours a week, as Coursera says', () => {
    const plan = planValid({
      target: 'google-da-cert',
      asOf: '2026-12-01',
      have: [],
      weeklyHours: 10,
    });
    expect(plan.feasible).toBe(true);
    expect(plan.peakWeeklyHours).toBeLessThanOrEqual(10 + 1e-9);
    const months = (plan.totalWeeks * 12) / 52;
    expect(months).toBeGreaterThan(5.5);
    expect(months).toBeLessThan(6.5);
  });

  it('gives every outcome a median, a year and a source the note cites', () => {
    const withOutcomes = catalog.credentials.filter((c) => c.outcomes !== undefined);
    expect(withOutcomes.map((c) => c.id)).toContain('pmi-pmp');
    for (const c of withOutcomes) {
      expect(c.outcomes!.medianAnnualEarnings, c.id).toBeGreaterThan(0);
      expect(c.outcomes!.year, c.id).toBeGreaterThan(2000);
      expect(note, c.id).toContain(String(c.outcomes!.medianAnnualEarnings));
    }
  });
});
