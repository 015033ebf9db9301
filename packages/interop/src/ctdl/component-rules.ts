/**
 * CTDL pathway rules to catalog requirements: a component's `hasCondition` (ComponentCondition with
 * `requiredNumber`, `targetComponent`, nested `hasCondition` and credit-sum `hasConstraint`), its
 * `hasChild` when it has no condition, and its `prerequisite`s. Any node can carry them, a
 * credential used as a component (`ceterms:Certification` in a pathway) included.
 *
 * Meaning chosen here (documented in the package README):
 * - several conditions on one component are all required; a condition's items are its distinct
 *   target components (a repeated target counts once, with a warning) and its nested conditions;
 *   `requiredNumber` k of them must be met (k = all: `all`, k = 1: `any`, else `atLeast`); without
 *   `requiredNumber`, all of them, except that a condition with a credit constraint uses its
 *   targets as the pool the credits are counted over;
 * - a credit constraint over a condition without targets counts the ids its nested conditions
 *   name, else the component's children;
 * - `hasChild` without any condition: all the children are required (DEFAULTED warning, every time);
 * - a constraint on the learner's results (marks, grades, resits, averages: any `leftSource` other
 *   than `creditValue`) cannot be evaluated by a plan: dropped with an UNPLANNABLE warning;
 * - `logicalOperator` Or makes the parts of a condition alternatives.
 * Conditions nest at most MAX_RULE_DEPTH deep (TOO_DEEP fault); one that contains itself is a fault.
 */
import type { Requirement } from '@pathwise/core';
import { requirementIds } from '@pathwise/core';
import type { LdNode } from '../jsonld/normalise.js';
import {
  conceptNames,
  has,
  hasAny,
  numbers,
  pathOf,
  use,
  useEach,
  values,
} from '../jsonld/read.js';
import { MAX_RULE_DEPTH } from '../json/nesting.js';
import type { RuleContext } from './rule-context.js';
import {
  allOf,
  countGroup,
  distinctTargets,
  requiredNumber,
  structuralNodes,
  targetIds,
} from './rule-context.js';

/**
 * @param ctx - the import's shared state
 * @param component - a PathwayComponent (or credential) node
 * @returns what must be held before the component can start, or undefined for nothing
 */
export function componentRequirement(ctx: RuleContext, component: LdNode): Requirement | undefined {
  const parts: Requirement[] = [];
  const conditions = structuralNodes(ctx, component, 'hasCondition');
  const children = targetIds(ctx, component, 'hasChild', 'child');
  if (conditions.length > 0 || has(component, 'hasCondition')) {
    // One walk for all the component's conditions: `open` is emptied again on the way up.
    // The names are gathered only to warn about children.
    const named = children.length > 0 ? ([] as string[]) : undefined;
    const walk: Walk = { named, children, depth: 1, open: undefined };
    for (const c of conditions) {
      const r = conditionRequirement(ctx, c, walk);
      if (r !== undefined) parts.push(r);
    }
    if (named !== undefined) warnUnnamedChildren(ctx, component, children, named);
  } else if (children.length > 0) {
    const distinct = distinctTargets(ctx, children, component, 'hasChild');
    if (distinct.length > 0) {
      ctx.log.warn(
        'DEFAULTED',
        pathOf(component, 'hasChild'),
        `hasChild without hasCondition: read as all ${distinct.length} children required`,
      );
      parts.push(...distinct);
    }
  }
  parts.push(...targetIds(ctx, component, 'prerequisite', 'prerequisite'));
  return allOf(parts);
}

/** Lists whose product of lengths is at most this are searched, not put in a Set. */
const SHORT_SEARCH = 256;

/**
 * Warns about each child no condition names. The names are a list, not a Set, while both lists
 * are short: a Set per component was about 45 MB of the garbage of an import of 10^5 credentials
 * (the Sets and their growth, by the heap profiler's sampling).
 */
function warnUnnamedChildren(
  ctx: RuleContext,
  component: LdNode,
  children: readonly string[],
  named: string[],
): void {
  const set = named.length * children.length > SHORT_SEARCH ? new Set(named) : undefined;
  for (const id of children) {
    if (set !== undefined ? !set.has(id) : !named.includes(id)) {
      ctx.log.warn(
        'IGNORED_PROPERTY',
        pathOf(component, 'hasChild'),
        `child ${id} is named by no condition of its parent; it is not required`,
      );
    }
  }
}

interface Walk {
  /** Every target id any condition of the component names (kept when it has children). */
  named: string[] | undefined;
  /** The component's children, the pool of last resort for a credit constraint. */
  children: string[];
  depth: number;
  /**
   * Conditions being read on the way down, to refuse one that contains itself (made at the first
   * nested condition: only a condition with nested ones can contain itself).
   */
  open: Set<LdNode> | undefined;
}

/** What a condition says that the catalog has no field for: accounted for, not ignored. */
const CONDITION_READ: readonly string[] = ['name', 'description'];
const LOGICAL_OPERATOR: readonly string[] = ['logicalOperator'];
/** A condition without nested ones (shared, never changed: a list per condition was garbage). */
const NO_NESTED: readonly Requirement[] = Object.freeze([]);

function conditionRequirement(ctx: RuleContext, c: LdNode, walk: Walk): Requirement | undefined {
  if (walk.depth > MAX_RULE_DEPTH) {
    ctx.log.fault('TOO_DEEP', c.path, `conditions nest more than ${MAX_RULE_DEPTH} levels deep`);
    return undefined;
  }
  if (walk.open?.has(c) === true) {
    ctx.log.fault('UNSUPPORTED_RULE', c.path, 'this condition contains itself');
    return undefined;
  }
  useEach(c, CONDITION_READ);
  const faults = ctx.log.faults.length;
  const resolved = targetIds(ctx, c, 'targetComponent', 'target component');
  if (ctx.log.faults.length > faults) return undefined; // a target was refused; counting the rest would mislead
  const ids = distinctTargets(ctx, resolved, c, 'targetComponent');
  if (walk.named !== undefined) for (const id of ids) walk.named.push(id);
  // Nested requirements and credit rules get a list only when there are some, and the parts a
  // list of their known length: most conditions have targets and a count, nothing else, and
  // empty lists grown by push (room for 17 at the first push) were 50 MB of the garbage of an
  // import of 10^5 credentials.
  let nested: readonly Requirement[] = NO_NESTED;
  const inner = structuralNodes(ctx, c, 'hasCondition');
  if (inner.length > 0) {
    const found: Requirement[] = [];
    walk.open ??= new Set();
    walk.open.add(c);
    const deeper = { ...walk, depth: walk.depth + 1 };
    for (const n of inner) {
      const r = conditionRequirement(ctx, n, deeper);
      if (r !== undefined) found.push(r);
    }
    walk.open.delete(c);
    nested = found;
  }
  const constraints = values(c, 'hasConstraint');
  let credits: Requirement[] | undefined;
  if (constraints.length > 0) {
    const pool =
      ids.length > 0
        ? ids
        : nested.length > 0
          ? [...new Set(nested.flatMap((r) => requirementIds(r)))]
          : walk.children;
    for (const k of structuralNodes(ctx, c, 'hasConstraint')) {
      const r = constraintRequirement(ctx, k, pool, ids.length === 0);
      if (r !== undefined) (credits ??= []).push(r);
    }
  }
  const items: Requirement[] = nested.length === 0 ? ids : [...ids, ...nested];
  const count = requiredNumber(ctx, c);
  if (count === null) return undefined;
  let parts: Requirement[];
  if (count !== undefined) {
    const k = count.value;
    if (!Number.isInteger(k) || k < 0 || k > items.length) {
      ctx.log.fault(
        'UNSUPPORTED_RULE',
        count.path,
        `requiredNumber ${k} must be a whole number from 0 to the ${items.length} distinct targets and nested conditions`,
      );
      return undefined;
    }
    if (k === 0) {
      ctx.log.warn(
        'IGNORED_NODE',
        count.path,
        'requiredNumber 0 asks for nothing; the condition is always met',
      );
      parts = [];
    } else {
      parts = [countGroup(items, k)];
    }
  } else if (credits !== undefined || constraints.length > 0) {
    parts = [...nested];
  } else {
    const all = allOf(items);
    parts = all === undefined ? [] : [all];
  }
  if (credits !== undefined) parts.push(...credits);
  if (parts.length === 0) {
    if (count === undefined && constraints.length === 0)
      ctx.log.warn(
        'IGNORED_NODE',
        c.path,
        'condition names no target, nested condition or constraint',
      );
    return undefined;
  }
  const operator = hasAny(c, LOGICAL_OPERATOR) ? conceptNames(c, 'logicalOperator')[0] : undefined;
  if (operator !== undefined && /^or$/i.test(operator) && parts.length > 1) return { any: parts };
  if (operator !== undefined && !/^(and|or)$/i.test(operator)) {
    ctx.log.fault(
      'UNSUPPORTED_RULE',
      pathOf(c, 'logicalOperator'),
      `logicalOperator ${operator} is not And or Or`,
    );
  }
  return allOf(parts);
}

/**
 * A credit-sum constraint: `leftAction` array:Sum over `leftSource` creditValue, `comparator`
 * compare:GTEQ, `rightSource` n. One on anything but credits is about the learner's results and
 * is dropped (UNPLANNABLE); a credit one that cannot be expressed exactly is a fault.
 */
function constraintRequirement(
  ctx: RuleContext,
  k: LdNode,
  pool: string[],
  poolBorrowed: boolean,
): Requirement | undefined {
  const action = conceptNames(k, 'leftAction')[0];
  const source = conceptNames(k, 'leftSource');
  const comparator = conceptNames(k, 'comparator')[0];
  const right = numbers(k, 'rightSource', 'rightValue');
  use(k, 'rightAction', 'name', 'description');
  if (source.length > 0 && !source.every((s) => /creditValue$|credit/i.test(s))) {
    ctx.log.warn(
      'UNPLANNABLE',
      k.path,
      `constraint on ${source.join(', ')} is about the learner's results, which a plan cannot evaluate; dropped`,
    );
    return undefined;
  }
  const faults: string[] = [];
  if (action === undefined || !/^sum$/i.test(action)) {
    if (action !== undefined && /^(average|mean|avg|min|max|count)/i.test(action)) {
      ctx.log.warn(
        'UNPLANNABLE',
        k.path,
        `constraint with leftAction ${action} is about the learner's results, which a plan cannot evaluate; dropped`,
      );
      return undefined;
    }
    faults.push(`leftAction ${action ?? '(none)'} (only array:Sum)`);
  }
  if (comparator === undefined || !/^(GTEQ|GreaterThanOrEqual|gte)$/i.test(comparator)) {
    faults.push(`comparator ${comparator ?? '(none)'} (only compare:GTEQ)`);
  }
  if (right.length !== 1) faults.push('rightSource must be one number');
  if (pool.length === 0) faults.push('the condition has no target components to sum over');
  if (faults.length > 0) {
    ctx.log.fault(
      'UNSUPPORTED_RULE',
      k.path,
      `constraint cannot be imported exactly: ${faults.join('; ')}`,
    );
    return undefined;
  }
  if (source.length === 0)
    ctx.log.warn('DEFAULTED', k.path, 'constraint has no leftSource; summed ceterms:creditValue');
  if (poolBorrowed)
    ctx.log.warn(
      'DEFAULTED',
      k.path,
      `the condition has no targets; credits counted over the ${pool.length} components its nested conditions (else its component's children) name`,
    );
  const n = right[0]!.value;
  if (n <= 0) {
    ctx.log.warn('IGNORED_NODE', k.path, `a credit sum of at least ${n} is always met`);
    return undefined;
  }
  return { credits: n, of: pool };
}
