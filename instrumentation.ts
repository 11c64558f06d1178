/**
 * Next.js calls this once when the server starts: the background worker starts with it, so that a
 * report job interrupted by a restart resumes without waiting for the next submission.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { ensureWorker } = await import("./lib/jobs/runtime");
  await ensureWorker();
}
