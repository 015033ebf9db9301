/**
 * The part of the CatalogStore contract about faults a publish causes in credentials it did not
 * send (issue 14: a publish is validated against the previous catalog, touching only what changed,
 * and must still find every fault whole validation finds): a credit threshold of another
 * provider's rule made unreachable, a cycle through existing credentials, found again after a valid
 * publish moved the store on. Run inside `describeCatalogStoreContract` for every store.
 */
import { expect, it } from 'vitest';
import {
  CatalogInvalidError,
  applyCatalogChange,
  validateCatalog,
  type CatalogChange,
} from '@pathwise/core';
import { makeCredential, richCatalog } from './catalog-fixtures.js';
import type { WithStore } from './describe-retire-contract.js';

/** @returns the `code path` of each fault the store refused `change` with, in order */
async function refusal(
  apply: (change: CatalogChange) => Promise<unknown>,
  change: CatalogChange,
): Promise<string[]> {
  try {
    await apply(change);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogInvalidError);
    return (error as CatalogInvalidError).faults.map((f) => `${f.code} ${f.path}`);
  }
  throw new Error('expected a refusal');
}

/**
 * Declares the tests (call inside the contract's describe block).
 * @param withStore - runs a body on a fresh store with a seed
 */
export function describePublishFaultsContract(withStore: WithStore): void {
  it('refuses a publish that breaks rules of credentials it did not send, as whole validation does', async () => {
    await withStore(richCatalog(), async (store) => {
      const apply = (change: CatalogChange): Promise<unknown> => store.apply(change);
      // py loses its credits: uni's msc needs 3 credits of py, sql, viz (now 0 + 1.5 + 1). viz
      // requires analyst, which requires viz among two of three: a cycle.
      const breaking: CatalogChange = {
        kind: 'publish',
        provider: 'corp',
        credentials: [
          makeCredential('py', 'corp', { credits: 0 }),
          makeCredential('viz', 'corp', { credits: 1, requires: 'analyst' }),
        ],
      };
      expect(await refusal(apply, breaking)).toEqual([
        'UNREACHABLE_CREDITS catalog.credentials[5].requires.any[0].credits',
        'CYCLE credentials[1].requires',
      ]);
      // The same faults as validating the whole resulting catalog.
      const whole = validateCatalog(applyCatalogChange(richCatalog(), breaking));
      expect(whole.ok ? [] : whole.faults.map((f) => f.code)).toEqual([
        'UNREACHABLE_CREDITS',
        'CYCLE',
      ]);
      expect(await store.currentVersion()).toBe(1);
      // A valid publish moves the store on; a later one closing a cycle through it is refused.
      await store.apply({
        kind: 'publish',
        provider: 'corp',
        credentials: [makeCredential('capstone', 'corp', { requires: 'msc' })],
      });
      const closing: CatalogChange = {
        kind: 'publish',
        provider: 'corp',
        credentials: [makeCredential('py', 'corp', { credits: 2, requires: 'capstone' })],
      };
      expect(await refusal(apply, closing)).toEqual(['CYCLE credentials[0].requires']);
      expect(await store.currentVersion()).toBe(2);
      await store.apply({
        kind: 'publish',
        provider: 'corp',
        credentials: [makeCredential('py', 'corp', { credits: 2, effortHours: 15 })],
      });
      expect(await store.currentVersion()).toBe(3);
    });
  });
}
