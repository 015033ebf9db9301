/**
 * Turns the holding flags of `pathwise plan` into holdings. This is the one place that does so:
 * `--have ID[@YYYY-MM-DD],…` today; other sources of holdings (a wallet file) belong here too.
 */
import type { Holding } from '@pathwise/core';
import { parseIsoDate } from '@pathwise/core';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';

/** The flags that say what the learner holds. */
export interface HoldingFlags {
  /** Values of `--have`, each a comma-separated list of `ID` or `ID@YYYY-MM-DD`. */
  have?: string[];
}

/**
 * @param flags - the parsed holding flags
 * @param io - file access, for holding sources kept in files
 * @returns the holdings, in the order given
 * @throws UsageError for an empty entry; InvalidInputError for a date that is not YYYY-MM-DD
 */
export async function holdingsFromFlags(flags: HoldingFlags, io: CliIo): Promise<Holding[]> {
  void io;
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
      parseIsoDate(earnedOn, `--have date of "${id}"`);
      holdings.push({ id, earnedOn });
    }
  }
  return holdings;
}
