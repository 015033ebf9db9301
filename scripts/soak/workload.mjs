// The soak's clients: bounded request loops (each stops by itself at the deadline) for trivial and
// hard plans, pathways, reachable, publishes from five providers, and clients that abandon hard plans.
// Every answer is tallied by its error code; trivial plan latencies and acknowledged publishes are kept.
// No request waits for ever: one the service has not answered in REQUEST_TIMEOUT_MS is tallied as
// NO_ANSWER and listed (a service that never answers is a defect the soak reports, not a hung soak).
import { HARD_TARGET, TRIVIAL_TARGET } from './catalog.mjs';

/** The five publishing providers; key `key-<p>` writes for provider `<p>`. */
export const PROVIDERS = ['prov-a', 'prov-b', 'prov-c', 'prov-d', 'prov-e'];

/** PATHWISE_API_KEYS for the soak: a key per provider, and keys naming the read clients apart. */
export function apiKeysEnv() {
  const readers = ['trivial', 'hard', 'abandon', 'boards'].map((r) => `key-${r}:reader-${r}`);
  return [...PROVIDERS.map((p) => `key-${p}:${p}`), ...readers].join(',');
}

/** How long a request may wait for its answer before the soak gives up on it as NO_ANSWER. */
export const REQUEST_TIMEOUT_MS = 30_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** @returns the first line of a GraphQL document, to name a request in the report */
const operationOf = (query) => query.split('\n')[0].slice(0, 60);

/**
 * The shared state of one soak: where the service is now, the tallies, and the deadline (Infinity
 * until the soak knows when the service's last life ends).
 */
export class Soak {
  constructor(deadline = Infinity) {
    this.currentDeadline = deadline;
    this.currentUrl = undefined;
    this.listeners = [];
    /** Requests the service did not answer in REQUEST_TIMEOUT_MS: `{ operation, sentAt }`. */
    this.unanswered = [];
    this.errors = {};
    this.requests = 0;
    this.trivialMs = [];
    /** When each trivial plan was sent (Date.now()), beside its latency in trivialMs. */
    this.trivialAt = [];
    /** The service's Server-Timing of each trivial plan, beside its latency in trivialMs. */
    this.trivialTiming = [];
    this.acknowledged = [];
    /** How long the slowest acknowledged publish took to be answered (ms). */
    this.slowestAckMs = 0;
    this.unacknowledged = 0;
    this.hardPlans = { optimal: 0, notOptimal: 0 };
  }

  /** Where the service is now (undefined while it restarts). */
  get url() {
    return this.currentUrl;
  }

  set url(url) {
    this.currentUrl = url;
    for (const listener of this.listeners) listener({ url });
  }

  /** When the clients stop (Date.now() milliseconds). */
  get deadline() {
    return this.currentDeadline;
  }

  set deadline(deadline) {
    this.currentDeadline = deadline;
    for (const listener of this.listeners) listener({ deadline });
  }

  /** Calls `listener` with `{ url }` at each new URL and `{ deadline }` at each new deadline. */
  onChange(listener) {
    this.listeners.push(listener);
  }

  count(code) {
    this.errors[code] = (this.errors[code] ?? 0) + 1;
  }

  /**
   * One GraphQL request. Returns the body, or undefined when it failed (tallied by code).
   * @param signal - aborts the request (an abandoning client)
   * @param meta - when given, gets `serverTiming`: the answer's Server-Timing header, parsed
   */
  async post(query, variables, key, signal, meta) {
    this.requests++;
    const url = this.url;
    if (!url) {
      this.count('SERVICE_DOWN');
      await sleep(100);
      return undefined;
    }
    const sentAt = Date.now();
    const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query, variables }),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
      const text = await res.text();
      if (meta) meta.serverTiming = parseServerTiming(res.headers.get('server-timing'));
      let body;
      try {
        body = JSON.parse(text);
      } catch {
        this.count(`HTTP_${res.status}`);
        return undefined;
      }
      if (body.errors?.length) {
        for (const e of body.errors) this.count(e.extensions?.code ?? 'NO_CODE');
        if (res.status === 429 || res.status === 503) await sleep(200);
        return undefined;
      }
      return body.data;
    } catch (error) {
      if (timeout.aborted && !signal?.aborted) {
        this.count('NO_ANSWER');
        this.unanswered.push({
          operation: operationOf(query),
          sentAt: new Date(sentAt).toISOString(),
        });
        return undefined;
      }
      const code = signal?.aborted ? 'ABANDONED' : (error.cause?.code ?? error.name);
      this.count(code);
      if (!signal?.aborted) await sleep(100); // the service is restarting
      return undefined;
    }
  }

  /** Runs `step` again and again until the deadline. */
  async loop(step) {
    while (Date.now() < this.deadline) await step();
  }
}

/** @returns `{ name: ms }` of a Server-Timing header (`desc` values as numbers) */
export function parseServerTiming(header) {
  const out = {};
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    for (const param of params) {
      const [k, v] = param.split('=');
      if (k === 'dur' || k === 'desc') out[name] = Number(v);
    }
  }
  return out;
}

const PLAN = `query($t: ID!, $o: Objective) { plan(input: { target: $t, objective: $o }) {
  feasible optimal totalCost totalWeeks steps { credential { id } } } }`;

/** A client planning the trivial target, timing each answer. */
export function trivialPlans(soak) {
  return soak.loop(async () => {
    const sentAt = Date.now();
    const t0 = performance.now();
    const meta = {};
    const data = await soak.post(
      PLAN,
      { t: TRIVIAL_TARGET, o: 'CHEAPEST' },
      'key-trivial',
      undefined,
      meta,
    );
    if (data?.plan) {
      soak.trivialMs.push(performance.now() - t0);
      soak.trivialAt.push(sentAt);
      soak.trivialTiming.push(meta.serverTiming);
    }
    await sleep(50);
  });
}

/** A client planning the hard target (cheapest uses its whole budget). */
export function hardPlans(soak) {
  return soak.loop(async () => {
    const data = await soak.post(PLAN, { t: HARD_TARGET, o: 'CHEAPEST' }, 'key-hard');
    if (data?.plan) soak.hardPlans[data.plan.optimal ? 'optimal' : 'notOptimal']++;
  });
}

/** A client that asks for a hard plan and gives up after 300 ms. */
export function abandoningClient(soak) {
  return soak.loop(async () => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 300);
    await soak.post(PLAN, { t: HARD_TARGET, o: 'FASTEST' }, 'key-abandon', controller.signal);
    clearTimeout(timer);
  });
}

const PATHWAYS = `query { pathways(target: "l2-3") { totalCost } }`;
const REACHABLE = `query { reachable(from: [], maxCost: 400, maxWeeks: 20) { credential { id } } }`;

/** A workforce board: pathways and reachable in turn. */
export function boards(soak) {
  let turn = 0;
  return soak.loop(async () => {
    await soak.post(turn++ % 2 ? PATHWAYS : REACHABLE, {}, 'key-boards');
  });
}

const PUBLISH = `mutation($in: PublishProgramInput!) { publishProgram(input: $in) { catalogVersion } }`;

/** A provider publishing one new credential at a time; acknowledged ones are recorded. */
export function publisher(soak, provider) {
  let n = 0;
  return soak.loop(async () => {
    const id = `${provider}-c${n++}`;
    const credential = {
      id,
      name: `Soak ${id}`,
      kind: 'course',
      cost: n,
      durationWeeks: 1,
      requires: { atLeast: 1, of: ['l0-1'] },
    };
    const input = { provider, providerName: `Provider ${provider}`, credentials: [credential] };
    const sentAt = Date.now();
    const data = await soak.post(PUBLISH, { in: input }, `key-${provider}`);
    if (data?.publishProgram) {
      soak.acknowledged.push({ id, version: data.publishProgram.catalogVersion });
      soak.slowestAckMs = Math.max(soak.slowestAckMs, Date.now() - sentAt);
    } else soak.unacknowledged++;
    await sleep(100);
  });
}
