// docs/ says what the code does: every relative link of the READMEs and docs leads to a file (and
// heading) that exists; the example catalog is valid and its plan is the one printed; every error,
// fault and warning code, every CLI command and flag is documented; the v2 status table matches
// what the parser accepts. (The GraphQL schema block is checked in @pathwise/graphql's tests.)
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  CREDENTIAL_FIELDS,
  CREDENTIAL_KINDS,
  CatalogInvalidError,
  PROVIDER_FIELDS,
  PATHWISE_ERROR_CODES,
  PROVIDER_KINDS,
  parseCatalog,
} from '@pathwise/core';
import { createPlanner } from '@pathwise/engine';
import { GRAPHQL_CODES } from '@pathwise/graphql';
import { commands, main } from '../../packages/cli/src/main.js';
import { repoRoot } from '../helpers/conformance.js';

const read = (path: string): string => readFileSync(join(repoRoot, path), 'utf8');
const docsDir = join(repoRoot, 'docs');
const markdown = [
  'README.md',
  'examples/README.md',
  ...readdirSync(docsDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchors(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/^#{1,6} (.+)$/gm)) {
    out.add(
      m[1]!
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-'),
    );
  }
  return out;
}

/** The ```lang blocks of a markdown text. */
const blocks = (text: string, lang: string): string[] =>
  [...text.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]!);

/** The members of a string-literal union type `export type NAME = | 'A' | 'B';` in a source file. */
function unionMembers(path: string, name: string): string[] {
  const body = new RegExp(`export type ${name} =([^;]*);`).exec(read(path))?.[1];
  if (body === undefined) throw new Error(`no type ${name} in ${path}`);
  return [...body.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]!);
}

describe('links', () => {
  it.each(markdown)('every relative link of %s resolves', (file) => {
    const text = read(file);
    const broken: string[] = [];
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const link = m[1]!;
      if (/^[a-z]+:/.test(link)) continue;
      const [path, anchor] = link.split('#') as [string, string | undefined];
      const target = path === '' ? join(repoRoot, file) : join(repoRoot, dirname(file), path);
      if (!existsSync(target)) {
        broken.push(link);
        continue;
      }
      if (anchor !== undefined && statSync(target).isFile() && target.endsWith('.md')) {
        if (!anchors(readFileSync(target, 'utf8')).has(anchor)) broken.push(link);
      }
    }
    expect(broken).toEqual([]);
  });

  it('nothing points outside the repository', () => {
    for (const file of markdown) expect(read(file), file).not.toMatch(/\.\.\/shared\/spec/);
  });
});

describe('the catalog format', () => {
  const doc = read('docs/catalog-v1.md');
  /** The first-column names of the table under a `## ` heading. */
  const tableOf = (heading: string): string[] => {
    const section = doc.split(/^## /m).find((s) => s.startsWith(`${heading}\n`)) ?? '';
    return [...section.matchAll(/^\| `([^`]+)` +\|/gm)].map((m) => m[1]!);
  };

  it('every field the validator accepts is in the tables, and no other', () => {
    expect(
      tableOf('Credential')
        .filter((f) => f !== 'x-…')
        .sort(),
    ).toEqual([...CREDENTIAL_FIELDS].sort());
    expect(tableOf('Provider').sort()).toEqual([...PROVIDER_FIELDS].sort());
  });

  it('every kind is listed', () => {
    for (const kind of [...CREDENTIAL_KINDS, ...PROVIDER_KINDS])
      expect(doc).toContain(`\`${kind}\``);
  });
});

describe('the examples in the docs', () => {
  const catalogJson = blocks(read('docs/catalog-v1.md'), 'json')[0]!;
  const catalog = JSON.parse(catalogJson) as unknown;

  it('the small catalog is valid, by the validator and by the JSON Schema', () => {
    expect(() => parseCatalog(catalog)).not.toThrow();
    const schema = JSON.parse(read('docs/schema/catalog-v1.schema.json')) as object;
    const check = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(check(catalog), JSON.stringify(check.errors)).toBe(true);
  });

  it('its cheapest plan is the one plan-v1.md prints', () => {
    const printed = JSON.parse(blocks(read('docs/plan-v1.md'), 'json')[0]!) as unknown;
    const plan = createPlanner(parseCatalog(catalog)).plan({
      target: 'analyst-cert',
      asOf: '2026-06-01',
      objective: 'cheapest',
    });
    expect(plan).toEqual(printed);
  });
});

describe('codes', () => {
  const errors = read('docs/errors.md');
  /** The first cell of each table row of one `## ` section, with the rest of the row. */
  const rowsOf = (heading: string): Map<string, string> => {
    const section = errors.split(/^## /m).find((s) => s.startsWith(`${heading}\n`)) ?? '';
    return new Map(
      [...section.matchAll(/^\| `([A-Z_]+)` +\|(.*)$/gm)].map((m) => [m[1]!, m[2]!] as const),
    );
  };
  const rows = rowsOf('Error codes');

  it('every PathwiseError code is documented with its GraphQL extensions.code', () => {
    for (const code of PATHWISE_ERROR_CODES) {
      expect(rows.get(code), code).toContain(`\`${GRAPHQL_CODES[code]}\``);
    }
  });

  it.each([
    ['packages/core/src/errors.ts', 'CatalogFaultCode', 'Catalog faults'],
    ['packages/interop/src/errors.ts', 'ImportFaultCode', 'Import faults'],
    ['packages/interop/src/errors.ts', 'ImportWarningCode', 'Import faults'],
  ])('every code of %s %s is documented', (path, name, heading) => {
    const members = unionMembers(path, name);
    const documented = rowsOf(heading);
    expect(members.length).toBeGreaterThan(3);
    for (const code of members) expect(documented.has(code), `${name} ${code}`).toBe(true);
  });

  it('every GraphQL extensions.code the service sends is listed', () => {
    const listed = rowsOf('GraphQL errors');
    for (const code of new Set(Object.values(GRAPHQL_CODES)))
      expect(listed.has(code), code).toBe(true);
  });
});

describe('the CLI', () => {
  const doc = read('docs/cli.md');

  it.each(commands.map((c) => [c.name, c] as const))(
    '`pathwise %s` has a section, and every flag its usage names is described',
    async (name, command) => {
      expect(doc).toContain(`## \`pathwise ${name}\``);
      let help = '';
      const io = {
        out: (t: string) => void (help += t),
        err: () => {},
        readText: () => Promise.reject(new Error('no files here')),
      };
      await main([name, '--help'], io);
      const flags = new Set(
        [...`${help} ${command.usage}`.matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0]),
      );
      for (const flag of flags)
        expect(doc, `${name} ${flag}`).toMatch(new RegExp(`\`${flag}[ \`]`));
    },
  );
});

describe('the v2 status table', () => {
  it('says a v2 document is read and validated, and the validator accepts one', () => {
    const status = read('docs/README.md');
    expect(status).toMatch(
      /catalog v2 document .*\| implemented +\| `@pathwise\/core` `parseCatalog`/,
    );
    // A v2 document with a v2-only field parses; the same field in a v1 document is refused.
    const credential = { id: 'a', name: 'A', kind: 'course', cost: 1, durationWeeks: 1 };
    const v2 = parseCatalog({
      format: 'pathwise.catalog/v2',
      credentials: [{ ...credential, pace: 'fixed' }],
    });
    expect(v2.credentials[0]?.pace).toBe('fixed');
    let codes: string[] = [];
    try {
      parseCatalog({
        format: 'pathwise.catalog/v1',
        credentials: [{ ...credential, pace: 'fixed' }],
      });
    } catch (error) {
      if (error instanceof CatalogInvalidError) codes = error.faults.map((f) => f.code);
    }
    expect(codes).toEqual(['UNKNOWN_FIELD']);
  });
});
