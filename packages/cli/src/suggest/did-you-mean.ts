/**
 * "Did you mean `pmi-pmp`?": the known names nearest to one that was not found. Distances come from
 * fastest-levenshtein; a name that contains what was typed (or is contained in it) counts as near too,
 * so `pmp` finds `pmi-pmp`. Case, spaces and underscores are ignored (`PMI_PMP` finds `pmi-pmp`).
 */
import { distance } from 'fastest-levenshtein';

const normal = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/**
 * @param input - what was typed
 * @param candidates - the known names
 * @param max - how many suggestions at most
 * @returns the nearest known names, best first (empty when none is near)
 */
export function didYouMean(input: string, candidates: Iterable<string>, max = 3): string[] {
  const typed = normal(input);
  if (typed === '') return [];
  const limit = Math.max(1, Math.floor(typed.length / 3));
  const scored: { name: string; score: number }[] = [];
  for (const name of candidates) {
    const known = normal(name);
    let score: number;
    if (known === typed) score = 0;
    else if (typed.length >= 3 && (known.includes(typed) || typed.includes(known)))
      score = 1 + Math.abs(known.length - typed.length) / 1000;
    else {
      const d = distance(typed, known);
      if (d > limit) continue;
      score = 1 + d;
    }
    scored.push({ name, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, max)
    .map((s) => s.name);
}

/** @returns ` Did you mean "a" or "b"?` (with its leading space), or `` when there is nothing to suggest */
export function didYouMeanText(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const quoted = suggestions.map((s) => `"${s}"`);
  const list =
    quoted.length === 1
      ? quoted[0]!
      : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]!}`;
  return ` Did you mean ${list}?`;
}
