/**
 * The shape check of a query's target, for check-query.ts: a credential id, or exactly one target
 * form with lists of non-empty strings (and `kinds` of known credential kinds, only with
 * `recognizedBy`). Whether the ids exist is resolveQuery's and the goal planner's to say.
 */
import { CREDENTIAL_KINDS } from '@pathwise/core';
import { TARGET_FORM_KEYS, isTargetForm } from './target-types.js';

const FORMS = ['anyOf', 'skills', 'recognizedBy'] as const;
const got = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : String(v));

/**
 * @param target - the query's `target` as given
 * @param faults - where a fault is added, with its path
 */
export function checkTarget(target: unknown, faults: { path: string; message: string }[]): void {
  if (typeof target === 'string' && target !== '') return;
  const fault = (path: string, message: string): void => {
    faults.push({ path, message });
  };
  if (!isTargetForm(target)) {
    fault(
      'target',
      `must be a credential id or one of { anyOf }, { skills }, { recognizedBy, kinds? }, got ${got(target)}`,
    );
    return;
  }
  const form = target as unknown as Record<string, unknown>;
  for (const key of Object.keys(form))
    if (!(TARGET_FORM_KEYS as readonly string[]).includes(key))
      fault(`target.${key}`, `is not a target field (fields: ${TARGET_FORM_KEYS.join(', ')})`);
  const given = FORMS.filter((k) => form[k] !== undefined);
  if (given.length !== 1)
    fault('target', `must have exactly one of anyOf, skills, recognizedBy, got ${given.length}`);
  for (const key of given) checkList(form[key], `target.${key}`, fault);
  if (form.kinds !== undefined) {
    if (form.recognizedBy === undefined) fault('target.kinds', 'is only for a recognizedBy target');
    checkList(form.kinds, 'target.kinds', fault);
    if (Array.isArray(form.kinds))
      form.kinds.forEach((k: unknown, i) => {
        if (typeof k === 'string' && !(CREDENTIAL_KINDS as readonly string[]).includes(k))
          fault(`target.kinds[${i}]`, `must be one of ${CREDENTIAL_KINDS.join(', ')}, got "${k}"`);
      });
  }
}

function checkList(
  list: unknown,
  path: string,
  fault: (path: string, message: string) => void,
): void {
  if (!Array.isArray(list) || list.length === 0) {
    fault(path, 'must be a non-empty list of strings');
    return;
  }
  list.forEach((v: unknown, i) => {
    if (typeof v !== 'string' || v === '')
      fault(`${path}[${i}]`, `must be a non-empty string, got ${got(v)}`);
  });
}
