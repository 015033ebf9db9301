/**
 * Rewrites a compact JSON-LD document with an inline prefix @context (as exportCtdl writes it) into
 * JSON-LD expanded form: full IRIs, `@value` literals, `@id` references, arrays everywhere, no
 * context. Enough for testing that importCtdl reads expanded form the same as compact form.
 */
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** @returns the expanded form of `doc` (its `@graph` nodes as a top-level array) */
export function expandJsonLd(doc: {
  '@context': Record<string, string>;
  '@graph': Json[];
}): Json[] {
  const prefixes = doc['@context'];
  const iri = (term: string): string => {
    const m = /^([A-Za-z][\w.-]*):(?!\/\/)(.*)$/.exec(term);
    return m && prefixes[m[1]!] !== undefined ? prefixes[m[1]!] + m[2]! : term;
  };
  const value = (v: Json): Json => {
    if (v === null || typeof v !== 'object') return { '@value': v };
    if (Array.isArray(v)) return v.map(value) as Json;
    if ('@value' in v) return v;
    if ('@list' in v) return { '@list': (v['@list'] as Json[]).map(value) };
    if (Object.keys(v).length === 1 && typeof v['@id'] === 'string')
      return { '@id': iri(v['@id']) };
    return node(v);
  };
  const node = (n: { [k: string]: Json }): Json => {
    const out: { [k: string]: Json } = {};
    for (const [k, v] of Object.entries(n)) {
      if (k === '@id') out[k] = iri(v as string);
      else if (k === '@type') out[k] = (Array.isArray(v) ? v : [v]).map((t) => iri(t as string));
      else out[iri(k)] = Array.isArray(v) ? v.map(value) : [value(v)];
    }
    return out;
  };
  return doc['@graph'].map((n) => node(n as { [k: string]: Json }));
}
