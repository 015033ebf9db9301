/**
 * Creates a neo4j-driver Driver the way the store wants it: plain JS numbers for integers, basic auth
 * when a user is given, no auth token otherwise (a server with auth disabled).
 */
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';

/** Where Neo4j is. With auth disabled (the dev harness) any user and password are accepted. */
export interface Neo4jConnection {
  uri: string;
  user?: string;
  password?: string;
}

/**
 * @param connection - URI and optional credentials
 * @returns a new driver (the caller closes it); it connects lazily
 */
export function connectNeo4j(connection: Neo4jConnection): Driver {
  const auth = connection.user
    ? neo4j.auth.basic(connection.user, connection.password ?? '')
    : undefined;
  return neo4j.driver(connection.uri, auth, { disableLosslessIntegers: true });
}
