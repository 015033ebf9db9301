/**
 * The target-form flags of `pathwise plan` and `pathwise frontier`: `--any-of ID,…`, `--skill S`
 * (repeatable), `--recognized-by R,…` with `--kinds K,…`, reshaped into a target form (plan-v2
 * "Targets"). Which flags go together is the command line's to say; the values are the engine's.
 */
import type { TargetForm } from '@pathwise/engine';
import type { FlagSpec } from '../commands/command.js';
import type { FlagValues } from '../parse-command-args.js';
import { listFlag } from '../parse-command-args.js';
import { UsageError } from '../usage-error.js';

/** The flags, described for help. */
export const TARGET_FORM_FLAGS: readonly FlagSpec[] = [
  {
    name: 'any-of',
    type: 'string',
    multiple: true,
    value: 'ID,…',
    description: 'instead of --target: whichever of these credentials is best to reach',
  },
  {
    name: 'skill',
    type: 'string',
    multiple: true,
    value: 'SKILL',
    description:
      'instead of --target: end holding, for every skill given (repeat the flag), a credential that lists it',
  },
  {
    name: 'recognized-by',
    type: 'string',
    multiple: true,
    value: 'R,…',
    description:
      'instead of --target: any credential recognised by one of these (scheme:value, e.g. employer:us-dod-8140)',
  },
  {
    name: 'kinds',
    type: 'string',
    multiple: true,
    value: 'KIND,…',
    description: 'with --recognized-by: only credentials of these kinds',
  },
];

/**
 * @param values - the parsed flags
 * @returns the target form the flags give, or undefined when they give none
 * @throws UsageError when two forms are given, or --kinds without --recognized-by
 */
export function targetFormFlags(values: FlagValues): TargetForm | undefined {
  const split = (name: string, commas: boolean): string[] | undefined =>
    listFlag(values, name)
      ?.flatMap((v) => (commas ? v.split(',') : [v]))
      .map((v) => v.trim());
  const anyOf = split('any-of', true);
  const skills = split('skill', false);
  const recognizedBy = split('recognized-by', true);
  const kinds = split('kinds', true);
  const given = [anyOf && '--any-of', skills && '--skill', recognizedBy && '--recognized-by'];
  const named = given.filter((g): g is string => typeof g === 'string');
  if (named.length > 1) throw new UsageError(`give one target: ${named.join(' and ')} disagree`);
  if (kinds !== undefined && recognizedBy === undefined)
    throw new UsageError('--kinds goes with --recognized-by');
  if (anyOf) return { anyOf };
  if (skills) return { skills };
  if (recognizedBy) return kinds ? { recognizedBy, kinds } : { recognizedBy };
  return undefined;
}
