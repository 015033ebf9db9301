/**
 * CTDL pathway rules to catalog requirements: a component's `hasCondition` (ComponentCondition with
 * `requiredNumber`, `targetComponent`, nested `hasCondition` and credit-sum `hasConstraint`), its
 * `hasChild` when it has no condition, and its `prerequisite`s.
 *
 * Meaning chosen here: several conditions on one component are all required; a condition's items
 * are its target components and its nested conditions; `requiredNumber` k of them must be met
 * (k = all: `all`, k = 1: `any`, else `atLeast`); without `requiredNumber`, all of them, except that a
 * condition with a credit constraint uses its targets as the pool the credits are counted over.
 * `logicalOperator` Or makes the parts of a condition alternatives.
 */
import type { Requirement } from '@pathwise/core';
import type { LdNode } from '../jsonld/normalise.js';
import { conceptNames, nodesOf, numbers, pathOf, targets, values } from '../jsonld/read.js';
import type { RuleContext } from './rule-context.js';
import { allOf, countGroup, targetIds } from './rule-context.js';

/**
 * @param ctx - the import's shared state
 * @param component - a PathwayComponent node
 * @returns what must be held before the component can start, or undefined for nothing
 */
export function componentRequirement(ctx: RuleContext, component: LdNode): Requirement | undefined {
  const parts: Requirement[] = [];
  const conditions = nodesOf(ctx.graph, component, 'hasCondition');
  const children = targets(ctx.graph, component, 'hasChild');
  if (conditions.length > 0) {
    const named = new Set<string>();
    for (const c of conditions) {
      const r = conditionRequirement(ctx, c, named);
      if (r !== undefined) parts.push(r);
    }
    for (const child of children) {
      const id = child.node ? ctx.idOf(child.node) : undefined;
      if (id !== undefined && !named.has(id)) {
        ctx.log.warn(
          'IGNORED_PROPERTY',
          child.path,
          `child ${id} is named by no condition of its parent; it is not required`,
        );
      }
    }
  } else if (children.length > 0) {
    parts.push(...targetIds(ctx, children, 'child'));
  }
  parts.push(...targetIds(ctx, targets(ctx.graph, component, 'prerequisite'), 'prerequisite'));
  return allOf(parts);
}

function conditionRequirement(
  ctx: RuleContext,
  c: LdNode,
  named: Set<string>,
): Requirement | undefined {
  const found = targets(ctx.graph, c, 'targetComponent');
  const ids = targetIds(ctx, found, 'target component');
  ids.forEach((id) => named.add(id));
  if (ids.length < found.length) return undefined; // a target was refused; counting the rest would mislead
  const nested = nodesOf(ctx.graph, c, 'hasCondition')
    .map((n) => conditionRequirement(ctx, n, named))
    .filter((r): r is Requirement => r !== undefined);
  const credits = nodesOf(ctx.graph, c, 'hasConstraint')
    .map((k) => constraintRequirement(ctx, k, ids))
    .filter((r): r is Requirement => r !== undefined);
  const items: Requirement[] = [...ids, ...nested];
  const counts = numbers(c, 'requiredNumber');
  const parts: Requirement[] = [];
  if (counts.length > 0) {
    const k = counts[0]!.value;
    if (!Number.isInteger(k) || k < 0 || k > items.length) {
      ctx.log.fault(
        'UNSUPPORTED_RULE',
        counts[0]!.path,
        `requiredNumber ${k} must be a whole number from 0 to the ${items.length} targets and nested conditions`,
      );
      return undefined;
    }
    if (k === 0) {
      ctx.log.warn(
        'IGNORED_NODE',
        counts[0]!.path,
        'requiredNumber 0 asks for nothing; the condition is always met',
      );
    } else {
      parts.push(countGroup(items, k));
    }
  } else if (credits.length > 0) {
    parts.push(...nested);
  } else {
    const all = allOf(items);
    if (all !== undefined) parts.push(all);
  }
  parts.push(...credits);
  if (parts.length === 0) {
    if (counts.length === 0)
      ctx.log.warn(
        'IGNORED_NODE',
        c.path,
        'condition names no target, nested condition or constraint',
      );
    return undefined;
  }
  const operator = conceptNames(c, 'logicalOperator')[0];
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
 * compare:GTEQ, `rightSource` n. Anything else cannot be expressed exactly, so it is a fault.
 */
function constraintRequirement(
  ctx: RuleContext,
  k: LdNode,
  pool: string[],
): Requirement | undefined {
  const action = conceptNames(k, 'leftAction')[0];
  const source = conceptNames(k, 'leftSource');
  const comparator = conceptNames(k, 'comparator')[0];
  const right = numbers(k, 'rightSource', 'rightValue');
  values(k, 'rightAction');
  const faults: string[] = [];
  if (action === undefined || !/^sum$/i.test(action))
    faults.push(`leftAction ${action ?? '(none)'} (only array:Sum)`);
  if (source.length > 0 && !source.every((s) => /creditValue$/i.test(s))) {
    faults.push(`leftSource ${source.join(', ')} (only ceterms:creditValue)`);
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
  const n = right[0]!.value;
  if (n <= 0) {
    ctx.log.warn('IGNORED_NODE', k.path, `a credit sum of at least ${n} is always met`);
    return undefined;
  }
  return { credits: n, of: pool };
}
