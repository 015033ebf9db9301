/**
 * Turns the holding flags of `pathwise plan` into holdings. This is the one place that does so:
 * `--have ID[@YYYY-MM-DD],…` and `--wallet FILE` (Open Badges 2.0 / 3.0 / CLR 2.0 credentials: JSON,
 * JWT, baked PNG or SVG; proofs verified offline where they can be), with `--aliases FILE` (a JSON
 * object, alias → credential id: a learner's or board's own names for catalog credentials).
 */
import type { CatalogIndex, Holding } from '@pathwise/core';
import { InvalidInputError } from '@pathwise/core';
import { holdingsFromWallet, readJsonText, verifyWalletProofs } from '@pathwise/interop';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';

/** The flags that say what the learner holds. */
export interface HoldingFlags {
  /** Values of `--have`, each a comma-separated list of `ID` or `ID@YYYY-MM-DD`. */
  have?: string[];
  /** A wallet file: one verifiable credential, a CLR, a presentation or a list of them. */
  wallet?: string;
  /** A JSON file mapping aliases (achievement ids, badge template URLs, exam codes) to credential ids. */
  aliases?: string;
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
  const aliases = flags.aliases !== undefined ? await readAliases(flags.aliases, io) : {};
  for (const list of flags.have ?? []) {
    for (const entry of list.split(',')) {
      const text = entry.trim();
      if (text === '') throw new UsageError(`--have has an empty entry in "${list}"`);
      const at = text.lastIndexOf('@');
      if (at < 0) {
        holdings.push({ id: Object.hasOwn(aliases, text) ? aliases[text]! : text });
        continue;
      }
      const written = text.slice(0, at);
      const id = Object.hasOwn(aliases, written) ? aliases[written]! : written;
      const earnedOn = text.slice(at + 1);
      if (id === '') throw new UsageError(`--have entry "${text}" has no credential id`);
      // The date is the engine's to check (resolveQuery), as for batch lines and GraphQL.
      holdings.push({ id, earnedOn });
    }
  }
  if (flags.wallet !== undefined)
    holdings.push(...(await walletHoldings(flags.wallet, io, context, aliases)));
  return holdings;
}

async function readAliases(file: string, io: CliIo): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await io.readText(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InvalidInputError(`cannot read aliases ${file}: ${reason}`);
  }
  const map = readJsonText(text);
  if (!map || typeof map !== 'object' || Array.isArray(map))
    throw new InvalidInputError(`aliases ${file} must be a JSON object: alias → credential id`);
  const bad = Object.entries(map).find(([, v]) => typeof v !== 'string' || v === '');
  if (bad)
    throw new InvalidInputError(
      `aliases ${file}: "${bad[0]}" must map to a credential id (a string)`,
    );
  return map as Record<string, string>;
}

async function walletHoldings(
  file: string,
  io: CliIo,
  context: HoldingContext,
  aliases: Record<string, string>,
): Promise<Holding[]> {
  let content: string | Uint8Array;
  try {
    content = io.readBytes ? await io.readBytes(file) : await io.readText(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InvalidInputError(`cannot read wallet ${file}: ${reason}`);
  }
  const proofs = await verifyWalletProofs(content);
  const wallet = holdingsFromWallet(content, context.index, {
    asOf: context.asOf,
    aliases,
    proofs,
  });
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
