/**
 * Reads the numbers and texts of one CTDL node that a catalog credential carries: cost from
 * `estimatedCost` CostProfiles, weeks from `estimatedDuration` DurationProfiles, credits from
 * `creditValue`, validity from `renewalFrequency`, and Pathwise's own `pathwise:` fields.
 */
import type { ImportLog } from '../errors.js';
import type { LdGraph, LdNode } from '../jsonld/normalise.js';
import {
  conceptNames,
  has,
  locOf,
  nodesOf,
  numbers,
  pathOf,
  strings,
  text,
  use,
  values,
} from '../jsonld/read.js';
import { durationMonths, durationWeeks, parseIsoDuration } from './iso-duration.js';

/** A cost with the currency it was given in (when it was). */
export interface NodeCost {
  cost: number;
  /** Each currency named, with where (its text is built only for a fault). */
  currencies: { currency: string; at: { readonly path: string } }[];
}

/**
 * The node's cost from its `estimatedCost` profiles. Profiles of different `directCostType`s
 * (tuition, fees, exam) are all paid, so they are added; several profiles of the same type (or
 * none) are alternatives (in-state / out-of-state tuition), so the highest is taken, with a
 * warning, and a plan never costs less than the provider asks. Sums are rounded to cents.
 * A currency written as a name ("US Dollar") is read as its ISO 4217 code, with a warning.
 * @returns the cost, or undefined when the node has no priced profile
 */
export function readCost(graph: LdGraph, node: LdNode, log: ImportLog): NodeCost | undefined {
  const profiles = nodesOf(graph, node, 'estimatedCost');
  // Each priced profile's total, by cost type, in document order (grouped only when there are several).
  const priced: { type: string; total: number }[] = [];
  const currencies: NodeCost['currencies'] = [];
  for (const p of profiles) {
    const prices = numbers(p, 'price', 'schema:price');
    use(p, 'name', 'description', 'costDetails', 'audienceType', 'residencyType');
    if (prices.length === 0) {
      log.warn('IGNORED_NODE', p.path, 'cost profile has no price');
      continue;
    }
    let total = 0;
    for (const price of prices) {
      if (price.value < 0) log.fault('BAD_VALUE', price.path, `price ${price.value} is negative`);
      else total += price.value;
    }
    // Read for every profile, not only when there are several: reading a cost type also reads
    // what it names (a CredentialAlignmentObject's targetNode), which is then not reported ignored.
    const type = conceptNames(p, 'directCostType', 'costType').sort().join('+') || '(no type)';
    priced.push({ type, total });
    const written = text(p, 'currency', 'schema:priceCurrency');
    if (written) {
      const at = locOf(p, 'currency', 'schema:priceCurrency');
      const code = currencyCode(written);
      if (code === undefined) {
        log.warn(
          'IGNORED_PROPERTY',
          at.path,
          `currency "${written}" is neither an ISO 4217 code nor a currency name; ignored`,
        );
      } else {
        if (code !== written)
          log.warn('APPROXIMATED', at.path, `currency "${written}" read as ${code}`);
        currencies.push({ currency: code, at });
      }
    }
  }
  let cost: number | undefined;
  if (priced.length === 1) cost = Math.round(priced[0]!.total * 100) / 100;
  // Grouped by cost type only when there are several profiles: a Map per credential was garbage.
  if (priced.length > 1) cost = severalProfiles(node, priced, log);
  for (const n of numbers(node, 'pathwise:cost')) cost = n.value; // Pathwise's exact figure wins
  return cost === undefined ? undefined : { cost, currencies };
}

/**
 * Several priced profiles: different cost types are all paid (added), several of one type are
 * alternatives (the highest is taken, with a warning).
 * @returns the cost, rounded to cents
 */
function severalProfiles(
  node: LdNode,
  priced: { type: string; total: number }[],
  log: ImportLog,
): number {
  const byType = new Map<string, number[]>();
  for (const { type, total } of priced) {
    const list = byType.get(type);
    if (list) list.push(total);
    else byType.set(type, [total]);
  }
  let cost = 0;
  for (const [type, list] of byType) {
    const highest = Math.max(...list);
    if (list.length > 1)
      log.warn(
        'APPROXIMATED',
        pathOf(node, 'estimatedCost'),
        `${list.length} cost profiles of type ${type} (${list.join(', ')}) are alternatives; took the highest, ${highest}`,
      );
    cost = Math.round((cost + highest) * 100) / 100;
  }
  return cost;
}

let currencyNames: Map<string, string> | undefined;

/**
 * @param written - an ISO 4217 code in any case, or an English currency name ("US Dollar", "euros")
 * @returns the code, or undefined when it is neither
 */
export function currencyCode(written: string): string | undefined {
  const t = written.trim();
  if (/^[A-Za-z]{3}$/.test(t)) return t.toUpperCase();
  if (!currencyNames) {
    // Node's ICU knows every code's English name; no hand-kept table.
    currencyNames = new Map();
    const names = new Intl.DisplayNames(['en'], { type: 'currency' });
    for (const code of Intl.supportedValuesOf('currency')) {
      const name = names.of(code);
      if (name) currencyNames.set(name.toLowerCase(), code);
    }
  }
  const key = t.toLowerCase().replace(/\s+/g, ' ');
  return currencyNames.get(key) ?? currencyNames.get(key.replace(/s$/, ''));
}

/** Calendar weeks and effort hours read from a duration profile. */
export interface NodeDuration {
  weeks?: number;
  effortHours?: number;
}

/**
 * Weeks from the node's `estimatedDuration`: the exact duration, else the maximum, else the minimum.
 * A duration in hours only (`PT40H`) is the effort it takes, not calendar time: it is read as
 * `effortHours`, with a warning.
 * @returns weeks and/or effort hours, or undefined when none is given
 */
export function readDuration(
  graph: LdGraph,
  node: LdNode,
  log: ImportLog,
): NodeDuration | undefined {
  const profiles = nodesOf(graph, node, 'estimatedDuration');
  if (profiles.length > 1)
    log.warn(
      'APPROXIMATED',
      pathOf(node, 'estimatedDuration'),
      'several duration profiles; used the first',
    );
  const p = profiles[0];
  if (!p) return undefined;
  const pick = (term: string): { text: string; at: { readonly path: string } } | undefined => {
    for (const v of values(p, term))
      if (v.kind === 'literal' && typeof v.value === 'string') return { text: v.value, at: v };
    return undefined;
  };
  const exact = pick('exactDuration');
  const max = pick('maximumDuration');
  const min = pick('minimumDuration');
  const chosen = exact ?? max ?? min;
  if (!chosen) {
    log.warn('IGNORED_NODE', p.path, 'duration profile has no exact, maximum or minimum duration');
    return undefined;
  }
  if (!exact)
    log.warn(
      'APPROXIMATED',
      chosen.at.path,
      `no exactDuration; used the ${max ? 'maximum' : 'minimum'}`,
    );
  const parts = parseIsoDuration(chosen.text);
  if (!parts) {
    log.fault('BAD_VALUE', chosen.at.path, `"${chosen.text}" is not an ISO 8601 duration`);
    return undefined;
  }
  if (/^PT/i.test(chosen.text.trim())) {
    const effortHours = parts.hours + parts.minutes / 60 + parts.seconds / 3600;
    log.warn(
      'APPROXIMATED',
      chosen.at.path,
      `${chosen.text} is a number of hours: read as ${effortHours} effort hours, not calendar time`,
    );
    return { effortHours };
  }
  const { weeks, approximate } = durationWeeks(parts);
  if (approximate)
    log.warn(
      'APPROXIMATED',
      chosen.at.path,
      `${chosen.text} counted as ${weeks} weeks (a year is 52 weeks)`,
    );
  return { weeks };
}

/**
 * Credits from `creditValue` (a QuantitativeValue / ValueProfile, or a bare number) or the older
 * `creditHourValue` / `creditUnitValue`.
 * @returns credits, or undefined when none is given
 */
export function readCredits(graph: LdGraph, node: LdNode, log: ImportLog): number | undefined {
  const all = [...numbers(node, 'creditValue', 'creditHourValue', 'creditUnitValue')];
  for (const q of nodesOf(graph, node, 'creditValue')) {
    const v = numbers(q, 'schema:value', 'value');
    if (v.length > 0) {
      all.push(...v);
      continue;
    }
    const range = numbers(q, 'schema:minValue', 'minValue');
    if (range.length > 0) log.warn('APPROXIMATED', q.path, 'credit range: used the minimum');
    all.push(...range);
  }
  if (all.length === 0) return undefined;
  if (all.length > 1)
    log.warn('APPROXIMATED', pathOf(node, 'creditValue'), 'several credit values; used the first');
  if (all[0]!.value < 0) {
    log.fault('BAD_VALUE', all[0]!.path, `credit value ${all[0]!.value} is negative`);
    return undefined;
  }
  return all[0]!.value;
}

/**
 * Validity in months from `renewalFrequency` (an ISO 8601 duration).
 * @returns months, or undefined when the credential does not lapse
 */
export function readValidityMonths(node: LdNode, log: ImportLog): number | undefined {
  const exact = numbers(node, 'pathwise:validityMonths')[0];
  const freq = values(node, 'renewalFrequency').find(
    (v) => v.kind === 'literal' && typeof v.value === 'string',
  );
  if (exact) return exact.value;
  if (!freq || freq.kind !== 'literal') return undefined;
  const parts = parseIsoDuration(freq.value as string);
  if (!parts) {
    log.fault('BAD_VALUE', freq.path, `"${String(freq.value)}" is not an ISO 8601 duration`);
    return undefined;
  }
  const { months, approximate } = durationMonths(parts);
  if (months <= 0) {
    log.warn(
      'IGNORED_PROPERTY',
      freq.path,
      'a renewal frequency of zero: the credential is taken not to lapse',
    );
    return undefined;
  }
  if (approximate)
    log.warn('APPROXIMATED', freq.path, `${String(freq.value)} rounded up to ${months} months`);
  return months;
}

/** Pathwise's own fields that CTDL has no property for, as written by exportCtdl. */
export function readPathwiseFields(node: LdNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const effort = numbers(node, 'pathwise:effortHours')[0];
  if (effort) out.effortHours = effort.value;
  const level = numbers(node, 'pathwise:level')[0];
  if (level) out.level = level.value;
  if (has(node, 'pathwise:skills')) out.skills = strings(node, 'pathwise:skills');
  const ext = values(node, 'pathwise:extensions')[0];
  if (
    ext?.kind === 'literal' &&
    ext.value &&
    typeof ext.value === 'object' &&
    !Array.isArray(ext.value)
  ) {
    for (const [k, v] of Object.entries(ext.value as Record<string, unknown>))
      if (k.startsWith('x-')) out[k] = v;
  }
  return out;
}
