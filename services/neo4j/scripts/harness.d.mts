// Types of harness.mjs for the TypeScript tests and benchmarks that import it.
/**
 * Starts a throw-away Neo4j for tests; `env` holds PATHWISE_TEST_NEO4J_URI/_USER/_PASSWORD, or nothing;
 * `pid` is its JVM's (absent when nothing was started).
 */
export function startForTests(
  env?: Record<string, string | undefined>,
): Promise<{ env: Record<string, string>; pid?: number }>;
/** Stops what startForTests started. */
export function stopForTests(): Promise<void>;
/** Starts a Neo4j of the caller's own (to freeze or stop in a test); undefined without Java/Maven. */
export function startOwnNeo4j(
  env?: Record<string, string | undefined>,
): Promise<{ uri: string; pid: number; stop: () => Promise<void> } | undefined>;
