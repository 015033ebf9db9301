/**
 * Who a request is for, as the planning queue and the rate limits see it: a valid API key (by a
 * digest prefix, never the key itself), else the peer address. An unknown key counts as its address,
 * so inventing keys does not buy fresh shares. Behind a proxy every client has the proxy's address:
 * forwarded headers are not trusted, since a client could set them itself.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Principal } from '@pathwise/graphql';

/**
 * @param req - the request
 * @param principal - who its Authorization header names
 * @returns `key:<digest>` for a valid API key, else `addr:<peer address>`
 */
export function clientKey(req: IncomingMessage, principal: Principal): string {
  if (principal.kind === 'publisher') {
    const token = /^Bearer\s+(\S+)/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
    return `key:${createHash('sha256').update(token).digest('hex').slice(0, 16)}`;
  }
  return `addr:${req.socket.remoteAddress ?? 'unknown'}`;
}
