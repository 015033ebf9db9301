/**
 * The command line of `pathwise plan`, parsed with node's util.parseArgs and checked: a bad or
 * missing flag is a UsageError (exit 2) naming it.
 */
import { parseArgs } from 'node:util';
import type { Objective } from '@pathwise/engine';
import { parseIsoDate } from '@pathwise/core';
import { UsageError } from '../usage-error.js';
import type { HoldingFlags } from './holdings-from-flags.js';

/** The usage line of `pathwise plan`. */
export const PLAN_USAGE =
  'pathwise plan --catalog FILE (--target ID [--have ID[@YYYY-MM-DD],…] [--wallet FILE] [--aliases FILE] [--json] | --batch QUERIES.jsonl) ' +
  '[--as-of YYYY-MM-DD] [--objective cheapest|fastest] [--time-budget MS] ' +
  '[--max-weeks N] [--max-cost N] [--exclude ID,…] [--weekly-hours N]';

/** What `pathwise plan` was asked. */
export interface PlanFlags extends HoldingFlags {
  catalog: string;
  /** One query (with `target`) or a batch file; exactly one is set. */
  target?: string;
  batch?: string;
  /** The date holdings lapse as of; for a batch, the default of lines without one. */
  asOf?: string;
  /** For a batch, the default of lines without one. */
  objective?: Objective;
  json: boolean;
  timeBudgetMs?: number;
  /** Deadline week; for a batch, the default of lines without one. */
  maxWeeks?: number;
  /** Budget; for a batch, the default of lines without one. */
  maxCost?: number;
  /** Credentials not to earn; for a batch, the default of lines without one. */
  exclude?: string[];
  /** Weekly-hours budget (> 0); for a batch, the default of lines without one. */
  weeklyHours?: number;
}

const OBJECTIVES: readonly string[] = ['cheapest', 'fastest'];

/**
 * @param args - the arguments after `pathwise plan`
 * @returns the checked flags
 * @throws UsageError for an unknown, missing, repeated or malformed flag
 */
export function parsePlanFlags(args: string[]): PlanFlags {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(args).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}; usage: ${PLAN_USAGE}`);
  }
  const { catalog, target, batch, objective } = values;
  if (catalog === undefined)
    throw new UsageError(`--catalog FILE is required; usage: ${PLAN_USAGE}`);
  if ((target === undefined) === (batch === undefined)) {
    throw new UsageError(`give exactly one of --target ID and --batch FILE; usage: ${PLAN_USAGE}`);
  }
  if (
    batch !== undefined &&
    (values.have !== undefined || values.wallet !== undefined || values.aliases !== undefined)
  ) {
    throw new UsageError(
      '--have, --wallet and --aliases are for one query; a batch line gives its own "have"',
    );
  }
  if (objective !== undefined && !OBJECTIVES.includes(objective)) {
    throw new UsageError(`--objective must be cheapest or fastest, got "${objective}"`);
  }
  const asOf = values['as-of'];
  if (asOf !== undefined) parseIsoDate(asOf, '--as-of');
  let timeBudgetMs: number | undefined;
  const budget = values['time-budget'];
  if (budget !== undefined) {
    timeBudgetMs = Number(budget);
    if (!/^\d+$/.test(budget) || timeBudgetMs <= 0) {
      throw new UsageError(
        `--time-budget must be a positive whole number of milliseconds, got "${budget}"`,
      );
    }
  }
  const limit = (flag: 'max-weeks' | 'max-cost'): number | undefined => {
    const text = values[flag];
    if (text === undefined) return undefined;
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value) || value < 0) {
      throw new UsageError(`--${flag} must be a number >= 0, got "${text}"`);
    }
    return value;
  };
  const maxWeeks = limit('max-weeks');
  const maxCost = limit('max-cost');
  let weeklyHours: number | undefined;
  const hoursText = values['weekly-hours'];
  if (hoursText !== undefined) {
    weeklyHours = Number(hoursText);
    if (hoursText.trim() === '' || !Number.isFinite(weeklyHours) || !(weeklyHours > 0))
      throw new UsageError(`--weekly-hours must be a number > 0, got "${hoursText}"`);
  }
  let exclude: string[] | undefined;
  if (values.exclude !== undefined) {
    exclude = values.exclude.flatMap((list) => list.split(',')).map((id) => id.trim());
    if (exclude.some((id) => id === '')) {
      throw new UsageError('--exclude takes credential ids separated by commas, with none empty');
    }
  }
  return {
    catalog,
    target,
    batch,
    have: values.have,
    wallet: values.wallet,
    ...(values.aliases !== undefined ? { aliases: values.aliases } : {}),
    asOf,
    objective: objective as Objective | undefined,
    json: values.json ?? false,
    timeBudgetMs,
    ...(maxWeeks !== undefined ? { maxWeeks } : {}),
    ...(maxCost !== undefined ? { maxCost } : {}),
    ...(exclude !== undefined ? { exclude } : {}),
    ...(weeklyHours !== undefined ? { weeklyHours } : {}),
  };
}

function parse(args: string[]) {
  return parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      catalog: { type: 'string' },
      target: { type: 'string' },
      have: { type: 'string', multiple: true },
      wallet: { type: 'string' },
      aliases: { type: 'string' },
      'as-of': { type: 'string' },
      objective: { type: 'string' },
      json: { type: 'boolean' },
      batch: { type: 'string' },
      'time-budget': { type: 'string' },
      'max-weeks': { type: 'string' },
      'max-cost': { type: 'string' },
      exclude: { type: 'string', multiple: true },
      'weekly-hours': { type: 'string' },
    },
  });
}

/** @returns today's date (UTC) as `YYYY-MM-DD`, the default `asOf` of the command line */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
