// Across packages: a CTDL import and a learner wallet feed the engine's planner, which plans what is left.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexCatalog } from '@pathwise/core';
import { createPlanner } from '@pathwise/engine';
import { holdingsFromWallet, importCtdl } from '@pathwise/interop';
import { repoRoot } from '../helpers/conformance.js';

const fixture = (name: string): unknown =>
  JSON.parse(
    readFileSync(join(repoRoot, 'packages/interop/src/__tests__/fixtures', name), 'utf8'),
  ) as unknown;

describe('CTDL import + wallet -> plan', () => {
  it('plans the CertHE around the modules a CLR transcript already holds', () => {
    const { catalog } = importCtdl(fixture('university-pathway.ctdl.json'));
    const named = (name: string): string => catalog.credentials.find((c) => c.name === name)!.id;
    const aliases = {
      'https://northbrook.example.ac.uk/achievements/CS101': named('Programming I'),
      'https://northbrook.example.ac.uk/achievements/CS102': named('Computer Systems'),
    };
    const wallet = holdingsFromWallet(fixture('learner-wallet.json'), indexCatalog(catalog), {
      asOf: '2026-11-22',
      aliases,
    });
    expect(wallet.holdings.map((h) => h.id).sort()).toEqual(Object.values(aliases).sort());
    const planner = createPlanner(catalog);
    const target = named('Certificate of Higher Education in Computing');
    const fresh = planner.plan({ target, have: [], asOf: '2026-11-22', objective: 'cheapest' });
    const withWallet = planner.plan({
      target,
      have: wallet.holdings,
      asOf: '2026-11-22',
      objective: 'cheapest',
    });
    expect(fresh).toMatchObject({ feasible: true, optimal: true, totalCost: 6 * 1540 });
    expect(withWallet).toMatchObject({ feasible: true, optimal: true, totalCost: 4 * 1540 });
    const earned = withWallet.steps.map((s) => s.credential);
    expect(earned).not.toContain(aliases['https://northbrook.example.ac.uk/achievements/CS101']);
    expect(earned).toContain(target);
  });
});
