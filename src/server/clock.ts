/** The server's one reading of time: monotonic milliseconds, for rate limits. */
export const monotonicMs = (): number => performance.now();
