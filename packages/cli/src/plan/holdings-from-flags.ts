/**
 * Turns the holding flags of `pathwise plan` into holdings. This is the one place that does so:
 * `--have ID[@YYYY-MM-DD],…` and `--wallet FILE` (Open Badges 3.0 / CLR 2.0 credentials).
 */
import type { CatalogIndex, Holding } from '@pathwise/core';
import { InvalidInputError } from '@pathwise/core';
import { holdingsFromWallet } from '@pathwise/interop';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';

/** The flags that say what the learner holds. */
export interface HoldingFlags {
  /** Values of `--have`, each a comma-separated list of `ID` or `ID@YYYY-MM-DD`. */
  have?: string[];
  /** A wallet file: one verifiable credential, a CLR, a presentation or a list of them. */
  wallet?: string;
}

/** What holdings are judged against: the catalog (to match wallet achievements) and the date. */
export interface HoldingContext {
  index: CatalogIndex;
  asOf: string;
}

/**
 * @param flags - the parsed holding flags
 * @param io - file access for the wallet; what the wallet could not match goes to stderr
 * @param context - the catalog and `asOf`
 * @returns the `--have` holdings in the order given, then the wallet's
 * @throws UsageError for an empty entry; InvalidInputError for an unreadable wallet;
 *   ImportInvalidError for a wallet with no readable achievement credential
 */
export async function holdingsFromFlags(
  flags: HoldingFlags,
  io: CliIo,
  context: HoldingContext,
): Promise<Holding[]> {
  const holdings: Holding[] = [];
  for (const list of flags.have ?? []) {
    for (const entry of list.split(',')) {
      const text = entry.trim();
      if (text === '') throw new UsageError(`--have has an empty entry in "${list}"`);
      const at = text.lastIndexOf('@');
      if (at < 0) {
        holdings.push({ id: text });
        continue;
      }
      const id = text.slice(0, at);
      const earnedOn = text.slice(at + 1);
      if (id === '') throw new UsageError(`--have entry "${text}" has no credential id`);
      // The date is the engine's to check (resolveQuery), as for batch lines and GraphQL.
      holdings.push({ id, earnedOn });
    }
  }
  if (flags.wallet !== undefined)
    holdings.push(...(await walletHoldings(flags.wallet, io, context)));
  return holdings;
}

async function walletHoldings(
  file: string,
  io: CliIo,
  context: HoldingContext,
): Promise<Holding[]> {
  let text: string;
  try {
    text = await io.readText(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InvalidInputError(`cannot read wallet ${file}: ${reason}`);
  }
  const wallet = holdingsFromWallet(text, context.index, { asOf: context.asOf });
  for (const u of wallet.unmatched) {
    io.err(
      `wallet: no catalog credential for achievement ${u.achievementId}${u.name ? ` (${u.name})` : ''}\n`,
    );
  }
  for (const e of wallet.expired) {
    io.err(
      `wallet: ${e.achievementId}${e.id ? ` (${e.id})` : ''} expired on ${e.validUntil}, not counted\n`,
    );
  }
  for (const w of wallet.warnings) io.err(`wallet: ${w}\n`);
  return wallet.holdings;
}
