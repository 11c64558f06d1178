/** Child process for the lock test: tries to open a PGlite folder, reports, and holds it if asked. */
import { openDatabase } from "@/db/client";
import { DatabaseLockedError } from "@/db/pglite-lock";

const [dir, holdMs = "0"] = process.argv.slice(2);
if (!dir) throw new Error("usage: open-pglite DIR [HOLD_MS]");
try {
  const handle = await openDatabase({ driver: "pglite", dir });
  console.log(`opened by ${process.pid}`);
  await new Promise((resolve) => setTimeout(resolve, Number(holdMs)));
  await handle.close();
  process.exit(0);
} catch (error) {
  if (error instanceof DatabaseLockedError) {
    console.error(error.message);
    process.exit(3);
  }
  throw error;
}
