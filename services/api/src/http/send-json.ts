/**
 * Writes a JSON response.
 */
import type { ServerResponse } from 'node:http';

/**
 * @param res - the response
 * @param status - the HTTP status
 * @param value - the body, serialised as JSON
 */
export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}
