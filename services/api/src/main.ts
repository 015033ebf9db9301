/**
 * The GraphQL service entry point (work in progress).
 */
export {};
