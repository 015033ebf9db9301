// Issue 13 item 11: secrets never reach the logs. The real service (a process, on the real Neo4j when
// one runs here) is started with credentials in NEO4J_URI, a NEO4J_PASSWORD and API keys; none of them
// may appear in anything it prints, and the logged URI keeps its host with `[redacted]` credentials.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropTestCatalogs, neo4jForTests } from '../neo4j/helpers/neo4j-for-tests.js';
import { campusCatalog } from './helpers/catalogs.js';
import { isReady, spawnService, waitFor } from './helpers/spawn-service.js';

const URI_SECRET = 'Sup3rSecretInUri';
const PASSWORD_SECRET = 'An0therSecretPassword';
const KEY_SECRET = 'publisher-key-0123456789';
const neo = await neo4jForTests();
const catalogName = `log-secrets-${process.pid}-${Date.now()}`;
let dir: string;

/** Everything a process printed, stdout lines and stderr. */
function printed(lines: Record<string, unknown>[], stderr: string): string {
  return lines.map((l) => JSON.stringify(l)).join('\n') + stderr;
}

function expectNoSecret(text: string): void {
  for (const secret of [URI_SECRET, PASSWORD_SECRET, KEY_SECRET])
    expect(text).not.toContain(secret);
}

describe('secrets in the logs', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pathwise-log-secrets-'));
    await writeFile(join(dir, 'campus.json'), JSON.stringify(campusCatalog()));
  });
  afterAll(async () => {
    await dropTestCatalogs(neo.connection, [catalogName]);
    await neo.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('a Neo4j that cannot be reached: the fatal start-up line carries no credential', async () => {
    const service = spawnService({
      NEO4J_URI: `bolt://alice:${URI_SECRET}@127.0.0.1:1`,
      NEO4J_PASSWORD: PASSWORD_SECRET,
      PATHWISE_API_KEYS: `${KEY_SECRET}:campus`,
      PATHWISE_CATALOG: join(dir, 'campus.json'),
    });
    let stderr = '';
    service.child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    expect(await service.exited).toBe(1);
    expect(service.lines.some((l) => l.msg === 'cannot start the service')).toBe(true);
    expectNoSecret(printed(service.lines, stderr));
  });

  it.skipIf(neo.skip !== undefined)(
    'the real Neo4j: the logged store URI keeps its host and hides its credentials',
    async () => {
      const uri = new URL(neo.connection!.uri);
      const service = spawnService({
        NEO4J_URI: `${uri.protocol}//${neo.connection!.user ?? 'neo4j'}:${URI_SECRET}@${uri.host}`,
        NEO4J_USER: neo.connection!.user ?? 'neo4j',
        NEO4J_PASSWORD: neo.connection!.password ?? '',
        PATHWISE_NEO4J_CATALOG: catalogName,
        PATHWISE_API_KEYS: `${KEY_SECRET}:campus`,
        PATHWISE_CATALOG: join(dir, 'campus.json'),
        LOG_LEVEL: 'debug',
      });
      let stderr = '';
      service.child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
      const open = await waitFor(
        () => service.lines.find((l) => l.msg === 'store open'),
        'the store open line',
      );
      await waitFor(() => service.lines.find((l) => isReady(l)), 'listening');
      service.child.kill('SIGTERM');
      await service.exited;
      expect(open.uri).toBe(`${uri.protocol}//[redacted]@${uri.host}`);
      expectNoSecret(printed(service.lines, stderr));
    },
  );
});
