/**
 * Return on investment (plan-v2 `currentAnnualEarnings`, `paybackMonths`): how many months of the
 * reached credential's median earnings, over the learner's current earnings, repay the plan's cost.
 * The arithmetic only; attach-payback.ts decides which credential's outcomes count.
 */

/**
 * `paybackMonths = totalCost / ((median − current) / 12)`: the months, counted from the week the plan
 * holds its target, that the monthly uplift takes to add up to the plan's total cost.
 * @param totalCost - the plan's total cost (>= 0)
 * @param medianAnnualEarnings - the reached credential's `outcomes.medianAnnualEarnings`
 * @param currentAnnualEarnings - the learner's earnings now
 * @returns the months (0 for a plan that costs nothing), or undefined when there is no uplift
 *   (the median is not above current earnings): such a plan never pays back
 */
export function paybackMonths(
  totalCost: number,
  medianAnnualEarnings: number,
  currentAnnualEarnings: number,
): number | undefined {
  const monthlyUplift = (medianAnnualEarnings - currentAnnualEarnings) / 12;
  if (!(monthlyUplift > 0)) return undefined;
  return totalCost / monthlyUplift;
}
