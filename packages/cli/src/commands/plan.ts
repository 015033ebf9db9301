/**
 * `pathwise plan`: the cheapest or fastest plan to a target (plan-v1.md "Interfaces"), as a table
 * fitted to the terminal, the plan-v1 JSON (--json) or a CSV row; or with --batch, one plan per line
 * of a JSON-lines file (plan/run-batch-command.ts: streamed, on every core), with a summary on stderr. --max-weeks, --max-cost, --exclude
 * and --weekly-hours constrain it, --start-date dates it (a batch line's own fields win). The table
 * shows hours a week and the peak load, warning when a plan without a budget is heavier than full time. The flags are reshaped into a
 * PlanQuery and the engine checks it; an unknown id is reported with the nearest known ones.
 * Exit 0 for a plan (feasible or not), 2 for bad input.
 */
import { createPlanner, solverFor } from '@pathwise/engine';
import type { Command } from './command.js';
import { EXIT_OK, MIN_COLUMNS } from '../io.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { readPlanningCatalog } from '../read-planning-catalog.js';
import { holdingsFromFlags } from '../plan/holdings-from-flags.js';
import { PLAN_FLAGS, PLAN_USAGE, planFlags, queryLimits, todayIso } from '../plan/plan-flags.js';
import { renderPlanTable } from '../plan/render-plan-table.js';
import { runBatchCommand } from '../plan/run-batch-command.js';
import { cleanPlan } from '@pathwise/engine';
import { planCsvHeader, planCsvLine } from '../plan/plan-csv.js';
import { withSuggestions } from '../suggest/unknown-id-error.js';
import { inFlagWords } from '../plan/query-flag-names.js';

/** The `plan` sub-command. */
export const planCommand: Command = {
  name: 'plan',
  summary: 'the cheapest or fastest plan to a target credential (or a batch of queries)',
  usage: PLAN_USAGE,
  flags: PLAN_FLAGS,
  examples: [
    'pathwise plan --catalog catalog.json --target pmi-pmp --have generic-bachelors-degree',
    'pathwise plan --catalog catalog.json --target pmi-pmp --objective fastest --max-cost 1500 --json',
    'pathwise plan --catalog catalog.json --batch queries.jsonl --format csv > plans.csv',
  ],
  async run(args, io) {
    const flags = planFlags(parseCommandArgs(args, this).values);
    if (flags.batch !== undefined) return runBatchCommand(flags, io);
    const { catalog, compiled } = await readPlanningCatalog(flags.catalog, io);
    const planner = createPlanner(catalog, { compiled, mip: await solverFor(catalog) });
    const asOf = flags.asOf ?? todayIso();
    const objective = flags.objective ?? 'cheapest';
    const constraints = queryLimits(flags);
    let plan;
    try {
      const have = await holdingsFromFlags(flags, io, { index: planner.index, asOf });
      const explain = flags.explain ? { explain: true } : {};
      plan = planner.plan({
        target: flags.target!,
        have,
        asOf,
        objective,
        ...constraints,
        ...explain,
      });
    } catch (error) {
      throw inFlagWords(withSuggestions(error, planner.index));
    }
    if (flags.format === 'json') io.out(`${JSON.stringify(cleanPlan(plan))}\n`);
    else if (flags.format === 'csv') io.out(planCsvHeader() + planCsvLine({ plan }));
    else {
      const shown = { dates: flags.startDate !== undefined, weeklyHours: flags.weeklyHours };
      io.out(renderPlanTable(plan, planner.index, io.columns?.() ?? MIN_COLUMNS, shown));
    }
    return EXIT_OK;
  },
};
