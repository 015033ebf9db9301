// Where the built page lives, for services/api to serve (the page itself talks to the API over GraphQL).
import { fileURLToPath } from 'node:url';

/** Absolute path of the built static files (`pnpm build` writes them). */
export const webDist = fileURLToPath(new URL('./dist/', import.meta.url));
