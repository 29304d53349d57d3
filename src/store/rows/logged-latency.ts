/** The latency a question is logged with: whole milliseconds, never negative. */
export const loggedLatencyMs = (latencyMs: number) => Math.max(0, Math.round(latencyMs));
