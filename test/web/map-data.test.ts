// The catalog map's compact data (packages/web/src/board/map-data.ts), built from the example
// catalog as the map's pages give it: one node per credential in catalog order, one link per
// distinct credential a rule names, each provider's credentials one disc apart from the others.
import { describe, expect, it } from 'vitest';
import { buildMapData } from '../../packages/web/src/board/map-data.js';
import type { MapCredential } from '../../packages/web/src/api/map-documents.js';
import type { RequirementJson } from '../../packages/web/src/api/documents.js';
import { exampleCatalog } from './helpers/web-api.js';
import { ruleIds } from './helpers/rule-ids.js';

describe('the catalog map’s data', () => {
  const catalog = exampleCatalog();
  const providers = new Map((catalog.providers ?? []).map((p) => [p.id, p.name]));
  const pages: MapCredential[] = catalog.credentials.map((c) => ({
    id: c.id,
    name: c.name,
    provider: c.provider ? { id: c.provider, name: providers.get(c.provider) ?? c.provider } : null,
    requiresJson: (c.requires ?? null) as RequirementJson | null,
  }));
  const data = buildMapData(pages);

  it('has every credential once, in catalog order, with its provider', () => {
    expect(data.ids).toEqual(catalog.credentials.map((c) => c.id));
    expect(data.names).toEqual(catalog.credentials.map((c) => c.name));
    catalog.credentials.forEach((c, i) =>
      expect(data.providerNames[data.provider[i]!]).toBe(providers.get(c.provider!) ?? c.provider),
    );
  });

  it('links each credential to every distinct credential its rule names', () => {
    const links = new Set<string>();
    for (let j = 0; j < data.from.length; j++)
      links.add(`${data.ids[data.from[j]!]}>${data.ids[data.to[j]!]}`);
    expect(links.size).toBe(data.from.length);
    const expected = new Set(
      catalog.credentials.flatMap((c) => ruleIds(c.requires).map((id) => `${id}>${c.id}`)),
    );
    expect(links).toEqual(expected);
    expect(links.size).toBeGreaterThan(0);
  });

  it('places every node apart, each provider in its own disc', () => {
    const n = data.ids.length;
    const at = new Set<string>();
    for (let i = 0; i < n; i++) {
      expect(Number.isFinite(data.x[i]) && Number.isFinite(data.y[i])).toBe(true);
      at.add(`${data.x[i]},${data.y[i]}`);
    }
    expect(at.size).toBe(n);
    // A disc's centre and radius per provider; no two discs overlap.
    const discs = data.providerNames.map((_, p) => {
      const members = [...Array(n).keys()].filter((i) => data.provider[i] === p);
      const cx = members.reduce((s, i) => s + data.x[i]!, 0) / members.length;
      const cy = members.reduce((s, i) => s + data.y[i]!, 0) / members.length;
      const r = Math.max(...members.map((i) => Math.hypot(data.x[i]! - cx, data.y[i]! - cy)));
      return { cx, cy, r };
    });
    for (let a = 0; a < discs.length; a++)
      for (let b = a + 1; b < discs.length; b++)
        expect(
          Math.hypot(discs[a]!.cx - discs[b]!.cx, discs[a]!.cy - discs[b]!.cy),
        ).toBeGreaterThan(discs[a]!.r + discs[b]!.r);
  });
});
