/**
 * What cheapest's branch and bound shares between its parts (the bound, the realisation and the
 * search): the cone, its shape, the tree DP and the IN / OUT decisions on shared credentials.
 */
import type { Workspace } from '../compile/workspace.js';
import { ConeDp } from './cone-dp.js';
import { ChoiceMemo } from './choice-memo.js';
import { coneShape } from './cone-shape.js';
import { occurrenceTable, type OccurrenceTable } from './occurrences.js';
import { IN } from '../search/decision-search.js';

/** The state of one cheapest search. */
export class CheapestState {
  /** Target's local index (the cone's last). */
  readonly target: number;
  /** How many times each local credential is named in the cone. */
  readonly occurrences: Int32Array;
  /** The occurrences of shared credentials (named twice or more). */
  readonly occ: OccurrenceTable;
  /** Per local index: UNDECIDED, IN or OUT (only shared credentials are decided). */
  readonly decision: Uint8Array;
  /** The tree DP over the cone. */
  readonly dp: ConeDp;
  /** The DP's choices per credential, kept for its last evaluation. */
  readonly choices: ChoiceMemo;

  /**
   * @param ws - workspace with the query's held set and cone
   * @param order - the cone in post-order (target last)
   */
  constructor(
    readonly ws: Workspace,
    readonly order: Int32Array,
  ) {
    const m = order.length;
    this.target = m - 1;
    const { occurrences, mandatory } = coneShape(ws, order);
    this.occurrences = occurrences;
    this.occ = occurrenceTable(ws, order, (l) => this.isShared(l));
    this.decision = new Uint8Array(m);
    // Shared credentials every plan earns are IN from the start.
    for (let l = 0; l < m; l++) if (this.isShared(l) && mandatory[l]) this.decision[l] = IN;
    this.dp = new ConeDp(ws, order);
    this.choices = new ChoiceMemo(ws, order, this.dp);
  }

  /** @returns whether the credential at local index `l` is named twice or more */
  isShared(l: number): boolean {
    return this.occurrences[l]! >= 2;
  }

  /** @returns the cost of the credentials marked in `marks` (by local index) */
  costOf(marks: Uint8Array): number {
    let cost = 0;
    for (let l = 0; l < marks.length; l++)
      if (marks[l]) cost += this.ws.index.cost[this.order[l]!]!;
    return cost;
  }
}
