/**
 * Limits of a database transaction opened by `withTx` (src/db/client.ts), in milliseconds. Kept apart
 * (no imports) so the configuration can check settings that depend on them without loading Prisma.
 */

/** Most time a transaction may stay open before Prisma rolls it back. */
export const TX_TIMEOUT_MS = 30_000
/** Most time a transaction waits for a free connection of the pool before it fails. */
export const TX_MAX_WAIT_MS = 20_000
