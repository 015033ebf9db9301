/**
 * The keepFor frontier catalog (test-support's frontierKeepCatalog) and the months the interface tests
 * keep its target: 30, two renewals.
 */
export { frontierKeepCatalog } from '@pathwise/test-support';

/** The months the interface tests keep the target. */
export const KEEP_FOR = 30;
