/**
 * The service's configuration from the environment: PORT, HOST, PATHWISE_CATALOG,
 * PATHWISE_DATA_DIR, PATHWISE_API_KEYS, NEO4J_* and PATHWISE_NEO4J_*, PATHWISE_STORE_TIMEOUT_MS,
 * LOG_LEVEL, LOG_FORMAT and the PATHWISE_MAX_* limits. Nothing else in the service reads process.env
 * for these.
 */
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LEASE_MS } from '@pathwise/store-neo4j';
import { DEFAULT_SERVICE_LIMITS, UNLIMITED_WHEN_ZERO, type ServiceLimits } from './limits.js';

/** The repository root (this file is services/api/{src,dist}/config.*). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The bundled example catalog, served when PATHWISE_CATALOG is not set. */
export const DEFAULT_CATALOG = resolve(repoRoot, 'examples/catalogs/tech-careers.json');

/** The Neo4j store's settings: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, PATHWISE_NEO4J_CATALOG. */
export interface Neo4jConfig {
  uri: string;
  user: string | undefined;
  password: string | undefined;
  /** The database; undefined: the server's default. */
  database: string | undefined;
  /** The catalog's name in the database (several may share one); default `default`. */
  catalog: string;
  /** Rows per transaction of a publish (PATHWISE_NEO4J_BATCH_SIZE, default 10 000). */
  batchSize: number;
  /** How long a dead writer's publish lease blocks others (PATHWISE_NEO4J_LEASE_MS, default 10 000). */
  leaseMs: number;
}

/**
 * The URI schemes neo4j-driver accepts: `bolt` (one server) and `neo4j` (routing: a cluster, reads
 * sent to readers), each plain, `+s` (TLS) or `+ssc` (TLS, self-signed).
 */
const NEO4J_SCHEMES = /^(bolt|neo4j)(\+s|\+ssc)?:\/\//;

function neo4jUri(uri: string): string {
  if (!NEO4J_SCHEMES.test(uri))
    throw new Error(
      `NEO4J_URI must start with bolt://, neo4j:// (a cluster), or their +s / +ssc forms, got "${uri.replace(/\/\/[^@/]*@/, '//[redacted]@')}"`,
    );
  return uri;
}

/** Where the service listens by default: this machine only (set HOST=0.0.0.0 in a container). */
export const DEFAULT_HOST = '127.0.0.1';

/** Everything main.ts needs to start the service. */
export interface ServiceConfig {
  port: number;
  /** The interface to listen on: loopback unless HOST says otherwise (`0.0.0.0` in a container). */
  host: string;
  /** The catalog that seeds a new store. */
  catalogPath: string;
  /** The file store's directory. */
  dataDir: string;
  /** The raw PATHWISE_API_KEYS value. */
  apiKeys: string | undefined;
  /** Where the Neo4j store is (NEO4J_URI set); undefined: the embedded file store. */
  neo4j: Neo4jConfig | undefined;
  logLevel: string;
  /** LOG_FORMAT (`pretty` or `json`); unset: pretty on a terminal, JSON otherwise. */
  logFormat: string | undefined;
  /** Planning worker threads (0: plan in the server's thread). */
  planWorkers: number;
  /** How long any store call may take before it fails with STORE_UNAVAILABLE (PATHWISE_STORE_TIMEOUT_MS). */
  storeTimeoutMs: number;
  /** Send a `Server-Timing` header on GraphQL answers (PATHWISE_SERVER_TIMING=1). */
  serverTiming: boolean;
  limits: ServiceLimits;
}

/** Planning workers by default: one per core but one, at least 1, at most 4. */
export const DEFAULT_PLAN_WORKERS = Math.min(4, Math.max(1, availableParallelism() - 1));

const LIMIT_VARS: Record<keyof ServiceLimits, string> = {
  maxPageSize: 'PATHWISE_MAX_PAGE_SIZE',
  planTimeBudgetMs: 'PATHWISE_PLAN_TIME_BUDGET_MS',
  batchPlanTimeBudgetMs: 'PATHWISE_BATCH_PLAN_TIME_BUDGET_MS',
  maxReachableTargets: 'PATHWISE_MAX_REACHABLE_TARGETS',
  requestPlanBudgetMs: 'PATHWISE_REQUEST_PLAN_BUDGET_MS',
  maxPublishCredentials: 'PATHWISE_MAX_PUBLISH_CREDENTIALS',
  maxBodyBytes: 'PATHWISE_MAX_BODY_BYTES',
  maxDepth: 'PATHWISE_MAX_DEPTH',
  maxAliases: 'PATHWISE_MAX_ALIASES',
  maxCost: 'PATHWISE_MAX_COST',
  // Fairness: the planning queue's bounds and per-client request rates (0: no rate limit).
  maxQueuedPlans: 'PATHWISE_MAX_QUEUED_PLANS',
  quickPlanMs: 'PATHWISE_QUICK_PLAN_MS',
  mainLaneNice: 'PATHWISE_MAIN_LANE_NICE',
  maxQueuedPlansPerClient: 'PATHWISE_MAX_QUEUED_PLANS_PER_CLIENT',
  rateLimitPerKey: 'PATHWISE_RATE_LIMIT_PER_KEY',
  rateLimitPerAddress: 'PATHWISE_RATE_LIMIT_PER_ADDRESS',
};

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be an integer ≥ ${min}, got "${text}"`);
  }
  return value;
}

/**
 * @param env - the environment (process.env)
 * @returns the configuration, with defaults filled in
 * @throws Error naming the variable whose value is malformed
 */
export function readConfig(env: NodeJS.ProcessEnv): ServiceConfig {
  const limits = { ...DEFAULT_SERVICE_LIMITS };
  for (const [key, name] of Object.entries(LIMIT_VARS) as [keyof ServiceLimits, string][]) {
    limits[key] = positiveInt(env, name, limits[key], UNLIMITED_WHEN_ZERO.includes(key) ? 0 : 1);
  }
  return {
    port: positiveInt(env, 'PORT', 4000, 0),
    host: env.HOST || DEFAULT_HOST,
    catalogPath: resolve(env.PATHWISE_CATALOG || DEFAULT_CATALOG),
    dataDir: resolve(env.PATHWISE_DATA_DIR || resolve(repoRoot, '.pathwise')),
    apiKeys: env.PATHWISE_API_KEYS,
    neo4j: env.NEO4J_URI
      ? {
          uri: neo4jUri(env.NEO4J_URI),
          user: env.NEO4J_USER,
          password: env.NEO4J_PASSWORD,
          database: env.NEO4J_DATABASE || undefined,
          catalog: env.PATHWISE_NEO4J_CATALOG || 'default',
          batchSize: positiveInt(env, 'PATHWISE_NEO4J_BATCH_SIZE', 10_000),
          leaseMs: positiveInt(env, 'PATHWISE_NEO4J_LEASE_MS', DEFAULT_LEASE_MS),
        }
      : undefined,
    logLevel: env.LOG_LEVEL || 'info',
    logFormat: env.LOG_FORMAT || undefined,
    planWorkers: positiveInt(env, 'PATHWISE_PLAN_WORKERS', DEFAULT_PLAN_WORKERS, 0),
    storeTimeoutMs: positiveInt(env, 'PATHWISE_STORE_TIMEOUT_MS', 5000),
    serverTiming: env.PATHWISE_SERVER_TIMING === '1',
    limits,
  };
}
