/**
 * @pathwise/store-neo4j (work in progress).
 */
export {};
