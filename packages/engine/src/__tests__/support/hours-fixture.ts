/**
 * Test support: what a weekly-hours scheduler is called with (the compact index, the query's hours
 * model, a workspace with its held set and the target's cone), built for a catalog and a query as
 * the planner builds them, for tests that call a scheduler directly.
 */
import { parseCatalog, type Catalog, type Holding } from '@pathwise/core';
import { compileIndex, type CompactIndex } from '../../compile/compact-index.js';
import { Workspace } from '../../compile/workspace.js';
import { HoursModel, hoursTablesOf } from '../../hours/hours-model.js';
import { credentialMap } from './requirement-met-at.js';
import { heldSet } from './held-set.js';

/** A scheduler's inputs for one query. */
export interface HoursFixture {
  index: CompactIndex;
  model: HoursModel;
  /** Workspace with the query's held set. */
  ws: Workspace;
  /** The target's cone in post-order (target last). */
  order: Int32Array;
  /** @returns the credential ints of these ids */
  ints: (ids: readonly string[]) => number[];
}

/**
 * @param catalog - a catalog (v2 for hours)
 * @param q - the target, holdings and asOf (also week 0)
 * @param weeklyHours - the budget H
 * @returns the scheduler's inputs
 */
export function hoursFixture(
  catalog: Catalog,
  q: { target: string; have: readonly Holding[]; asOf: string },
  weeklyHours: number,
): HoursFixture {
  const parsed = parseCatalog(catalog);
  const index = compileIndex(parsed);
  const model = new HoursModel(index, hoursTablesOf(index), weeklyHours, q.asOf);
  const ints = (ids: readonly string[]): number[] => ids.map((id) => index.idOf.get(id)!);
  const ws = new Workspace(index);
  ws.setHeld(ints([...heldSet(credentialMap(parsed), q.have, q.asOf, true)]));
  return { index, model, ws, order: ws.cone(index.idOf.get(q.target)!), ints };
}
