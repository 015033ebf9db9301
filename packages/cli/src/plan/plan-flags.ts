/**
 * The command line of `pathwise plan`: its flags (described for help, with their defaults) and their
 * reshaping into the fields of a PlanQuery. Only what is the command line's own is checked here:
 * which flags go together, and that a number is written as a number. Whether a value makes sense
 * (a deadline >= 0, a known objective, a real date) is the engine's resolveQuery's to say, so that
 * the CLI, batch lines and GraphQL give the same answer to the same input.
 */
import type { Objective, PlanQuery, Sponsor, Target } from '@pathwise/engine';
import { DEFAULT_TIME_BUDGET_MS } from '@pathwise/engine';
import type { FlagSpec } from '../commands/command.js';
import type { FlagValues } from '../parse-command-args.js';
import { booleanFlag, listFlag, stringFlag } from '../parse-command-args.js';
import { UsageError } from '../usage-error.js';
import type { HoldingFlags } from './holdings-from-flags.js';
import { TARGET_FORM_FLAGS, targetFormFlags } from './target-flags.js';
import type { ProgressMode } from './batch-progress.js';

/** The usage line of `pathwise plan`. */
export const PLAN_USAGE =
  'pathwise plan --catalog FILE (--target ID | --any-of ID,… | --skill S | --recognized-by R,… | --batch QUERIES.jsonl) [--have ID,…] [--wallet FILE] [options]';

/** How plans are printed. */
export type PlanFormat = 'table' | 'json' | 'csv';

/** Every flag of `pathwise plan`. */
export const PLAN_FLAGS: readonly FlagSpec[] = [
  {
    name: 'catalog',
    type: 'string',
    value: 'FILE',
    description: 'the catalog to plan over (pathwise.catalog/v1 or v2 JSON); required',
  },
  {
    name: 'target',
    type: 'string',
    value: 'ID',
    description: 'the credential to reach; `pathwise search TEXT --catalog FILE` finds ids',
  },
  ...TARGET_FORM_FLAGS,
  {
    name: 'batch',
    type: 'string',
    value: 'FILE',
    description:
      'plan every line of a JSON-lines file instead of one --target; see `pathwise help batch`',
  },
  {
    name: 'have',
    type: 'string',
    multiple: true,
    value: 'ID[@YYYY-MM-DD],…',
    description: 'credentials already held, with the date earned when they can lapse',
  },
  {
    name: 'wallet',
    type: 'string',
    value: 'FILE',
    description:
      'credentials already held, from an Open Badges 2.0/3.0 or CLR 2.0 wallet (JSON, VC-JWT, baked PNG or SVG)',
  },
  {
    name: 'aliases',
    type: 'string',
    value: 'FILE',
    description:
      'a JSON object mapping aliases (achievement ids, badge template URLs, exam codes) to credential ids, for --wallet and --have',
  },
  {
    name: 'as-of',
    type: 'string',
    value: 'YYYY-MM-DD',
    description: 'the date holdings lapse as of',
    default: 'today (UTC)',
  },
  {
    name: 'start-date',
    type: 'string',
    value: 'YYYY-MM-DD',
    description: "the day study starts (week 0); the table then shows each step's dates",
    default: 'the --as-of date',
  },
  {
    name: 'objective',
    type: 'string',
    value: 'cheapest|fastest',
    description: 'least total cost, or earliest finish week (either case)',
    default: 'cheapest',
  },
  {
    name: 'max-weeks',
    type: 'string',
    value: 'N',
    description: 'deadline: the target must be earned by week N (N >= 0)',
    default: 'none',
  },
  {
    name: 'max-cost',
    type: 'string',
    value: 'N',
    description: 'budget: the plan may cost at most N (N >= 0)',
    default: 'none',
  },
  {
    name: 'exclude',
    type: 'string',
    multiple: true,
    value: 'ID,…',
    description: 'credentials not to earn',
    default: 'none',
  },
  {
    name: 'weekly-hours',
    type: 'string',
    value: 'N',
    description: 'study at most N hours a week (N > 0); longer credentials stretch',
    default: 'no limit',
  },
  {
    name: 'sponsor-amount',
    type: 'string',
    value: 'N',
    description: 'a sponsor pays up to N of the eligible costs; cheapest minimises what you pay',
    default: 'none',
  },
  {
    name: 'sponsor-providers',
    type: 'string',
    multiple: true,
    value: 'ID,…',
    description: "only these providers' costs are eligible for the sponsor (with --sponsor-amount)",
    default: 'all',
  },
  {
    name: 'keep-for',
    type: 'string',
    value: 'MONTHS',
    description:
      'keep the target valid this many months after it is earned: the cost includes its renewals (paid, or by earning a credential)',
    default: 'none',
  },
  {
    name: 'current-earnings',
    type: 'string',
    value: 'N',
    description:
      'your annual earnings now (N >= 0): a plan to a credential with outcomes says in how many months it pays back',
    default: 'none',
  },
  {
    name: 'time-budget',
    type: 'string',
    value: 'MS',
    description:
      'milliseconds for the optimality proof; past it the plan says optimal: false with a proven bound',
    default: String(DEFAULT_TIME_BUDGET_MS),
  },
  {
    name: 'format',
    type: 'string',
    value: 'table|json|csv',
    description:
      'table: for reading; json: the plan-v1 JSON (one line per query with --batch); csv: one row per query',
    default: 'table, or json with --batch',
  },
  { name: 'json', type: 'boolean', description: 'the same as --format json' },
  {
    name: 'workers',
    type: 'string',
    value: 'N',
    description:
      'with --batch: planner threads (1 plans on the main thread); also PATHWISE_WORKERS',
    default: 'the number of cores',
  },
  {
    name: 'progress',
    type: 'string',
    value: 'auto|bar|lines|none',
    description:
      'with --batch: progress on stderr; auto draws a bar when stderr is a terminal, else nothing; lines prints a plain line every 5 s',
    default: 'auto',
  },
  {
    name: 'explain',
    type: 'boolean',
    description:
      'say why: each step, each choice and what the options passed over would have added, each holding used',
  },
];

/** What `pathwise plan` was asked, reshaped (not judged: the engine checks the values). */
export interface PlanFlags extends HoldingFlags {
  catalog: string;
  /** One query (with `target`: an id or a target form) or a batch file; exactly one is set. */
  target?: Target;
  batch?: string;
  /** The date holdings lapse as of; for a batch, the default of lines without one. */
  asOf?: string;
  /** Week 0's day; for a batch, the default of lines without one. */
  startDate?: string;
  /** Lower-cased; for a batch, the default of lines without one. */
  objective?: Objective;
  format: PlanFormat;
  timeBudgetMs?: number;
  /** Deadline week; for a batch, the default of lines without one. */
  maxWeeks?: number;
  /** Budget; for a batch, the default of lines without one. */
  maxCost?: number;
  /** Credentials not to earn; for a batch, the default of lines without one. */
  exclude?: string[];
  /** Weekly-hours budget; for a batch, the default of lines without one. */
  weeklyHours?: number;
  /** Attach and show the plan's explanation (one query only). */
  explain?: boolean;
  /** --batch: planner threads, when given (--workers or PATHWISE_WORKERS). */
  workers?: number;
  /** --batch: where progress goes. */
  progress?: 'auto' | ProgressMode;
  /** plan-v2 sponsor; for a batch, the default of lines without one. */
  sponsor?: Sponsor;
  /** The learner's annual earnings now; for a batch, the default of lines without one. */
  currentAnnualEarnings?: number;
  /** plan-v2 keepFor (months); for a batch, the default of lines without one. */
  keepFor?: number;
}

/**
 * @param values - the parsed flags of `pathwise plan`
 * @returns the flags reshaped into query fields
 * @throws UsageError for a missing or conflicting flag, or a number flag that is not a number
 */
export function planFlags(values: FlagValues): PlanFlags {
  const catalog = stringFlag(values, 'catalog');
  const target = stringFlag(values, 'target');
  const batch = stringFlag(values, 'batch');
  if (catalog === undefined)
    throw new UsageError(`--catalog FILE is required; see "pathwise help plan"`);
  const form = targetFormFlags(values);
  if ([target, form, batch].filter((x) => x !== undefined).length !== 1) {
    throw new UsageError(
      `give exactly one of --target ID (or --any-of, --skill, --recognized-by) and --batch FILE; see "pathwise help plan"`,
    );
  }
  const have = listFlag(values, 'have');
  const wallet = stringFlag(values, 'wallet');
  const aliases = stringFlag(values, 'aliases');
  if (
    batch !== undefined &&
    (have !== undefined || wallet !== undefined || aliases !== undefined)
  ) {
    throw new UsageError(
      '--have, --wallet and --aliases are for one query; a batch line gives its own "have"',
    );
  }
  const flags: PlanFlags = { catalog, format: planFormat(values, batch !== undefined) };
  const goal = target ?? form;
  if (goal !== undefined) flags.target = goal;
  if (batch !== undefined) flags.batch = batch;
  if (have !== undefined) flags.have = have;
  if (wallet !== undefined) flags.wallet = wallet;
  if (aliases !== undefined) flags.aliases = aliases;
  const asOf = stringFlag(values, 'as-of');
  if (asOf !== undefined) flags.asOf = asOf;
  const startDate = stringFlag(values, 'start-date');
  if (startDate !== undefined) flags.startDate = startDate;
  const objective = stringFlag(values, 'objective');
  if (objective !== undefined) flags.objective = objective.toLowerCase() as Objective;
  const timeBudgetMs = numberFlag(values, 'time-budget');
  if (timeBudgetMs !== undefined) flags.timeBudgetMs = timeBudgetMs;
  const maxWeeks = numberFlag(values, 'max-weeks');
  if (maxWeeks !== undefined) flags.maxWeeks = maxWeeks;
  const maxCost = numberFlag(values, 'max-cost');
  if (maxCost !== undefined) flags.maxCost = maxCost;
  const weeklyHours = numberFlag(values, 'weekly-hours');
  if (weeklyHours !== undefined) flags.weeklyHours = weeklyHours;
  const earnings = numberFlag(values, 'current-earnings');
  if (earnings !== undefined) flags.currentAnnualEarnings = earnings;
  const keepFor = numberFlag(values, 'keep-for');
  if (keepFor !== undefined) flags.keepFor = keepFor;
  if (booleanFlag(values, 'explain')) {
    if (batch !== undefined) throw new UsageError('--explain is for one query, not --batch');
    flags.explain = true;
  }
  const workers = stringFlag(values, 'workers');
  if (workers !== undefined) flags.workers = workerCount(workers, '--workers');
  const progress = stringFlag(values, 'progress')?.toLowerCase();
  if (progress !== undefined) {
    if (!['auto', 'bar', 'lines', 'none'].includes(progress))
      throw new UsageError(`--progress must be auto, bar, lines or none, got "${progress}"`);
    flags.progress = progress as PlanFlags['progress'] & string;
  }
  if ((workers !== undefined || progress !== undefined) && batch === undefined)
    throw new UsageError('--workers and --progress are for --batch');
  const sponsorAmount = numberFlag(values, 'sponsor-amount');
  const sponsorProviders = listFlag(values, 'sponsor-providers');
  if (sponsorProviders !== undefined && sponsorAmount === undefined)
    throw new UsageError('--sponsor-providers needs --sponsor-amount N');
  if (sponsorAmount !== undefined) {
    flags.sponsor = { amount: sponsorAmount };
    if (sponsorProviders !== undefined)
      flags.sponsor.providers = sponsorProviders
        .flatMap((l) => l.split(','))
        .map((id) => id.trim());
  }
  const exclude = listFlag(values, 'exclude');
  if (exclude !== undefined) {
    flags.exclude = exclude.flatMap((list) => list.split(',')).map((id) => id.trim());
    if (flags.exclude.some((id) => id === '')) {
      throw new UsageError('--exclude takes credential ids separated by commas, with none empty');
    }
  }
  return flags;
}

/** The environment variable that sets the number of batch worker threads when --workers is not given. */
export const WORKERS_ENV = 'PATHWISE_WORKERS';

/**
 * @param text - a worker count as written
 * @param source - where it was written, for the message
 * @returns the count
 * @throws UsageError unless it is a whole number from 1
 */
export function workerCount(text: string, source: string = WORKERS_ENV): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isSafeInteger(n) || n < 1)
    throw new UsageError(`${source} must be a whole number from 1, got "${text}"`);
  return n;
}

function planFormat(values: FlagValues, batch: boolean): PlanFormat {
  const format = stringFlag(values, 'format')?.toLowerCase();
  if (format !== undefined && format !== 'table' && format !== 'json' && format !== 'csv') {
    throw new UsageError(`--format must be table, json or csv, got "${format}"`);
  }
  if (booleanFlag(values, 'json')) {
    if (format !== undefined && format !== 'json')
      throw new UsageError(`--json and --format ${format} disagree; give one`);
    return 'json';
  }
  if (format === 'table' && batch)
    throw new UsageError('--batch prints json (one line per query) or csv, not a table');
  return format ?? (batch ? 'json' : 'table');
}

/**
 * @param flags - the reshaped flags
 * @returns the query's limits the flags give (deadline, budget, exclusions, weekly hours, time
 *   budget), its start date and the current earnings for payback
 */
export function queryLimits(
  flags: PlanFlags,
): Pick<
  PlanQuery,
  | 'maxWeeks'
  | 'maxCost'
  | 'exclude'
  | 'weeklyHours'
  | 'timeBudgetMs'
  | 'startDate'
  | 'sponsor'
  | 'currentAnnualEarnings'
  | 'keepFor'
> {
  // A field given as undefined counts as absent (the engine's query check).
  return {
    startDate: flags.startDate,
    maxWeeks: flags.maxWeeks,
    maxCost: flags.maxCost,
    exclude: flags.exclude,
    weeklyHours: flags.weeklyHours,
    timeBudgetMs: flags.timeBudgetMs,
    sponsor: flags.sponsor,
    currentAnnualEarnings: flags.currentAnnualEarnings,
    keepFor: flags.keepFor,
  };
}

/** A number flag as a number: its range is the engine's to check, not whether it is a number. */
function numberFlag(values: FlagValues, name: string): number | undefined {
  const text = stringFlag(values, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || Number.isNaN(value)) {
    throw new UsageError(`--${name} must be a number, got "${text}"`);
  }
  return value;
}

/** @returns today's date (UTC) as `YYYY-MM-DD`, the default `asOf` of the command line */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
