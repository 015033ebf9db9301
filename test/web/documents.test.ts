// The page's typed GraphQL documents validate against the server's schema, so the types written
// beside them cannot drift from it unnoticed.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createPathwiseSchema } from '@pathwise/graphql';
import {
  PATHWAY_BATCH,
  PLANS,
  REACHABLE,
  SEARCH,
  WALLET,
  pathwayBatch,
} from '../../packages/web/src/api/documents.js';
import {
  PUBLISH_FILE,
  RETIRE,
  VALIDATE_FILE,
} from '../../packages/web/src/api/publisher-documents.js';
import {
  CATALOG_VERSION,
  MAP_METRICS_PAGE,
  MAP_PAGE,
} from '../../packages/web/src/api/map-documents.js';
import { FRONTIER } from '../../packages/web/src/api/frontier-document.js';

// The schema is built by @graphql-tools (graphql's CommonJS build): use the same build of graphql.
const { parse, validate } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

describe('the page’s GraphQL documents', () => {
  const schema = createPathwiseSchema();
  const documents = {
    SEARCH,
    PLANS,
    FRONTIER,
    REACHABLE,
    WALLET,
    VALIDATE_FILE,
    PUBLISH_FILE,
    RETIRE,
    MAP_PAGE,
    MAP_METRICS_PAGE,
    CATALOG_VERSION,
    PATHWAY: pathwayBatch(PATHWAY_BATCH),
  };

  it.each(Object.entries(documents))('%s is valid against the schema', (_name, source) => {
    expect(validate(schema, parse(source)).map((e) => e.message)).toEqual([]);
  });

  it('catches a field the schema lacks', () => {
    expect(validate(schema, parse('{ credential(id: "a") { nope } }'))).toHaveLength(1);
  });
});
