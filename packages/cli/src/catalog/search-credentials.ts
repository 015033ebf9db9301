/**
 * `pathwise search`'s ranking: every word of the text must occur (case-insensitively) in a
 * credential's id, name, provider, kind, skills or description; a word in the id or name counts more
 * than one in the description, and the whole text being the id or the name counts most.
 */
import type { CatalogIndex, Credential } from '@pathwise/core';

const WEIGHTS = { id: 4, name: 4, skills: 2, provider: 2, kind: 1, description: 1 } as const;

/**
 * @param index - the catalog
 * @param text - what to look for (words separated by spaces)
 * @returns the matching credentials, best first (ties in catalog order)
 */
export function searchCredentials(index: CatalogIndex, text: string): Credential[] {
  const whole = text.trim().toLowerCase();
  const words = whole.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [];
  const scored: { credential: Credential; score: number; order: number }[] = [];
  index.catalog.credentials.forEach((c, order) => {
    const provider = c.provider
      ? `${c.provider} ${index.providersById.get(c.provider)?.name ?? ''}`
      : '';
    const fields: Record<keyof typeof WEIGHTS, string> = {
      id: c.id.toLowerCase(),
      name: c.name.toLowerCase(),
      skills: (c.skills ?? []).join(' ').toLowerCase(),
      provider: provider.toLowerCase(),
      kind: c.kind.toLowerCase(),
      description: (c.description ?? '').toLowerCase(),
    };
    let score = fields.id === whole || fields.name === whole ? 100 : 0;
    for (const word of words) {
      let best = 0;
      for (const [field, weight] of Object.entries(WEIGHTS) as [keyof typeof WEIGHTS, number][]) {
        if (weight > best && fields[field].includes(word)) best = weight;
      }
      if (best === 0) return;
      score += best;
    }
    scored.push({ credential: c, score, order });
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.credential);
}
