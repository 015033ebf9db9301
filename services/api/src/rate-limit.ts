/**
 * Per-client request rate limits (rate-limiter-flexible, in memory): requests per minute for each
 * API key and for each address without a key, each 0 for no limit. A request over its limit is
 * answered 429 RATE_LIMITED with `Retry-After` before its body is read.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** Requests per minute (0: unlimited). */
export interface RateLimits {
  rateLimitPerKey: number;
  rateLimitPerAddress: number;
}

/** The verdict on one request. */
export type RateVerdict = { ok: true } | { ok: false; retryAfterS: number };

/** Counts requests per client key (`key:…` or `addr:…`, see http/client-key.ts). */
export class RateLimiter {
  private readonly perKey: RateLimiterMemory | undefined;
  private readonly perAddress: RateLimiterMemory | undefined;

  /** @param limits - requests per minute per key and per address */
  constructor(limits: RateLimits) {
    const limiter = (points: number): RateLimiterMemory | undefined =>
      points > 0 ? new RateLimiterMemory({ points, duration: 60 }) : undefined;
    this.perKey = limiter(limits.rateLimitPerKey);
    this.perAddress = limiter(limits.rateLimitPerAddress);
  }

  /**
   * Counts one request.
   * @param client - the client key
   * @returns ok, or how many seconds to wait
   * @throws whatever the limiter throws besides a refusal (not expected in memory)
   */
  async take(client: string): Promise<RateVerdict> {
    const limiter = client.startsWith('key:') ? this.perKey : this.perAddress;
    if (!limiter) return { ok: true };
    try {
      await limiter.consume(client);
      return { ok: true };
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return { ok: false, retryAfterS: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
    }
  }
}
