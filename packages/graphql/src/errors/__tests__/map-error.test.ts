// Error mapping: every PathwiseError code has a GraphQL code; faults and ids reach extensions;
// GraphQL's own errors pass; anything else is hidden behind INTERNAL_SERVER_ERROR and reported.
import { describe, expect, it, vi } from 'vitest';
import { GraphQLError } from 'graphql';
import {
  CatalogInvalidError,
  PATHWISE_ERROR_CODES,
  PathwiseError,
  UnknownCredentialError,
  reviveError,
  type PathwiseErrorCode,
} from '@pathwise/core';
import { ImportInvalidError } from '@pathwise/interop';
import { GRAPHQL_CODES, formatPathwiseError } from '../map-error.js';

const wrap = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['plan'] });
const formattedOf = (error: GraphQLError) => ({
  ...error.toJSON(),
  extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
});

describe('formatPathwiseError', () => {
  it.each([
    ['CATALOG_INVALID', 'BAD_USER_INPUT'],
    ['UNKNOWN_CREDENTIAL', 'BAD_USER_INPUT'],
    ['INVALID_INPUT', 'BAD_USER_INPUT'],
    ['IMPORT_INVALID', 'BAD_USER_INPUT'],
    ['NOT_FOUND', 'NOT_FOUND'],
    ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
    ['FORBIDDEN', 'FORBIDDEN'],
    ['CONFLICT', 'CONFLICT'],
    ['STORE_UNAVAILABLE', 'SERVICE_UNAVAILABLE'],
  ] as const)('maps %s to %s, keeping the message and path', (code, expected) => {
    const error = wrap(new PathwiseError(code as PathwiseErrorCode, 'what went wrong'));
    const out = formatPathwiseError(formattedOf(error), error);
    expect(out).toEqual({
      message: 'what went wrong',
      path: ['plan'],
      extensions: { code: expected, pathwiseCode: code },
    });
  });

  it('maps every PathwiseError code', () => {
    expect(Object.keys(GRAPHQL_CODES).sort()).toEqual([...PATHWISE_ERROR_CODES].sort());
  });

  it('lists every fault of an invalid catalog and the id of an unknown credential', () => {
    const faults = [
      {
        code: 'DANGLING_CREDENTIAL' as const,
        path: 'credentials[1].requires',
        message: 'no such credential',
        ids: ['ghost'],
      },
      {
        code: 'CYCLE' as const,
        path: 'credentials[2].requires',
        message: 'cycle',
        ids: ['a', 'b'],
      },
    ];
    const invalid = wrap(new CatalogInvalidError(faults));
    expect(formatPathwiseError(formattedOf(invalid), invalid).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      pathwiseCode: 'CATALOG_INVALID',
      faults,
    });
    const unknown = wrap(new UnknownCredentialError('ghost'));
    expect(formatPathwiseError(formattedOf(unknown), unknown).extensions).toMatchObject({
      id: 'ghost',
    });
  });

  it('hides an unexpected error and reports it', () => {
    const onUnexpected = vi.fn();
    const secret = new Error('connection string postgres://user:pw@host');
    const error = wrap(secret);
    const out = formatPathwiseError(formattedOf(error), error, onUnexpected);
    expect(out).toEqual({
      message: 'Internal server error',
      path: ['plan'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(onUnexpected).toHaveBeenCalledWith(secret);
  });

  it("passes GraphQL's own errors, without a stack trace", () => {
    const onUnexpected = vi.fn();
    const own = new GraphQLError('Cannot query field "nope"', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const out = formatPathwiseError(
      {
        message: own.message,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at y'] },
      },
      own,
      onUnexpected,
    );
    expect(out).toEqual({
      message: own.message,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(onUnexpected).not.toHaveBeenCalled();
  });
});

describe('recognising a PathwiseError', () => {
  it('goes by class: an Error that only has a Pathwise-looking code is hidden', () => {
    const onUnexpected = vi.fn();
    const lookalike = wrap(Object.assign(new Error('x'), { code: 'FORBIDDEN', id: 'secret' }));
    const out = formatPathwiseError(formattedOf(lookalike), lookalike, onUnexpected);
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(onUnexpected).toHaveBeenCalledOnce();
  });

  it("takes a subclass's fields from its toJSON (an import's faults)", () => {
    const faults = [{ code: 'NOT_JSON' as const, path: '', message: 'not JSON' }];
    const error = wrap(new ImportInvalidError(faults));
    expect(formatPathwiseError(formattedOf(error), error).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      pathwiseCode: 'IMPORT_INVALID',
      faults,
    });
  });

  it('maps an error revived from its JSON exactly as the original', () => {
    const faults = [
      { code: 'CYCLE' as const, path: 'credentials[0]', message: 'cycle', ids: ['a', 'b'] },
    ];
    for (const original of [
      new CatalogInvalidError(faults),
      new UnknownCredentialError('ghost'),
      new PathwiseError('TIMEOUT', 'too slow'),
    ]) {
      const revived = reviveError(JSON.parse(JSON.stringify(original)));
      const a = wrap(original);
      const b = wrap(revived);
      expect(formatPathwiseError(formattedOf(b), b)).toEqual(
        formatPathwiseError(formattedOf(a), a),
      );
    }
  });
});
