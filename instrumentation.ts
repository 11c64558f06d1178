/**
 * Runs once when a server starts: open the database now (taking the PGlite lock and applying any
 * pending migrations) so that the first request is fast and a second process fails at once.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { database } = await import("@/lib/db");
  await database();
}
