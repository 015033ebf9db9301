/**
 * Test support: the week grid of the offers cases, 13/12 weeks, on which a month (52/12 weeks) is 4
 * grids, so the exhaustive oracle's whole-grid schedules (its `gridWeeks`) bill months exactly.
 */
export const GRID = 13 / 12;
