/**
 * Keeps secrets out of the logs: credentials in any URI (`bolt://user:password@host` becomes
 * `bolt://[redacted]@host`) and the literal values of the secret settings (NEO4J_PASSWORD, the keys of
 * PATHWISE_API_KEYS), wherever they appear in a log line (a field, a message, an error's stack).
 */

/** Replaces a URI's userinfo (`scheme://userinfo@`), whatever the scheme. */
const URI_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'\\]+@/gi;

/** Shortest secret value redacted literally (shorter ones, such as a development `neo4j`, would blank ordinary words; URI credentials are redacted whatever their length). */
const MIN_SECRET_LENGTH = 8;

/**
 * @param env - the environment (process.env)
 * @returns the values that must never be logged: NEO4J_PASSWORD and every API key
 */
export function secretsFromEnv(env: NodeJS.ProcessEnv): string[] {
  const keys = (env.PATHWISE_API_KEYS ?? '')
    .split(',')
    .map((pair) => pair.split(':')[0]!.trim())
    .filter((key) => key !== '');
  return [env.NEO4J_PASSWORD ?? '', ...keys].filter((s) => s.length >= MIN_SECRET_LENGTH);
}

/**
 * @param secrets - literal values to blank (as they appear in JSON text, escaped)
 * @returns a function that redacts a log line (or any text)
 */
export function redactor(secrets: readonly string[]): (text: string) => string {
  const literals = [...new Set(secrets)]
    .filter((s) => s.length >= MIN_SECRET_LENGTH)
    .map((s) => JSON.stringify(s).slice(1, -1))
    // Longest first, so a secret containing another is blanked whole.
    .sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text.replace(URI_USERINFO, '$1[redacted]@');
    for (const secret of literals) out = out.split(secret).join('[redacted]');
    return out;
  };
}
