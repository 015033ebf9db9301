/**
 * @pathwise/engine: the catalog as a graphology graph, exact cheapest and fastest planners, schedules.
 */
export * from './plan-types.js';
export * from './planner.js';
