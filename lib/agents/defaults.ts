// Plain values without zod, so a page that only shows templates (the agents list) does not load the schemas.

export const archivalToolNames = ["archival_memory_insert", "archival_memory_search"] as const;

/** The server's default character limit for a new block is 100,000; persona and human use 20,000. */
export const DEFAULT_BLOCK_LIMIT = 20_000;
