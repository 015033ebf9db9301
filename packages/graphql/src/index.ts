/**
 * @pathwise/graphql (work in progress).
 */
export {};
