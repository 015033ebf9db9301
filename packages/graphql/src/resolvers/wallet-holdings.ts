/**
 * A wallet (Open Badges 3.0 / CLR 2.0, VC 1.1 or 2.0) as holdings for PlanInput.wallet, through
 * @pathwise/interop's holdingsFromWallet; what could not be used is reported back with the plan.
 */
import type { CatalogIndex } from '@pathwise/core';
import { holdingsFromWallet } from '@pathwise/interop';
import type { WalletReportParent } from './parents.js';

/**
 * @param wallet - the wallet JSON (a credential, a presentation, a CLR, a list; or JSON text / a JWT)
 * @param index - the catalog to match achievements against
 * @param asOf - the date expiry is judged at (default today)
 * @returns the holdings and what was unmatched or expired
 * @throws ImportInvalidError (BAD_USER_INPUT) when the wallet holds no readable achievement credential
 * @throws InvalidInputError (BAD_USER_INPUT) for a malformed asOf
 */
export function walletHoldings(
  wallet: unknown,
  index: CatalogIndex,
  asOf?: string,
): WalletReportParent {
  const result = holdingsFromWallet(wallet, index, { asOf: asOf || undefined });
  return {
    holdings: result.holdings,
    unmatched: result.unmatched,
    expired: result.expired,
    warnings: result.warnings,
  };
}
