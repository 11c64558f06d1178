import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BackupError, backupPglite, restorePglite } from "@/db/backup";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { migrateDatabase, MIGRATIONS_FOLDER } from "@/db/migrate";
import { DatabaseLockedError } from "@/db/pglite-lock";
import { prepareDatabase } from "@/lib/db/prepare";
import { createPostgresDatabase } from "../support/test-database";
import { testEnv } from "../support/test-env";

/**
 * The backup and restore that README ("Backup and restore") documents, done for real: a database with
 * the demo seed and one marked row, backed up, restored somewhere new, opened with the app's client.
 */

const root = mkdtempSync(path.join(tmpdir(), "shuzhen-backup-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const TSX = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
const MIGRATIONS = (JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: unknown[] }).entries.length;
const PG_BIN = "/usr/lib/postgresql/15/bin";

/** Row count of every table: what a restore must give back. */
async function tableCounts(handle: DatabaseHandle): Promise<Record<string, number>> {
  const tables = await handle.query<{ name: string }>(
    "select table_schema || '.' || table_name as name from information_schema.tables where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1",
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await handle.query<{ n: number }>(
      `select count(*)::int as n from ${name
        .split(".")
        .map((p) => `"${p}"`)
        .join(".")}`,
    );
    counts[name] = row?.n ?? -1;
  }
  return counts;
}

/** Migrates, seeds the demo and writes one marked row; returns what the database holds. */
async function fill(handle: DatabaseHandle, marker: string): Promise<Record<string, number>> {
  await prepareDatabase(handle, { demo: true });
  await handle.query("insert into audit_log (action, target_type, target_id) values ('backup.test', 'marker', $1)", [marker]);
  return tableCounts(handle);
}

/** The restored database: same rows, the marker, and its migrations up to date (migrating again adds none). */
async function expectRestored(handle: DatabaseHandle, marker: string, counts: Record<string, number>): Promise<void> {
  expect(await tableCounts(handle)).toEqual(counts);
  expect(counts["public.tenants"]).toBeGreaterThan(0);
  expect(await handle.query("select target_id from audit_log where action = 'backup.test'")).toEqual([{ target_id: marker }]);
  expect(counts["drizzle.__drizzle_migrations"]).toBe(MIGRATIONS);
  await migrateDatabase(handle);
  expect((await tableCounts(handle))["drizzle.__drizzle_migrations"]).toBe(MIGRATIONS);
}

describe("backup and restore of the embedded database (PGLITE_DIR)", () => {
  it("npm run db:backup writes one file that db:restore unpacks into a new folder, with every row; a stopped folder's copy works too", async () => {
    const dir = path.join(root, "live", "pglite");
    const handle = await openDatabase({ driver: "pglite", dir });
    let counts: Record<string, number>;
    try {
      counts = await fill(handle, "pglite-marker");
      // While a server has the folder open, a backup refuses rather than read a database in use.
      await expect(backupPglite(dir, path.join(root, "refused.tar.gz"))).rejects.toThrow(DatabaseLockedError);
    } finally {
      await handle.close();
    }

    const file = path.join(root, "shuzhen.tar.gz");
    const backup = spawnSync(process.execPath, [TSX, "--conditions=react-server", "scripts/db-backup.ts", "backup", file], {
      env: { ...process.env, PGLITE_DIR: dir, DATABASE_URL: "" },
      encoding: "utf8",
    });
    expect(backup.stderr).toBe("");
    expect(backup.status).toBe(0);
    expect(statSync(file).size).toBeGreaterThan(100_000);
    expect(existsSync(`${file}.partial`)).toBe(false);

    const restored = path.join(root, "restored", "pglite");
    await restorePglite(file, restored);
    const reopened = await openDatabase({ driver: "pglite", dir: restored });
    try {
      await expectRestored(reopened, "pglite-marker", counts);
    } finally {
      await reopened.close();
    }

    // The other documented way: copy the folder while no server has it open.
    const copy = path.join(root, "copy", "pglite");
    cpSync(dir, copy, { recursive: true });
    const copied = await openDatabase({ driver: "pglite", dir: copy });
    try {
      expect(await tableCounts(copied)).toEqual(counts);
    } finally {
      await copied.close();
    }
  }, 180_000);

  it("never restores over a database, and says so", async () => {
    const occupied = path.join(root, "occupied");
    mkdirSync(occupied, { recursive: true });
    writeFileSync(path.join(occupied, "PG_VERSION"), "17\n");
    const file = path.join(root, "any.tar.gz");
    writeFileSync(file, "not a tarball");
    await expect(restorePglite(file, occupied)).rejects.toThrow(/not empty/);
    await expect(restorePglite(path.join(root, "missing.tar.gz"), path.join(root, "new"))).rejects.toThrow(BackupError);
    await expect(backupPglite(path.join(root, "nothing-here"), path.join(root, "x.tar.gz"))).rejects.toThrow(/not an embedded database folder/);
    const onPostgres = spawnSync(process.execPath, [TSX, "--conditions=react-server", "scripts/db-backup.ts", "backup", file], {
      env: { ...process.env, DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" },
      encoding: "utf8",
    });
    expect(onPostgres.status).toBe(2);
    expect(onPostgres.stderr).toContain("pg_dump -Fc");
  });
});

describe.skipIf(!testEnv.TEST_DATABASE_URL)(
  `backup and restore of PostgreSQL with pg_dump -Fc / pg_restore${testEnv.TEST_DATABASE_URL ? "" : " (skipped: needs TEST_DATABASE_URL)"}`,
  () => {
    it("restores a dump into a new database that the app opens with every row and its migrations up to date", async () => {
      const pgDump = existsSync(path.join(PG_BIN, "pg_dump")) ? path.join(PG_BIN, "pg_dump") : "pg_dump";
      const pgRestore = existsSync(path.join(PG_BIN, "pg_restore")) ? path.join(PG_BIN, "pg_restore") : "pg_restore";
      const source = await createPostgresDatabase("shuzhen_backup");
      const target = await createPostgresDatabase("shuzhen_restore");
      try {
        const handle = await openDatabase({ driver: "postgres", url: source.url, poolMax: 2 });
        let counts: Record<string, number>;
        try {
          counts = await fill(handle, "postgres-marker");
        } finally {
          await handle.close();
        }
        const file = path.join(root, "shuzhen.dump");
        const dump = spawnSync(pgDump, ["-Fc", "-f", file, source.url], { encoding: "utf8" });
        expect(dump.stderr).toBe("");
        expect(dump.status).toBe(0);
        const restore = spawnSync(pgRestore, ["--no-owner", "--exit-on-error", "-d", target.url, file], { encoding: "utf8" });
        expect(restore.stderr).toBe("");
        expect(restore.status).toBe(0);

        const restored = await openDatabase({ driver: "postgres", url: target.url, poolMax: 2 });
        try {
          await expectRestored(restored, "postgres-marker", counts);
        } finally {
          await restored.close();
        }
      } finally {
        await source.drop();
        await target.drop();
      }
    }, 120_000);
  },
);
