/**
 * @pathwise/interop (work in progress).
 */
export {};
