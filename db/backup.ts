import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { acquireDirectoryLock } from "./pglite-lock";

/**
 * Backup and restore of the embedded database (PGLITE_DIR) as one gzipped tarball of its data folder,
 * PGlite's own format (`dumpDataDir`, `loadDataDir`). Both take the folder's lock, so they refuse to
 * run while a server has the database open. PostgreSQL deployments use pg_dump / pg_restore instead
 * (README, "Backup and restore").
 */

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

/** Writes the folder's database to `file` (written beside it first, then renamed, so a failed run leaves no half file). */
export async function backupPglite(dir: string, file: string): Promise<{ bytes: number }> {
  if (!existsSync(path.join(dir, "PG_VERSION"))) throw new BackupError(`${dir} is not an embedded database folder (no PG_VERSION)`);
  const lock = acquireDirectoryLock(dir);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const client = new PGlite(path.resolve(dir));
    try {
      await client.waitReady;
      await client.exec("checkpoint");
      const tarball = Buffer.from(await (await client.dumpDataDir("gzip")).arrayBuffer());
      const partial = `${file}.partial`;
      writeFileSync(partial, tarball);
      renameSync(partial, file);
      return { bytes: tarball.length };
    } finally {
      await client.close();
    }
  } finally {
    lock.release();
  }
}

/** Unpacks a backup into `dir`, which must not exist yet or be empty: a restore never overwrites a database. */
export async function restorePglite(file: string, dir: string): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist`);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new BackupError(`${dir} is not empty: restore into a new folder (or move the old one away first)`);
  }
  const lock = acquireDirectoryLock(dir);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    let client: InstanceType<typeof PGlite> | undefined;
    try {
      client = new PGlite(path.resolve(dir), { loadDataDir: new Blob([readFileSync(file)]) });
      await client.waitReady;
      await client.query("select 1");
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw new BackupError(`${file} could not be restored: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await client?.close();
    }
  } finally {
    lock.release();
  }
}
