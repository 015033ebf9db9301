/**
 * The rules the weekly-hours schedulers are run under (set-schedules.ts tries every one): the list
 * scheduler's priority and placement rules, and the phase scheduler's layerings.
 */

/**
 * Which eligible step goes next: `order` the cone's dependency order (the rule for cheapest);
 * `earliest` the least unconstrained earliest start; `tail` the longest remaining chain to the target;
 * `latest` the least latest start that lets the target end by the set's own lower bound (its
 * critical path at fewest weeks, or its effort at H a week), each step with start days at its last
 * start day by then: the steps a term date waits on go first.
 */
export type PriorityRule = 'order' | 'earliest' | 'tail' | 'latest';

/**
 * The priority rules of the list portfolio (set-schedules.ts `listSchedule`), whose best the set
 * search samples around; `latest` runs beside the lane phase schedules (`laneSchedule`).
 */
export const PRIORITY_RULES: readonly PriorityRule[] = ['order', 'earliest', 'tail'];

/** How a self-paced step is placed: at its highest load (`full`), or to end earliest (`end`). */
export type PlacementRule = 'full' | 'end';

/** Every placement rule. */
export const PLACEMENT_RULES: readonly PlacementRule[] = ['end', 'full'];

/** How the steps are layered into phases. */
export type Layering = 'asap' | 'alap';

/** Both layerings. */
export const LAYERINGS: readonly Layering[] = ['asap', 'alap'];
