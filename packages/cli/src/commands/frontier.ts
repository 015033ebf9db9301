/**
 * `pathwise frontier`: the exact cost-time frontier to a target (plan-v2 "Frontier"): every plan no
 * other plan beats on both cost and weeks, fastest first, as a table fitted to the terminal or the
 * frontier JSON (--json). It takes the flags of `pathwise plan` for one query, except --objective
 * (the frontier spans both) and --batch; under --keep-for each cost includes the upkeep (the table's
 * upkeep column) and the weeks count until the target is held. Exit 0 for a frontier (even an empty
 * one), 2 for bad input.
 */
import { createPlanner, solverFor } from '@pathwise/engine';
import type { Command } from './command.js';
import { EXIT_OK, MIN_COLUMNS } from '../io.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { readPlanningCatalog } from '../read-planning-catalog.js';
import { holdingsFromFlags } from '../plan/holdings-from-flags.js';
import { PLAN_FLAGS, planFlags, queryLimits, todayIso } from '../plan/plan-flags.js';
import { withSuggestions } from '../suggest/unknown-id-error.js';
import { inFlagWords } from '../plan/query-flag-names.js';
import { UsageError } from '../usage-error.js';
import { cleanFrontier, renderFrontierTable } from '../frontier/render-frontier-table.js';

const NOT_HERE = new Set(['batch', 'objective', 'format', 'explain']);

/** The `frontier` sub-command. */
export const frontierCommand: Command = {
  name: 'frontier',
  summary: 'every plan to a target that no other beats on both cost and weeks (the trade-offs)',
  usage:
    'pathwise frontier --catalog FILE (--target ID | --any-of ID,… | --skill S | --recognized-by R,…) [--have ID,…] [--wallet FILE] [options of plan]',
  flags: [
    ...PLAN_FLAGS.filter((f) => !NOT_HERE.has(f.name)),
    {
      name: 'format',
      type: 'string',
      value: 'table|json',
      description: 'table: for reading; json: the frontier JSON',
      default: 'table',
    },
  ],
  examples: [
    'pathwise frontier --catalog catalog.json --target microsoft-sc-100',
    'pathwise frontier --catalog catalog.json --target pmi-pmp --have generic-bachelors-degree --max-cost 3000 --json',
    'pathwise frontier --catalog catalog.json --target comptia-security-plus --keep-for 80',
  ],
  async run(args, io) {
    const flags = planFlags(parseCommandArgs(args, this).values);
    if (flags.format === 'csv') throw new UsageError('--format must be table or json for frontier');
    const { catalog, compiled } = await readPlanningCatalog(flags.catalog, io);
    const planner = createPlanner(catalog, { compiled, mip: await solverFor(catalog) });
    const asOf = flags.asOf ?? todayIso();
    let frontier;
    try {
      const have = await holdingsFromFlags(flags, io, { index: planner.index, asOf });
      frontier = planner.frontier({ target: flags.target!, have, asOf, ...queryLimits(flags) });
    } catch (error) {
      throw inFlagWords(withSuggestions(error, planner.index));
    }
    if (flags.format === 'json') io.out(`${JSON.stringify(cleanFrontier(frontier))}\n`);
    else io.out(renderFrontierTable(frontier, planner.index, io.columns?.() ?? MIN_COLUMNS));
    return EXIT_OK;
  },
};
