/**
 * A wallet (Open Badges 3.0 / CLR 2.0) as holdings for PlanInput.wallet.
 * Not wired yet: @pathwise/interop's holdingsFromWallet has not landed; until it does a wallet is refused.
 */
import type { CatalogIndex } from '@pathwise/core';
import { InvalidInputError } from '@pathwise/core';
import type { WalletReportParent } from './parents.js';

/**
 * @param wallet - the wallet JSON
 * @param index - the catalog to match achievements against
 * @param asOf - the date expiry is judged at
 * @returns the holdings and what could not be used
 * @throws InvalidInputError (BAD_USER_INPUT) while wallet import is unavailable
 */
export function walletHoldings(wallet: unknown, index: CatalogIndex, asOf?: string): WalletReportParent {
  void wallet;
  void index;
  void asOf;
  throw new InvalidInputError('wallet input is not supported by this server yet');
}
