/**
 * `pathwise plan`: the cheapest or fastest plan to a target (plan-v1.md "Interfaces"), as a table
 * or, with --json, the plan and nothing else; or with --batch, one plan per line of a JSON-lines file
 * from one planner; --max-weeks, --max-cost, --exclude and --weekly-hours constrain it (a line's own
 * fields win).
 * Exit 0 for a plan (feasible or not), 2 for bad input.
 */
import { InvalidInputError } from '@pathwise/core';
import { createPlanner } from '@pathwise/engine';
import type { Command } from './command.js';
import { EXIT_INTERNAL, EXIT_OK } from '../io.js';
import { readCatalogFile } from '../read-catalog-file.js';
import { holdingsFromFlags } from '../plan/holdings-from-flags.js';
import { PLAN_USAGE, parsePlanFlags, todayIso } from '../plan/plan-flags.js';
import { renderPlanTable } from '../plan/render-plan-table.js';
import { runBatch } from '../plan/run-batch.js';

/** The `plan` sub-command. */
export const planCommand: Command = {
  name: 'plan',
  summary: 'the cheapest or fastest plan to a target credential (or a batch of queries)',
  usage: 'pathwise plan --catalog FILE (--target ID | --batch FILE)',
  async run(args, io) {
    if (args.includes('--help') || args.includes('-h')) {
      io.out(`usage: ${PLAN_USAGE}\n`);
      return EXIT_OK;
    }
    const flags = parsePlanFlags(args);
    let batchText: string | undefined;
    if (flags.batch !== undefined) {
      try {
        batchText = await io.readText(flags.batch);
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        throw new InvalidInputError(`cannot read ${flags.batch}: ${reason}`);
      }
    }
    const planner = createPlanner(await readCatalogFile(flags.catalog, io));
    const asOf = flags.asOf ?? todayIso();
    const objective = flags.objective ?? 'cheapest';
    const constraints = {
      ...(flags.maxWeeks !== undefined ? { maxWeeks: flags.maxWeeks } : {}),
      ...(flags.maxCost !== undefined ? { maxCost: flags.maxCost } : {}),
      ...(flags.exclude !== undefined ? { exclude: flags.exclude } : {}),
      ...(flags.weeklyHours !== undefined ? { weeklyHours: flags.weeklyHours } : {}),
    };
    const holdings =
      flags.batch === undefined
        ? await holdingsFromFlags(flags, io, { index: planner.index, asOf })
        : [];
    if (batchText !== undefined) {
      const outcome = runBatch(
        batchText,
        planner,
        { asOf, objective, timeBudgetMs: flags.timeBudgetMs, ...constraints },
        io,
      );
      if (outcome.internal > 0) {
        io.err(
          `pathwise: internal error on ${outcome.internal} batch line(s); see their "INTERNAL" errors\n`,
        );
        return EXIT_INTERNAL;
      }
      return EXIT_OK;
    }
    const plan = planner.plan({
      target: flags.target!,
      have: holdings,
      asOf,
      objective,
      ...(flags.timeBudgetMs !== undefined ? { timeBudgetMs: flags.timeBudgetMs } : {}),
      ...constraints,
    });
    io.out(flags.json ? `${JSON.stringify(plan)}\n` : renderPlanTable(plan, planner.index));
    return EXIT_OK;
  },
};
