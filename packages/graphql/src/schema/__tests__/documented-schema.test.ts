// docs/graphql.md shows the whole schema: its `graphql` block that declares `type Query` is the
// schema of type-defs.ts, type for type, field for field, description for description. When the
// schema changes, paste the "expected" text of a failure into that block.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../type-defs.js';

const docPath = resolve(import.meta.dirname, '../../../../../docs/graphql.md');

/** @returns the schema as graphql prints it, types in name order */
const printed = (sdl: string): string => printSchema(lexicographicSortSchema(buildSchema(sdl)));

describe('docs/graphql.md', () => {
  it('shows the schema the service serves', () => {
    const blocks = [...readFileSync(docPath, 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)];
    const documented = blocks.map((m) => m[1]!).find((b) => /^type Query \{/m.test(b));
    expect(documented, 'a graphql block with the whole schema').toBeDefined();
    expect(printed(documented!)).toBe(printed(typeDefs));
  });
});
