/**
 * A typed GraphQL document and the one function that sends it: plain fetch to the same origin's
 * /graphql. A document carries its result and variables types, so a call is checked end to end.
 */

/** A GraphQL document string typed with its result `R` and variables `V`. */
export type Doc<R, V> = string & { readonly __result?: R; readonly __variables?: V };

/**
 * @param source - the GraphQL text
 * @returns the same text, typed
 */
export const doc = <R, V>(source: string): Doc<R, V> => source as Doc<R, V>;

/** A GraphQL error answer, with the codes the server gave. */
export class ApiError extends Error {
  /**
   * @param message - every error message, joined
   * @param codes - their `extensions.code`
   */
  constructor(
    message: string,
    readonly codes: string[],
  ) {
    super(message);
  }
}

/**
 * @param document - a typed document
 * @param variables - its variables
 * @param options - `signal` aborts the request (e.g. a newer keystroke); `key` is a publisher key,
 *   sent as `Authorization: Bearer KEY`
 * @returns the data
 * @throws ApiError when the answer has errors or no data
 */
export async function request<R, V>(
  document: Doc<R, V>,
  variables: V,
  options: { signal?: AbortSignal; key?: string } = {},
): Promise<R> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
  };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  const res = await fetch('/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: document, variables }),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const body = (await res.json()) as {
    data?: R | null;
    errors?: {
      message: string;
      extensions?: { code?: string; faults?: { path?: string; message: string }[] };
    }[];
  };
  if (body.errors?.length || !body.data) {
    const errors = body.errors ?? [{ message: `HTTP ${res.status}` }];
    throw new ApiError(
      // A refused import or catalog lists every fault: name them, not just how many there are.
      errors
        .map((e) => {
          const faults = e.extensions?.faults ?? [];
          return faults.length
            ? `${e.message}: ${faults.map((f) => f.message).join('; ')}`
            : e.message;
        })
        .join('; '),
      errors.map((e) => e.extensions?.code ?? 'UNKNOWN'),
    );
  }
  return body.data;
}
