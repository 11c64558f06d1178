/**
 * Whether an error means the database cannot be reached right now (down, restarting, out of
 * connections, closed), as opposed to a bug or bad data: such a request is a 503 with Retry-After, not
 * a 500. Drizzle wraps driver errors (DrizzleQueryError), so the cause chain is followed.
 */

/** postgres.js connection errors and the Node socket errors under them. */
const CONNECTION_CODES = new Set([
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  "CONNECTION_ENDED",
  "CONNECT_TIMEOUT",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
]);

/**
 * SQLSTATEs of a server that is there but cannot serve: connection exceptions (class 08), too many
 * clients (53300), shut down by an administrator or a crash, or still starting (57P01–57P03).
 */
const UNAVAILABLE_STATE = /^(08[0-9A-Z]{3}|53300|57P0[123])$/;

/** PGlite's refusals once closed or closing (a shutdown under way). */
const PGLITE_CLOSED = /^PGlite is clos(ed|ing)$/;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === "string" && (CONNECTION_CODES.has(e.code) || UNAVAILABLE_STATE.test(e.code))) return true;
  if (typeof e.message === "string" && PGLITE_CLOSED.test(e.message)) return true;
  // Node reports a refused connection to every address of a host as one AggregateError.
  if (Array.isArray(e.errors) && e.errors.length > 0 && e.errors.every((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
