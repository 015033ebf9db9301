/** Absolute path of the built static files (`pnpm build` writes them). */
export declare const webDist: string;
