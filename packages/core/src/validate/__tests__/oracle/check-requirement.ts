/**
 * Shape checks of one credential's `requires` tree (catalog-v1.md "Requirement"), gathering the
 * references and credit thresholds that the catalog-wide checks need afterwards.
 */
import type { FaultList } from './faults.js';
import { childPath } from './faults.js';
import { ID_PATTERN, isObject, typeName } from './check-fields.js';

/** A credential id named somewhere in a requirement. */
export interface RequirementRef {
  id: string;
  path: string;
}

/** A `credits` group, checked for reachability once every credential is known. */
export interface CreditsGroup {
  path: string;
  credits: number;
  of: string[];
}

/** What a requirement tree names, for the catalog-wide checks. */
export interface RequirementFacts {
  refs: RequirementRef[];
  creditGroups: CreditsGroup[];
}

const FORMS = ['all', 'any', 'atLeast', 'credits'] as const;

/**
 * How many groups deep a requirement may nest. The format's own rule (catalog-v2.md, applied to v1
 * documents too): deeper input would overflow every recursive reader of the tree downstream, and no
 * real programme comes near it.
 */
export const MAX_REQUIREMENT_DEPTH = 100;

/**
 * Checks a requirement tree and collects its references. Iterative (an explicit stack), so input of
 * any depth gives faults rather than a stack overflow; faults come in document (pre-)order.
 * @param value - the raw `requires` value
 * @param path - its JSON path
 * @param owner - the id of the credential (or offer) it belongs to, named in faults
 */
export function checkRequirement(
  value: unknown,
  path: string,
  owner: string[],
  faults: FaultList,
): RequirementFacts {
  const facts: RequirementFacts = { refs: [], creditGroups: [] };
  if (typeof value === 'string') {
    visit(value, path, 0, owner, faults, facts); // the common bare id, without a stack
    return facts;
  }
  // Three parallel stacks rather than one of objects: validation allocates little per node.
  const values: unknown[] = [value];
  const paths: string[] = [path];
  const depths: number[] = [0];
  while (values.length > 0) {
    const node = values.pop();
    const at = paths.pop()!;
    const depth = depths.pop()!;
    const list = visit(node, at, depth, owner, faults, facts);
    if (!list) continue;
    const record = node as Record<string, unknown>;
    const listPath = childPath(at, 'all' in record ? 'all' : 'any' in record ? 'any' : 'of');
    for (let i = list.length - 1; i >= 0; i--) {
      values.push(list[i]);
      paths.push(childPath(listPath, i));
      depths.push(depth + 1);
    }
  }
  return facts;
}

/** Checks one node; @returns the members to check next (none for ids and credits groups). */
function visit(
  value: unknown,
  path: string,
  depth: number,
  owner: string[],
  faults: FaultList,
  facts: RequirementFacts,
): unknown[] | undefined {
  if (typeof value === 'string') {
    if (ID_PATTERN.test(value)) facts.refs.push({ id: value, path });
    else
      faults.add(
        'BAD_ID',
        path,
        'a requirement id must be 1-200 characters of A-Z a-z 0-9 . _ : / -',
        [value],
      );
    return undefined;
  }
  if (!isObject(value)) {
    faults.add(
      'WRONG_TYPE',
      path,
      `a requirement must be an id or a group object, got ${typeName(value)}`,
      owner,
    );
    return undefined;
  }
  if (depth >= MAX_REQUIREMENT_DEPTH) {
    faults.add(
      'BAD_VALUE',
      path,
      `requirement groups nest at most ${MAX_REQUIREMENT_DEPTH} deep; this one is group ${depth + 1}`,
      owner,
    );
    return undefined;
  }
  const forms = FORMS.filter((f) => f in value);
  if (forms.length !== 1) {
    const message =
      forms.length === 0
        ? 'a requirement group needs one of "all", "any", "atLeast" + "of", "credits" + "of"'
        : `a requirement group has one form, found ${forms.map((f) => `"${f}"`).join(' and ')}`;
    faults.add(forms.length === 0 ? 'MISSING_FIELD' : 'WRONG_TYPE', path, message, owner);
    return undefined;
  }
  const form = forms[0]!;
  const allowed = form === 'all' || form === 'any' ? [form] : [form, 'of'];
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      faults.add(
        'UNKNOWN_FIELD',
        childPath(path, key),
        `unknown field "${key}" in a "${form}" group`,
        owner,
      );
    }
  }
  const listKey = form === 'all' || form === 'any' ? form : 'of';
  const list = value[listKey];
  const listPath = childPath(path, listKey);
  if (!(listKey in value)) {
    faults.add('MISSING_FIELD', listPath, `a "${form}" group needs "${listKey}"`, owner);
    return undefined;
  }
  if (!Array.isArray(list)) {
    faults.add(
      'WRONG_TYPE',
      listPath,
      `"${listKey}" must be an array, got ${typeName(list)}`,
      owner,
    );
    return undefined;
  }
  if (list.length === 0)
    faults.add('EMPTY_GROUP', listPath, `"${listKey}" must not be empty`, owner);
  checkRepeatedMembers(list, listPath, faults);

  if (form === 'credits') {
    checkCreditsGroup(value.credits, list, path, owner, faults, facts);
    return undefined;
  }
  if (form === 'atLeast') checkK(value.atLeast, list.length, path, owner, faults);
  return list;
}

function checkK(k: unknown, size: number, path: string, owner: string[], faults: FaultList): void {
  const at = childPath(path, 'atLeast');
  if (typeof k !== 'number')
    faults.add('WRONG_TYPE', at, `"atLeast" must be a whole number, got ${typeName(k)}`, owner);
  else if (!Number.isInteger(k))
    faults.add('BAD_NUMBER', at, `"atLeast" must be a whole number, got ${k}`, owner);
  else if (size > 0 && (k < 1 || k > size)) {
    faults.add(
      'K_OUT_OF_RANGE',
      at,
      `"atLeast" must be between 1 and ${size} (the number of options), got ${k}`,
      owner,
    );
  } else if (size === 0 && k < 1)
    faults.add('K_OUT_OF_RANGE', at, `"atLeast" must be at least 1, got ${k}`, owner);
}

function checkCreditsGroup(
  credits: unknown,
  list: unknown[],
  path: string,
  owner: string[],
  faults: FaultList,
  facts: RequirementFacts,
): void {
  const at = childPath(path, 'credits');
  const listPath = childPath(path, 'of');
  const ids: string[] = [];
  list.forEach((item, i) => {
    const itemPath = childPath(listPath, i);
    if (typeof item !== 'string') {
      faults.add(
        'WRONG_TYPE',
        itemPath,
        `a "credits" group lists credential ids only, got ${typeName(item)}`,
        owner,
      );
    } else if (!ID_PATTERN.test(item)) {
      faults.add(
        'BAD_ID',
        itemPath,
        'a requirement id must be 1-200 characters of A-Z a-z 0-9 . _ : / -',
        [item],
      );
    } else {
      ids.push(item);
      facts.refs.push({ id: item, path: itemPath });
    }
  });
  if (typeof credits !== 'number') {
    faults.add('WRONG_TYPE', at, `"credits" must be a number, got ${typeName(credits)}`, owner);
  } else if (!Number.isFinite(credits) || credits <= 0) {
    faults.add(
      'BAD_NUMBER',
      at,
      `"credits" must be a finite number above 0, got ${credits}`,
      owner,
    );
  } else if (ids.length === list.length) {
    facts.creditGroups.push({ path, credits, of: ids });
  }
}

/** The same id twice in one group would be counted twice by atLeast and credits: refuse it. */
function checkRepeatedMembers(list: unknown[], listPath: string, faults: FaultList): void {
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    if (typeof item !== 'string') return;
    const first = seen.get(item);
    if (first === undefined) seen.set(item, i);
    else {
      faults.add(
        'DUPLICATE_ID',
        childPath(listPath, i),
        `"${item}" is listed twice in one group (first at ${childPath(listPath, first)})`,
        [item],
      );
    }
  });
}
