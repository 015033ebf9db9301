/**
 * A bounded queue in front of the planning workers that shares them fairly between clients: at most
 * `concurrency` jobs run at once, and a free slot goes to the waiting client with the fewest jobs
 * running, and among those to the one served longest ago (a client that was just served goes behind
 * the others), so one client's thirty hard plans do not make another client's trivial plan wait
 * behind all of them. The queue is bounded in all and per client (overload is refused at once, with
 * a hint of when to retry); a waiting job leaves the queue when its deadline passes or its request is
 * aborted.
 *
 * Written here because piscina's own queue is first-in first-out, and the npm queues (p-queue and
 * the like) have priorities but no per-client fair share, bounds or deadlines.
 */

/** Why the queue refused a job. */
export type QueueRefusal = 'client-full' | 'queue-full' | 'deadline' | 'aborted';

/** The queue refused or dropped a job. */
export class QueueRefusedError extends Error {
  /**
   * @param reason - which bound refused it, or why it left the queue
   * @param retryAfterS - a hint of when the queue may have room (whole seconds, at least 1)
   */
  constructor(
    readonly reason: QueueRefusal,
    readonly retryAfterS: number,
  ) {
    super(
      reason === 'client-full'
        ? 'too many plans from this client are waiting; retry later'
        : reason === 'queue-full'
          ? 'the planning queue is full; retry later'
          : reason === 'deadline'
            ? 'the request planning budget ran out while the plan waited for a planner'
            : 'the request ended before its plan started',
    );
    this.name = 'QueueRefusedError';
  }
}

/** Bounds of a FairQueue. */
export interface FairQueueOptions {
  /** Jobs running at once (the worker threads). */
  concurrency: number;
  /** Jobs waiting, from all clients together. */
  maxQueued: number;
  /** Jobs waiting from one client. */
  maxQueuedPerClient: number;
  /** Called with each job's wait before it started, in milliseconds. */
  onWait?: (ms: number) => void;
  /** Called with the reason of each refused or dropped job. */
  onRefused?: (reason: QueueRefusal) => void;
  /**
   * Work a client has elsewhere (its jobs in another queue), counted with its running jobs when a
   * slot is handed out: the quick lane serves first the clients with the least work in the main one.
   */
  elsewhere?: (client: string) => number;
}

/** How one job waits. */
export interface JobOptions {
  /** Aborting drops the job while it waits (the job itself gets the signal to stop once running). */
  signal?: AbortSignal;
  /** `Date.now()` after which a waiting job is dropped. */
  deadline?: number;
}

interface Waiting {
  client: string;
  queuedAt: number;
  start(): void;
  drop(reason: QueueRefusal): void;
}

/** A snapshot of the queue. */
export interface QueueStats {
  running: number;
  queued: number;
  /** Clients with work waiting. */
  clients: number;
  concurrency: number;
  maxQueued: number;
}

/** What the queue knows of a client with jobs waiting or running (forgotten when it has none). */
interface ClientState {
  waiting: Waiting[];
  running: number;
  /** When it was last given a slot (a sequence number; 0: never). */
  servedAt: number;
}

/** Fair bounded queue; see the file header. */
export class FairQueue {
  private running = 0;
  private queued = 0;
  private served = 0;
  private readonly clients = new Map<string, ClientState>();
  /** Smoothed run time of a job, for the retry hint. */
  private runMs = 500;

  /** @param options - concurrency and bounds */
  constructor(private readonly options: FairQueueOptions) {}

  /** @returns how full the queue is now */
  stats(): QueueStats {
    let waitingClients = 0;
    for (const state of this.clients.values()) if (state.waiting.length > 0) waitingClients++;
    return {
      running: this.running,
      queued: this.queued,
      clients: waitingClients,
      concurrency: this.options.concurrency,
      maxQueued: this.options.maxQueued,
    };
  }

  /** @returns how many jobs `client` has running or waiting here */
  load(client: string): number {
    const state = this.clients.get(client);
    return state ? state.running + state.waiting.length : 0;
  }

  /** @returns whole seconds after which the queue is likely to have drained (at least 1) */
  retryAfterS(): number {
    const rounds = (this.queued + this.running) / this.options.concurrency;
    return Math.max(1, Math.ceil((rounds * this.runMs) / 1000));
  }

  /**
   * Runs `job` when a slot is free and it is `client`'s turn.
   * @param client - who the job is for
   * @param job - starts the work; its promise settles when the slot is free again
   * @param options - the abort signal and deadline of the waiting job
   * @returns what `job` returns
   * @throws QueueRefusedError when a bound is reached, the deadline passes or the signal aborts first
   */
  run<T>(client: string, job: () => Promise<T>, options: JobOptions = {}): Promise<T> {
    const { signal, deadline } = options;
    if (signal?.aborted) return this.refuse('aborted');
    if (this.running < this.options.concurrency && this.queued === 0) {
      return this.start(client, this.stateOf(client), job);
    }
    if (this.queued >= this.options.maxQueued) return this.refuse('queue-full');
    if ((this.clients.get(client)?.waiting.length ?? 0) >= this.options.maxQueuedPerClient) {
      return this.refuse('client-full');
    }
    const state = this.stateOf(client);
    return new Promise<T>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const settle = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      const entry: Waiting = {
        client,
        queuedAt: performance.now(),
        start: () => {
          settle();
          this.options.onWait?.(performance.now() - entry.queuedAt);
          this.start(client, state, job).then(resolve, reject);
        },
        drop: (reason) => {
          settle();
          this.remove(entry);
          this.refuse(reason).catch(reject);
        },
      };
      const onAbort = (): void => entry.drop('aborted');
      signal?.addEventListener('abort', onAbort, { once: true });
      if (deadline !== undefined) {
        timer = setTimeout(() => entry.drop('deadline'), Math.max(0, deadline - Date.now()));
      }
      state.waiting.push(entry);
      this.queued++;
    });
  }

  private stateOf(client: string): ClientState {
    let state = this.clients.get(client);
    if (!state) this.clients.set(client, (state = { waiting: [], running: 0, servedAt: 0 }));
    return state;
  }

  private forgetIdle(client: string, state: ClientState): void {
    if (state.running === 0 && state.waiting.length === 0) this.clients.delete(client);
  }

  private refuse<T>(reason: QueueRefusal): Promise<T> {
    this.options.onRefused?.(reason);
    return Promise.reject(new QueueRefusedError(reason, this.retryAfterS()));
  }

  private async start<T>(client: string, state: ClientState, job: () => Promise<T>): Promise<T> {
    this.running++;
    state.running++;
    state.servedAt = ++this.served;
    const started = performance.now();
    try {
      return await job();
    } finally {
      this.runMs = 0.8 * this.runMs + 0.2 * (performance.now() - started);
      this.running--;
      state.running--;
      this.forgetIdle(client, state);
      this.next();
    }
  }

  /**
   * Starts waiting jobs while slots are free: fewest running (plus their work elsewhere) first, then
   * served longest ago.
   */
  private next(): void {
    const elsewhere = this.options.elsewhere;
    while (this.running < this.options.concurrency && this.queued > 0) {
      let pick: ClientState | undefined;
      let pickLoad = 0;
      for (const [client, state] of this.clients) {
        if (state.waiting.length === 0) continue;
        const load = state.running + (elsewhere ? elsewhere(client) : 0);
        if (!pick || load < pickLoad || (load === pickLoad && state.servedAt < pick.servedAt)) {
          pick = state;
          pickLoad = load;
        }
      }
      if (!pick) return;
      const entry = pick.waiting.shift()!;
      this.queued--;
      entry.start();
    }
  }

  private remove(entry: Waiting): void {
    const state = this.clients.get(entry.client);
    const at = state?.waiting.indexOf(entry) ?? -1;
    if (!state || at < 0) return;
    state.waiting.splice(at, 1);
    this.queued--;
    this.forgetIdle(entry.client, state);
  }
}
