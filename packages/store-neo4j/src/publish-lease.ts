/**
 * The publish lease: one writer at a time per catalog, across transactions. A publish is written in
 * many bounded transactions, so it cannot hold the CatalogMeta row lock from start to end; instead it
 * takes a lease on CatalogMeta (`leaseOwner`, `leaseUntil`, `pending` = the version being written),
 * renews it in every batch (each batch locks CatalogMeta first and checks it still owns the lease:
 * a fence against a writer that was presumed dead; and extends it again as its last statement, so a
 * batch longer than the lease does not leave it expired at commit), keeps it alive between batches
 * with a heartbeat, and gives it up in the switch. The heartbeat lets the lease be short: a writer
 * killed mid-way leaves it to expire within one lease; the next writer (or a restart) takes it over
 * and removes the dead writer's orphans (nodes tagged with a version above the published one) before
 * anything else.
 *
 * Written by hand: Neo4j has no cross-transaction lock, and neo4j-driver offers none.
 */
import { randomUUID } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { PathwiseError } from '@pathwise/core';
import { toNumber } from './wrap-error.js';
import { sharedSession } from './connect.js';

/** A lease held by this process on one catalog, for writing version `version`. */
export interface PublishLease {
  catalog: string;
  database: string | undefined;
  owner: string;
  /** The version the publish writes (the published one + 1). */
  version: number;
  ttlMs: number;
}

/** The lease's default length: how long a writer killed mid-publish blocks the next one. */
export const DEFAULT_LEASE_MS = 10_000;

/** What `tryAcquireLease` found. */
export type LeaseAttempt =
  | { kind: 'acquired'; lease: PublishLease; orphans: boolean; nextOrder: number }
  | { kind: 'stale'; version: number }
  | { kind: 'busy' };

/**
 * One try to take the lease for the version after `baseVersion`.
 * @returns acquired (and whether a dead writer may have left orphans), stale (the catalog moved past
 *   `baseVersion`), or busy (another live writer holds it)
 */
export async function tryAcquireLease(
  driver: Driver,
  lease: Omit<PublishLease, 'owner' | 'version'>,
  baseVersion: number,
): Promise<LeaseAttempt> {
  const owner = randomUUID();
  const session = sharedSession(driver, lease.database, 'WRITE');
  try {
    return await session.executeWrite(async (tx): Promise<LeaseAttempt> => {
      const result = await tx.run(
        `MATCH (m:CatalogMeta {catalog: $catalog})
         SET m.lockedAt = timestamp()
         RETURN m.version AS version, m.leaseOwner AS leaseOwner,
                m.leaseUntil < timestamp() AS expired, m.pending AS pending,
                m.nextOrder AS nextOrder`,
        { catalog: lease.catalog },
      );
      const row = result.records[0];
      if (!row) throw new PathwiseError('STORE_UNAVAILABLE', `catalog "${lease.catalog}" is gone`);
      const version = toNumber(row.get('version'));
      if (version !== baseVersion) return { kind: 'stale', version };
      if (row.get('leaseOwner') !== null && row.get('expired') !== true) return { kind: 'busy' };
      await tx.run(
        `MATCH (m:CatalogMeta {catalog: $catalog})
         SET m.leaseOwner = $owner, m.leaseUntil = timestamp() + $ttl, m.pending = $pending`,
        { catalog: lease.catalog, owner, ttl: lease.ttlMs, pending: version + 1 },
      );
      return {
        kind: 'acquired',
        lease: { ...lease, owner, version: version + 1 },
        orphans: row.get('pending') !== null,
        nextOrder: toNumber(row.get('nextOrder') ?? 0),
      };
    });
  } finally {
    await session.close();
  }
}

/**
 * Locks CatalogMeta inside `tx`, checks the lease is still ours and renews it. Every batch of a
 * publish starts with this.
 * @throws PathwiseError CONFLICT when another writer took the lease over (this one was presumed dead)
 */
export async function renewLease(tx: ManagedTransaction, lease: PublishLease): Promise<void> {
  const result = await tx.run(
    `MATCH (m:CatalogMeta {catalog: $catalog}) WHERE m.leaseOwner = $owner
     SET m.leaseUntil = timestamp() + $ttl RETURN m.version AS version`,
    { catalog: lease.catalog, owner: lease.owner, ttl: lease.ttlMs },
  );
  const row = result.records[0];
  if (!row || toNumber(row.get('version')) !== lease.version - 1)
    throw new PathwiseError(
      'CONFLICT',
      `the publish lease on catalog "${lease.catalog}" expired and was taken over`,
    );
}

/** Extends a lease this writer owns (timestamp() is the time of this statement, not of its tx). */
const EXTEND = `MATCH (m:CatalogMeta {catalog: $catalog}) WHERE m.leaseOwner = $owner
  SET m.leaseUntil = timestamp() + $ttl`;

/**
 * Extends the lease every third of its length until stopped, each time in a small transaction of its
 * own (waiting for the CatalogMeta lock behind a running batch, which extends the lease itself). It
 * fences nothing: a lease taken over is not extended (the owner differs), and the next batch fails.
 * @returns stop: ends the heartbeat and waits for an extension in flight
 */
export function keepLeaseAlive(driver: Driver, lease: PublishLease): { stop(): Promise<void> } {
  let inFlight: Promise<unknown> | undefined;
  const beat = () => {
    if (inFlight) return; // the last beat still waits for the lock: one at a time
    inFlight = driver
      .executeQuery(
        EXTEND,
        { catalog: lease.catalog, owner: lease.owner, ttl: lease.ttlMs },
        { database: lease.database },
      )
      .catch(() => undefined) // a failed beat is retried at the next; batches still fence
      .finally(() => {
        inFlight = undefined;
      });
  };
  const timer = setInterval(beat, Math.max(1, Math.floor(lease.ttlMs / 3)));
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await inFlight;
    },
  };
}

/**
 * Runs one batch of a publish in its own write transaction, fenced by the lease.
 * @param work - the batch's statements
 */
export async function leasedBatch(
  driver: Driver,
  lease: PublishLease,
  work: (tx: ManagedTransaction) => Promise<void>,
): Promise<void> {
  const session = sharedSession(driver, lease.database, 'WRITE');
  try {
    await session.executeWrite(async (tx) => {
      await renewLease(tx, lease);
      await work(tx);
      await tx.run(EXTEND, { catalog: lease.catalog, owner: lease.owner, ttl: lease.ttlMs });
    });
  } finally {
    await session.close();
  }
}

/**
 * Gives up a lease without publishing.
 * @param clean - true when nothing of the lease's version is left in the graph (the orphans were
 *   removed and nothing was written); false when the publish failed part-way, so that what it wrote
 *   stays marked as orphans (`pending`) for the next writer to remove
 */
export async function releaseLease(
  driver: Driver,
  lease: PublishLease,
  clean: boolean,
): Promise<void> {
  await driver.executeQuery(
    `MATCH (m:CatalogMeta {catalog: $catalog}) WHERE m.leaseOwner = $owner
     SET m.leaseOwner = null, m.leaseUntil = null
     FOREACH (_ IN CASE WHEN $clean THEN [1] ELSE [] END | SET m.pending = null)`,
    { catalog: lease.catalog, owner: lease.owner, clean },
    { database: lease.database },
  );
}
