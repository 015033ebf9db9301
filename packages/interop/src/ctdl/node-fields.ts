/**
 * Reads the numbers and texts of one CTDL node that a catalog credential carries: cost from
 * `estimatedCost` CostProfiles, weeks from `estimatedDuration` DurationProfiles, credits from
 * `creditValue`, validity from `renewalFrequency`, and Pathwise's own `pathwise:` fields.
 */
import type { ImportLog } from '../errors.js';
import type { LdGraph, LdNode } from '../jsonld/normalise.js';
import { SEVERAL, plainText } from '../jsonld/plain-reads.js';
import {
  conceptNames,
  has,
  hasAny,
  locOf,
  nodesOf,
  numbers,
  pathOf,
  strings,
  text,
  use,
  useEach,
  values,
} from '../jsonld/read.js';
import {
  NOT_SOLE,
  countNumbers,
  firstNumber,
  firstNumberPath,
  firstString,
  firstStringPath,
  soleNode,
} from '../jsonld/sole-reads.js';
import { durationMonths, durationWeeks, parseIsoDuration } from './iso-duration.js';

// The terms read, as constant lists: the readers' `...terms` made a list per call, and these are
// read for every credential.
const PRICE: readonly string[] = ['price', 'schema:price'];
/** What a cost profile says that the catalog has no field for: accounted for, not ignored. */
const COST_PROFILE_READ: readonly string[] = [
  'name',
  'description',
  'costDetails',
  'audienceType',
  'residencyType',
];
const COST_TYPE: readonly string[] = ['directCostType', 'costType'];
const CURRENCY: readonly string[] = ['currency', 'schema:priceCurrency'];
const PATHWISE_COST: readonly string[] = ['pathwise:cost'];
const CREDIT_TERMS: readonly string[] = ['creditValue', 'creditHourValue', 'creditUnitValue'];
const VALUE_TERMS: readonly string[] = ['schema:value', 'value'];
const MIN_VALUE_TERMS: readonly string[] = ['schema:minValue', 'minValue'];
const VALIDITY_TERMS: readonly string[] = ['pathwise:validityMonths'];
const EFFORT_TERMS: readonly string[] = ['pathwise:effortHours'];
const LEVEL_TERMS: readonly string[] = ['pathwise:level'];

// Patterns as constants: a regular expression literal makes a RegExp each time it is evaluated.
const CURRENCY_CODE = /^[A-Za-z]{3}$/;
const UPPER_CODE = /^[A-Z]{3}$/;
const SPACES = /\s+/g;
const PLURAL = /s$/;
const HOURS_ONLY = /^PT/i;

/** The Pathwise fields of a node with none (shared: an object per credential was garbage). */
const NO_FIELDS: Readonly<Record<string, unknown>> = Object.freeze({});

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
  // Usually one profile: read without a list of them (a list per credential was garbage).
  const sole = soleNode(graph, node, 'estimatedCost');
  const profiles = sole === NOT_SOLE ? nodesOf(graph, node, 'estimatedCost') : undefined;
  const count = profiles !== undefined ? profiles.length : sole === undefined ? 0 : 1;
  // The first priced profile's total; the list of each one's total, by cost type, in document
  // order, only from a second one on (grouped then). The currencies' list from the first named.
  let firstType = '';
  let firstTotal = 0;
  let priced: { type: string; total: number }[] | undefined;
  let pricedCount = 0;
  let currencies: NodeCost['currencies'] | undefined;
  for (let i = 0; i < count; i++) {
    const p = profiles !== undefined ? profiles[i]! : (sole as LdNode);
    const prices = countNumbers(p, PRICE);
    useEach(p, COST_PROFILE_READ);
    if (prices === 0) {
      log.warn('IGNORED_NODE', p.path, 'cost profile has no price');
      continue;
    }
    let total = 0;
    if (prices === 1) {
      const price = firstNumber();
      if (price < 0) log.fault('BAD_VALUE', firstNumberPath(), `price ${price} is negative`);
      else total += price;
    } else {
      for (const price of numbers(p, ...PRICE)) {
        if (price.value < 0) log.fault('BAD_VALUE', price.path, `price ${price.value} is negative`);
        else total += price.value;
      }
    }
    // Read for every profile, not only when there are several: reading a cost type also reads
    // what it names (a CredentialAlignmentObject's targetNode), which is then not reported ignored.
    // A profile without one (the usual case) has no names to sort and join.
    const type = hasAny(p, COST_TYPE)
      ? conceptNames(p, ...COST_TYPE)
          .sort()
          .join('+') || '(no type)'
      : '(no type)';
    if (++pricedCount === 1) {
      firstType = type;
      firstTotal = total;
    } else (priced ??= [{ type: firstType, total: firstTotal }]).push({ type, total });
    const plain = plainText(p, CURRENCY);
    const written = plain === SEVERAL ? text(p, ...CURRENCY) : plain;
    if (written) {
      const at = locOf(p, ...CURRENCY);
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
        const named = { currency: code, at };
        if (currencies === undefined) currencies = [named];
        else currencies.push(named);
      }
    }
  }
  let cost: number | undefined;
  if (pricedCount === 1) cost = Math.round(firstTotal * 100) / 100;
  // Grouped by cost type only when there are several profiles: a Map per credential was garbage.
  if (priced !== undefined) cost = severalProfiles(node, priced, log);
  // Pathwise's exact figure wins (the last, when there are several).
  const exact = countNumbers(node, PATHWISE_COST);
  if (exact === 1) cost = firstNumber();
  else if (exact > 1) cost = numbers(node, ...PATHWISE_COST)[exact - 1]!.value;
  return cost === undefined ? undefined : { cost, currencies: currencies ?? [] };
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
  // Three capital letters (how codes are written) without the two patterns below, which ran for
  // every cost profile of a large import.
  if (isUpperCode(written)) return written;
  const t = written.trim();
  if (CURRENCY_CODE.test(t)) return UPPER_CODE.test(t) ? t : t.toUpperCase();
  if (!currencyNames) {
    // Node's ICU knows every code's English name; no hand-kept table.
    currencyNames = new Map();
    const names = new Intl.DisplayNames(['en'], { type: 'currency' });
    for (const code of Intl.supportedValuesOf('currency')) {
      const name = names.of(code);
      if (name) currencyNames.set(name.toLowerCase(), code);
    }
  }
  const key = t.toLowerCase().replace(SPACES, ' ');
  return currencyNames.get(key) ?? currencyNames.get(key.replace(PLURAL, ''));
}

/** @returns whether the text is exactly three letters A to Z (what UPPER_CODE matches) */
function isUpperCode(text: string): boolean {
  if (text.length !== 3) return false;
  for (let i = 0; i < 3; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return true;
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
  // Usually one profile: read without a list of them (a list per credential was garbage).
  let p = soleNode(graph, node, 'estimatedDuration');
  if (p === NOT_SOLE) {
    const profiles = nodesOf(graph, node, 'estimatedDuration');
    if (profiles.length > 1)
      log.warn(
        'APPROXIMATED',
        pathOf(node, 'estimatedDuration'),
        'several duration profiles; used the first',
      );
    p = profiles[0];
  }
  if (!p) return undefined;
  // The exact duration, else the maximum, else the minimum; the others are only marked read. The
  // chosen one is the last firstString read, so its place is firstStringPath() (a closure and an
  // object per profile were garbage).
  const exact = firstString(p, 'exactDuration');
  const max = exact === undefined ? firstString(p, 'maximumDuration') : undefined;
  if (exact !== undefined) use(p, 'maximumDuration');
  const min =
    exact === undefined && max === undefined ? firstString(p, 'minimumDuration') : undefined;
  if (exact !== undefined || max !== undefined) use(p, 'minimumDuration');
  const chosen = exact ?? max ?? min;
  if (chosen === undefined) {
    log.warn('IGNORED_NODE', p.path, 'duration profile has no exact, maximum or minimum duration');
    return undefined;
  }
  if (exact === undefined)
    log.warn(
      'APPROXIMATED',
      firstStringPath(),
      `no exactDuration; used the ${max !== undefined ? 'maximum' : 'minimum'}`,
    );
  const whole = wholeWeeks(chosen);
  if (whole !== undefined) return { weeks: whole };
  const parts = parseIsoDuration(chosen);
  if (!parts) {
    log.fault('BAD_VALUE', firstStringPath(), `"${chosen}" is not an ISO 8601 duration`);
    return undefined;
  }
  if (HOURS_ONLY.test(chosen.trim())) {
    const effortHours = parts.hours + parts.minutes / 60 + parts.seconds / 3600;
    log.warn(
      'APPROXIMATED',
      firstStringPath(),
      `${chosen} is a number of hours: read as ${effortHours} effort hours, not calendar time`,
    );
    return { effortHours };
  }
  const { weeks, approximate } = durationWeeks(parts);
  if (approximate)
    log.warn(
      'APPROXIMATED',
      firstStringPath(),
      `${chosen} counted as ${weeks} weeks (a year is 52 weeks)`,
    );
  return { weeks };
}

/**
 * A duration of whole weeks as exportCtdl writes it (`P12W`: up to 9 digits, so exact), read as
 * parseIsoDuration and durationWeeks read it, without their match and parts objects (garbage for
 * every credential).
 * @returns the weeks, or undefined for any other duration (or text)
 */
function wholeWeeks(duration: string): number | undefined {
  const last = duration.length - 1;
  if (last < 2 || last > 10) return undefined;
  if (duration.charCodeAt(0) !== 0x50 /* P */ || duration.charCodeAt(last) !== 0x57 /* W */)
    return undefined;
  let weeks = 0;
  for (let i = 1; i < last; i++) {
    const digit = duration.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return undefined;
    weeks = weeks * 10 + digit;
  }
  return weeks;
}

/**
 * Credits from `creditValue` (a QuantitativeValue / ValueProfile, or a bare number) or the older
 * `creditHourValue` / `creditUnitValue`.
 * @returns credits, or undefined when none is given
 */
export function readCredits(graph: LdGraph, node: LdNode, log: ImportLog): number | undefined {
  // Counted, with the first kept, rather than gathered into a list (a list per credential was
  // garbage). The first's place is needed only when it is negative.
  let count = countNumbers(node, CREDIT_TERMS);
  let first = count > 0 ? firstNumber() : NaN;
  let firstPath = count > 0 && first < 0 ? firstNumberPath() : '';
  const sole = soleNode(graph, node, 'creditValue');
  const quantities = sole === NOT_SOLE ? nodesOf(graph, node, 'creditValue') : undefined;
  const n = quantities !== undefined ? quantities.length : sole === undefined ? 0 : 1;
  for (let i = 0; i < n; i++) {
    const q = quantities !== undefined ? quantities[i]! : (sole as LdNode);
    let found = countNumbers(q, VALUE_TERMS);
    if (found === 0) {
      found = countNumbers(q, MIN_VALUE_TERMS);
      if (found > 0) log.warn('APPROXIMATED', q.path, 'credit range: used the minimum');
    }
    if (found > 0 && count === 0) {
      first = firstNumber();
      if (first < 0) firstPath = firstNumberPath();
    }
    count += found;
  }
  if (count === 0) return undefined;
  if (count > 1)
    log.warn('APPROXIMATED', pathOf(node, 'creditValue'), 'several credit values; used the first');
  if (first < 0) {
    log.fault('BAD_VALUE', firstPath, `credit value ${first} is negative`);
    return undefined;
  }
  return first;
}

/**
 * Validity in months from `renewalFrequency` (an ISO 8601 duration).
 * @returns months, or undefined when the credential does not lapse
 */
export function readValidityMonths(node: LdNode, log: ImportLog): number | undefined {
  const exact = countNumbers(node, VALIDITY_TERMS) > 0 ? firstNumber() : undefined;
  const freq = firstString(node, 'renewalFrequency');
  if (exact !== undefined) return exact;
  if (freq === undefined) return undefined;
  const parts = parseIsoDuration(freq);
  if (!parts) {
    log.fault('BAD_VALUE', firstStringPath(), `"${freq}" is not an ISO 8601 duration`);
    return undefined;
  }
  const { months, approximate } = durationMonths(parts);
  if (months <= 0) {
    log.warn(
      'IGNORED_PROPERTY',
      firstStringPath(),
      'a renewal frequency of zero: the credential is taken not to lapse',
    );
    return undefined;
  }
  if (approximate)
    log.warn('APPROXIMATED', firstStringPath(), `${freq} rounded up to ${months} months`);
  return months;
}

/** Pathwise's own fields that CTDL has no property for, as written by exportCtdl. */
export function readPathwiseFields(node: LdNode): Readonly<Record<string, unknown>> {
  // Made at the first field: an object per credential was garbage, and most have none.
  let out: Record<string, unknown> | undefined;
  if (countNumbers(node, EFFORT_TERMS) > 0) (out ??= {}).effortHours = firstNumber();
  if (countNumbers(node, LEVEL_TERMS) > 0) (out ??= {}).level = firstNumber();
  if (has(node, 'pathwise:skills')) (out ??= {}).skills = strings(node, 'pathwise:skills');
  const ext = has(node, 'pathwise:extensions') ? values(node, 'pathwise:extensions')[0] : undefined;
  if (
    ext?.kind === 'literal' &&
    ext.value &&
    typeof ext.value === 'object' &&
    !Array.isArray(ext.value)
  ) {
    for (const [k, v] of Object.entries(ext.value as Record<string, unknown>))
      if (k.startsWith('x-')) (out ??= {})[k] = v;
  }
  return out ?? NO_FIELDS;
}
