/**
 * The CLI's version, read from its package.json (one level above both src/ and dist/).
 */
import { readFileSync } from 'node:fs';

/** @returns the version of @pathwise/cli, e.g. `0.1.0` */
export function cliVersion(): string {
  const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}
