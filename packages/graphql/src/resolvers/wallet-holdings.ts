/**
 * A wallet (Open Badges 2.0 / 3.0, CLR 2.0; JSON, a JWT or a baked SVG's text) as holdings, through
 * @pathwise/interop with the same checks as the CLI's `--wallet`: proofs verified offline
 * (verifyWalletProofs), then expiry, revocation and suspension judged by holdingsFromWallet. What
 * could not be counted is reported back with its reason. Used by PlanInput.wallet and
 * Query.walletHoldings.
 */
import type { CatalogIndex } from '@pathwise/core';
import { holdingsFromWallet, verifyWalletProofs } from '@pathwise/interop';
import type { PathwiseContext } from '../context.js';
import type { WalletReportParent } from './parents.js';

/**
 * @param wallet - the wallet JSON (a credential, a presentation, a CLR, a list; or JSON text / a JWT)
 * @param index - the catalog to match achievements against
 * @param asOf - the date expiry is judged at (default today)
 * @returns the holdings and what was unmatched, expired or rejected (revoked, suspended, bad proof)
 * @throws ImportInvalidError (BAD_USER_INPUT) when the wallet holds no readable achievement credential
 * @throws InvalidInputError (BAD_USER_INPUT) for a malformed asOf
 */
export async function walletHoldings(
  wallet: unknown,
  index: CatalogIndex,
  asOf?: string,
): Promise<WalletReportParent> {
  const proofs = await verifyWalletProofs(wallet);
  const result = holdingsFromWallet(wallet, index, { asOf: asOf || undefined, proofs });
  return {
    holdings: result.holdings,
    unmatched: result.unmatched,
    expired: result.expired,
    rejected: result.rejected,
    warnings: result.warnings,
  };
}

/**
 * Query.walletHoldings: what a wallet gives as holdings, before any plan (the page fills its
 * holdings with it).
 * @throws ImportInvalidError / InvalidInputError (BAD_USER_INPUT) as walletHoldings
 */
export async function walletHoldingsResolver(
  _root: unknown,
  args: { wallet: unknown; asOf?: string | null },
  ctx: PathwiseContext,
): Promise<WalletReportParent> {
  const view = await ctx.catalog();
  return walletHoldings(args.wallet, view.index, args.asOf ?? undefined);
}
