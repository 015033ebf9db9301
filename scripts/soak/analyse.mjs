// The soak's figures: latency quantiles, where the slowest trivial plans spent their time (from the
// service's Server-Timing header, request-timing.ts), and the service's event-loop delay and the
// machine's load average, sampled every few seconds while the soak runs.
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const quantile = (sorted, q) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : null;
const round = (x) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);

/** @returns count, p50, p99 and max of latencies in milliseconds (rounded) */
export function latencies(ms) {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50Ms: round(quantile(sorted, 0.5)),
    p99Ms: round(quantile(sorted, 0.99)),
    maxMs: round(sorted.at(-1) ?? null),
  };
}

/** The parts of a request's time, from its Server-Timing and the client's own latency. */
function parts(clientMs, t) {
  const pre = t.pre ?? 0;
  return {
    // Before the service's handler ran and after it wrote (connection, HTTP, the event loop's backlog).
    outside: clientMs - (t.total ?? 0),
    catalog: t.catalog ?? 0,
    // The main thread before the first plan besides the catalog: body, parse, validate, resolvers.
    mainBefore: Math.max(0, pre - (t.catalog ?? 0)),
    quickWait: t.qwait ?? 0,
    quickRun: (t.qrun ?? 0) - (t.compile ?? 0),
    mainWait: t.mwait ?? 0,
    mainRun: t.mrun ?? 0,
    compile: t.compile ?? 0,
    mainAfter: t.post ?? 0,
  };
}

/**
 * Where the trivial plans at or above the p99 spent their time: the median of each part, and how
 * many had each part as their largest; the same medians for all plans beside them.
 * @param ms - client latencies
 * @param timings - the Server-Timing of each (parsed), same order
 * @returns the breakdown
 */
export function tailBreakdown(ms, timings) {
  const rows = ms.map((m, i) => ({ ms: m, t: timings[i] ?? {} })).filter((r) => r.t.total);
  if (rows.length === 0) return null;
  const p99 = quantile(
    rows.map((r) => r.ms).sort((a, b) => a - b),
    0.99,
  );
  const slow = rows.filter((r) => r.ms >= p99);
  const medians = (set) => {
    const out = {};
    for (const key of Object.keys(parts(0, {}))) {
      out[key] = round(
        quantile(
          set.map((r) => parts(r.ms, r.t)[key]).sort((a, b) => a - b),
          0.5,
        ),
      );
    }
    out.switchedShare = round(set.filter((r) => (r.t.switch ?? 0) > 0).length / set.length);
    return out;
  };
  const largest = {};
  for (const r of slow) {
    const p = parts(r.ms, r.t);
    const [key] = Object.entries(p).sort((a, b) => b[1] - a[1])[0];
    largest[key] = (largest[key] ?? 0) + 1;
  }
  return {
    slowCount: slow.length,
    slowMedianMs: medians(slow),
    slowLargestPart: largest,
    allMedianMs: medians(rows),
  };
}

const metric = (text, name) => {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(' ')[1]) : undefined;
};

/**
 * Samples, every `everyMs` until `deadline`, the service's event-loop delay since the last sample
 * (prom-client's monitorEventLoopDelay histogram, reset at each scrape of /metrics) and the load average.
 * @param soak - the soak (its `url` is where the service is now, undefined while it restarts)
 * @returns a promise of the summary: the worst p99 and max event-loop delay of any interval, and the
 *   load average at the start, mean and end
 */
export async function sampleService(soak, everyMs = 5000) {
  const lagP99 = [];
  const lagMax = [];
  const load = [loadavg()[0]];
  const own = monitorEventLoopDelay({ resolution: 10 });
  own.enable();
  while (Date.now() < soak.deadline) {
    await new Promise((r) => setTimeout(r, everyMs));
    load.push(loadavg()[0]);
    const url = soak.url?.replace(/\/graphql$/, '/metrics');
    if (!url) continue;
    try {
      const text = await (await fetch(url, { signal: AbortSignal.timeout(everyMs) })).text();
      const p99 = metric(text, 'pathwise_nodejs_eventloop_lag_p99_seconds');
      const max = metric(text, 'pathwise_nodejs_eventloop_lag_max_seconds');
      if (p99 !== undefined) lagP99.push(p99 * 1000);
      if (max !== undefined) lagMax.push(max * 1000);
    } catch {
      // restarting (or no answer within the interval): the next sample counts
    }
  }
  own.disable();
  const sorted = (xs) => [...xs].sort((a, b) => a - b);
  return {
    // The load clients' process (not the measuring client, which has a thread of its own).
    soakProcessEventLoopDelayMs: {
      p99: round(own.percentile(99) / 1e6),
      max: round(own.max / 1e6),
    },
    eventLoopDelayMs: {
      intervals: lagP99.length,
      intervalMs: everyMs,
      medianIntervalP99: round(quantile(sorted(lagP99), 0.5)),
      worstIntervalP99: round(sorted(lagP99).at(-1) ?? null),
      worstMax: round(sorted(lagMax).at(-1) ?? null),
    },
    loadAverage1m: {
      start: round(load[0]),
      mean: round(load.reduce((a, b) => a + b, 0) / load.length),
      end: round(load.at(-1)),
    },
  };
}
