// Fuzz (fast-check) over the real built CLI: random commands, flags and flag values, and random
// files as catalog, --batch, --wallet and import input (CTDL, CSV). Bad input must end with exit 0
// or 2 and a message: exit 1 or a stack trace on stderr fails the property.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/conformance.js';
import { requireBuiltCli, runCli, tempDir } from '../cli/run-cli.js';

const catalog = join(repoRoot, 'examples/catalogs/tech-careers.json');
let dir: string;
let fileNo = 0;

beforeAll(() => {
  requireBuiltCli();
  dir = tempDir();
});

/** Writes random content to a fresh file and returns its path. */
function file(content: string): string {
  const path = join(dir, `f${fileNo++}`);
  writeFileSync(path, content);
  return path;
}

const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('', '-1', '1e309', 'NaN', '5e-324', '--', '-x', 'google-da-cert', '2024-02-30'),
);
const content = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1')),
  fc.constantFrom('id,name\n"unclosed', '{"format":"pathwise.catalog/v1"', '{"@graph":[{}]}'),
);
const flag = fc.oneof(
  fc.constantFrom('--catalog', '--target', '--have', '--wallet', '--as-of', '--objective'),
  fc.constantFrom('--batch', '--time-budget', '--max-weeks', '--max-cost', '--exclude'),
  fc.constantFrom('--weekly-hours', '--json', '--out', '--currency', '--stub-external', '--bogus'),
);
const fileFlags = new Set(['--catalog', '--wallet', '--batch']);
const command = fc.constantFrom(
  ['plan'],
  ['validate'],
  ['import', 'ctdl'],
  ['import', 'csv'],
  ['export', 'ctdl'],
  ['export', 'csv'],
  ['nonsense'],
  [],
);

/** One invocation: a command, maybe an input file, then flags with values (files for file flags). */
const invocation = fc
  .tuple(
    command,
    fc.option(content, { nil: undefined }),
    fc.array(fc.tuple(flag, text, content, fc.boolean()), { maxLength: 5 }),
  )
  .map(([cmd, input, flags]) => ({ cmd, input, flags }));

describe('fuzz: the real CLI', () => {
  it('random flags and inputs end with exit 0 or 2, never a stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(invocation, async ({ cmd, input, flags }) => {
        const args: string[] = [...cmd];
        if (input !== undefined) args.push(file(input));
        for (const [name, value, body, realCatalog] of flags) {
          if (name === '--out') continue; // --out writes files: item 4's tests cover it
          args.push(name);
          if (name === '--catalog' && realCatalog) args.push(catalog);
          else if (fileFlags.has(name)) args.push(file(body));
          else if (name !== '--json' && name !== '--stub-external') args.push(value);
        }
        const run = await runCli(args);
        expect(run.stderr, args.join(' ')).not.toMatch(/\n\s+at |Error: .*\n\s+at /);
        expect([0, 2], `${args.join(' ')}\n${run.stderr}`).toContain(run.status);
      }),
      { numRuns: 25 },
    );
  }, 240_000);
});
