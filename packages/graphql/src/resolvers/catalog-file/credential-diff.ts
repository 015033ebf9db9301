/**
 * What a publish changes, credential by credential: which ids it adds, which it changes (and which
 * fields), which it sends unchanged, and which of the provider's credentials it leaves out (a
 * publish keeps those; retiring removes them). Both sides are compared after validation, so
 * normalisation never shows as a change.
 */
import type { Catalog, Credential } from '@pathwise/core';

/** One changed credential and the names of its fields that differ. */
export interface CredentialChange {
  id: string;
  fields: string[];
}

/** The diff of a publish. */
export interface CredentialDiff {
  added: string[];
  changed: CredentialChange[];
  unchanged: string[];
  unlisted: string[];
}

/**
 * JSON with object keys sorted, so two equal values print alike. JSON.stringify recurses, which is
 * safe here: both sides passed parseCatalog, whose nesting limit bounds their depth.
 */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function changedFields(before: Credential, after: Credential): string[] {
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
  return keys.filter((k) => canonical(b[k]) !== canonical(a[k]));
}

/**
 * @param before - the catalog now
 * @param after - the validated catalog the publish would make
 * @param sent - the ids the publish sends, in file order
 * @param provider - the publishing provider
 * @returns added, changed (with fields) and unchanged ids among those sent, and the provider's
 *   credentials not sent and not retired (unlisted)
 */
export function credentialDiff(
  before: Catalog,
  after: Catalog,
  sent: readonly string[],
  provider: string,
): CredentialDiff {
  const old = new Map(before.credentials.map((c) => [c.id, c]));
  const now = new Map(after.credentials.map((c) => [c.id, c]));
  const diff: CredentialDiff = { added: [], changed: [], unchanged: [], unlisted: [] };
  for (const id of sent) {
    const was = old.get(id);
    const is = now.get(id);
    if (!is) continue;
    if (!was) diff.added.push(id);
    else {
      const fields = changedFields(was, is);
      if (fields.length > 0) diff.changed.push({ id, fields });
      else diff.unchanged.push(id);
    }
  }
  const sentIds = new Set(sent);
  for (const c of before.credentials)
    if (c.provider === provider && !c.retired && !sentIds.has(c.id)) diff.unlisted.push(c.id);
  return diff;
}
