/**
 * What the "ready" line says: the address the server really bound, as a URL, and a URL a client on
 * this machine can use (for every interface, `0.0.0.0` or `::`, that is localhost).
 */

/**
 * @param address - the bound address (`server.address().address`)
 * @param port - the bound port
 * @returns `url`, usable from this machine, and `ready`, the log line naming the bound address
 */
export function listenUrls(address: string, port: number): { url: string; ready: string } {
  const wildcard = address === '0.0.0.0' || address === '::';
  const hostPart = (host: string): string => (host.includes(':') ? `[${host}]` : host);
  const bound = `http://${hostPart(address)}:${port}/graphql`;
  if (!wildcard) return { url: bound, ready: `ready at ${bound}` };
  const url = `http://localhost:${port}/graphql`;
  return { url, ready: `ready at ${bound} (every interface; from this machine: ${url})` };
}
