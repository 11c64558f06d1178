/**
 * `npm run db:backup -- FILE` and `npm run db:restore -- FILE`: the embedded database (PGLITE_DIR) to
 * and from one file, with the server stopped. PostgreSQL is backed up with pg_dump (README, "Backup and
 * restore").
 */
import { backupPglite, BackupError, restorePglite } from "@/db/backup";
import { DatabaseLockedError } from "@/db/pglite-lock";
import { EnvError, parseEnv } from "@/lib/env";
import { seconds } from "./lib/run";

const [mode, file] = process.argv.slice(2);
if ((mode !== "backup" && mode !== "restore") || !file) {
  console.error("usage: npm run db:backup -- FILE   |   npm run db:restore -- FILE");
  process.exit(2);
}

try {
  const config = parseEnv(process.env);
  if (config.DATABASE_URL) {
    console.error(
      'DATABASE_URL is set: back up PostgreSQL with pg_dump -Fc -f FILE "$DATABASE_URL" and restore with ' +
        'pg_restore --no-owner -d NEW_DATABASE_URL FILE (README, "Backup and restore").',
    );
    process.exit(2);
  }
  const started = performance.now();
  if (mode === "backup") {
    const { bytes } = await backupPglite(config.PGLITE_DIR, file);
    console.log(`${config.PGLITE_DIR} → ${file} (${(bytes / 1e6).toFixed(1)} MB, ${seconds(performance.now() - started)})`);
  } else {
    await restorePglite(file, config.PGLITE_DIR);
    console.log(`${file} → ${config.PGLITE_DIR} (${seconds(performance.now() - started)}); the next start applies any newer migrations`);
  }
} catch (error) {
  if (error instanceof EnvError || error instanceof BackupError || error instanceof DatabaseLockedError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
