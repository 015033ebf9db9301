/**
 * Serves the page (packages/web's built static files) at `/`, and GraphiQL, built from the same
 * package, to browsers that GET /graphql asking for HTML. Nothing comes from a CDN. Files are read
 * once and kept in memory (the build, GraphiQL included, is about 2 MB and does not change while
 * the service runs).
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { webDist } from '@pathwise/web';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Answers page requests; `handle` resolves false when the request is not one. */
export interface PageServer {
  /**
   * @param req - the request
   * @param res - the response
   * @param path - the request's pathname (still percent-encoded)
   * @returns whether it answered
   */
  handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean>;
}

/**
 * @param root - the built page's folder (default: @pathwise/web's `dist`)
 * @returns the page server
 */
export function createPageServer(root: string = webDist): PageServer {
  const base = resolve(root);
  // Only files found are kept (a bounded set: the build's); a miss is looked up again next time, so
  // random paths cannot grow the cache and a build made after start is picked up.
  const files = new Map<string, Buffer>();
  const read = async (file: string): Promise<Buffer | undefined> => {
    let found = files.get(file);
    if (!found) {
      found = await readFile(file).catch(() => undefined);
      if (found) files.set(file, found);
    }
    return found;
  };
  const send = (req: IncomingMessage, res: ServerResponse, file: string, body: Buffer): void => {
    res.statusCode = 200;
    res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('content-length', body.length);
    // Vite's hashed assets never change; everything else is revalidated.
    const immutable = file.startsWith(`${base}${sep}assets${sep}`);
    res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    res.setHeader('x-content-type-options', 'nosniff');
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  return {
    async handle(req, res, path) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      let relative: string;
      if (path === '/graphql') {
        const accept = req.headers.accept ?? '';
        if (!accept.includes('text/html')) return false;
        relative = 'graphiql/index.html';
      } else if (path === '/') relative = 'index.html';
      else {
        try {
          relative = decodeURIComponent(path.slice(1));
        } catch {
          return false;
        }
      }
      const file = resolve(base, relative);
      if (!file.startsWith(`${base}${sep}`) || relative.includes('\0')) return false;
      const body = await read(file);
      if (body) {
        send(req, res, file, body);
        return true;
      }
      if (relative !== 'index.html' && relative !== 'graphiql/index.html') return false;
      const text = 'The page is not built: run `pnpm build` (or `pnpm start`), then reload.\n';
      res.statusCode = 503;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(req.method === 'HEAD' ? undefined : text);
      return true;
    },
  };
}
