/**
 * Creates a neo4j-driver Driver the way the store wants it: plain JS numbers for integers, basic auth
 * when a user is given, no auth token otherwise (a server with auth disabled), and bounded waits
 * (connecting, acquiring a pooled connection, retrying a transaction) so that a Neo4j that is down
 * surfaces as an error within `timeoutMs` rather than after the driver's 60 s defaults. Any URI the
 * driver takes works: `bolt://` for one server, `neo4j://` for a cluster (writes routed to the leader,
 * reads to followers).
 */
import neo4j from 'neo4j-driver';
import type { Driver, Session } from 'neo4j-driver';

/** Where Neo4j is. With auth disabled (the dev harness) any user and password are accepted. */
export interface Neo4jConnection {
  uri: string;
  user?: string;
  password?: string;
  /** Bound on connecting, acquiring a connection and retrying a transaction (default 5000 ms). */
  timeoutMs?: number;
}

/** The default of `Neo4jConnection.timeoutMs`. */
export const DEFAULT_NEO4J_TIMEOUT_MS = 5000;

/**
 * @param connection - URI and optional credentials
 * @returns a new driver (the caller closes it); it connects lazily
 */
export function connectNeo4j(connection: Neo4jConnection): Driver {
  const auth = connection.user
    ? neo4j.auth.basic(connection.user, connection.password ?? '')
    : undefined;
  const timeoutMs = connection.timeoutMs ?? DEFAULT_NEO4J_TIMEOUT_MS;
  return neo4j.driver(connection.uri, auth, {
    disableLosslessIntegers: true,
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxTransactionRetryTime: timeoutMs,
  });
}

/**
 * A session that shares the driver's bookmark manager with `executeQuery`, so that on a cluster every
 * read of this process comes after its own writes (read-your-writes), wherever it is routed.
 * @param driver - an open driver
 * @param database - the database, or undefined for the default
 * @param mode - READ (routed to a follower on a cluster) or WRITE (to the leader)
 * @returns a new session (the caller closes it)
 */
export function sharedSession(
  driver: Driver,
  database: string | undefined,
  mode: 'READ' | 'WRITE',
): Session {
  return driver.session({
    database,
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
}
