import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { DatabaseLockedError, lockPathFor } from "@/db/pglite-lock";
import { testEnv } from "@/tests/support/test-env";

const root = mkdtempSync(path.join(tmpdir(), "shuzhen-lock-"));
const TSX = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
const CHILD = path.join(process.cwd(), "tests", "support", "open-pglite.ts");

function runChild(dir: string, holdMs = 0): Promise<{ code: number | null; stdout: string; stderr: string; pid: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, "--conditions=react-server", CHILD, dir, String(holdMs)], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr, pid: child.pid ?? -1 }));
  });
}

afterAll(() => rmSync(root, { recursive: true, force: true }));

// A new folder costs an initdb (seconds of CPU): tests reuse the two folders that the first tests create.
const FOLDER_A = path.join(root, "a", "pglite");
const FOLDER_C = path.join(root, "c", "pglite");

// PGlite's own folder: the pass on PostgreSQL (TEST_DATABASE_URL) has nothing new to learn here.
describe.skipIf(Boolean(testEnv.TEST_DATABASE_URL))("PGlite folder lock", () => {
  it("refuses a second process and names the process that holds the folder", async () => {
    const dir = FOLDER_A;
    const handle = await openDatabase({ driver: "pglite", dir });
    try {
      const owner = JSON.parse(readFileSync(lockPathFor(dir), "utf8")) as { pid: number };
      expect(owner.pid).toBe(process.pid);
      const second = await runChild(dir);
      expect(second.code).toBe(3);
      expect(second.stdout).not.toContain("opened");
      expect(second.stderr).toContain(`in use by process ${process.pid}`);
      expect(second.stderr).toContain(path.resolve(dir));
      expect(second.stderr).toContain("DATABASE_URL");
    } finally {
      await handle.close();
    }
    expect(existsSync(lockPathFor(dir))).toBe(false);
  });

  it("refuses a second open in the same process", async () => {
    const dir = FOLDER_A;
    const handle = await openDatabase({ driver: "pglite", dir });
    try {
      await expect(openDatabase({ driver: "pglite", dir })).rejects.toThrow(DatabaseLockedError);
      await expect(openDatabase({ driver: "pglite", dir })).rejects.toThrow(/already open in this process/);
    } finally {
      await handle.close();
    }
  });

  it("lets the next process in once the holder has exited, and keeps the data", async () => {
    const dir = FOLDER_C;
    cpSync(FOLDER_A, dir, { recursive: true }); // a closed database folder: no initdb in the child
    const first = await runChild(dir);
    expect(first.code).toBe(0);
    const handle = await openDatabase({ driver: "pglite", dir });
    await handle.close();
  });

  it("takes over a lock left by a process that died", async () => {
    const dir = FOLDER_C;
    const deadPid = spawnSync(process.execPath, ["-e", ""]).pid; // has exited by now
    writeFileSync(lockPathFor(dir), JSON.stringify({ pid: deadPid, hostname: hostname(), command: "crashed", startedAt: "earlier" }));
    const handle = await openDatabase({ driver: "pglite", dir });
    const owner = JSON.parse(readFileSync(lockPathFor(dir), "utf8")) as { pid: number };
    expect(owner.pid).toBe(process.pid);
    await handle.close();
  });

  it("keeps a lock whose holder is alive, even if it is not a Shuzhen process", async () => {
    const dir = FOLDER_A;
    const holder = runChild(dir, 1000);
    // Wait until the child reports that it holds the folder.
    for (let i = 0; i < 200 && !existsSync(lockPathFor(dir)); i++) await new Promise((r) => setTimeout(r, 50));
    await expect(openDatabase({ driver: "pglite", dir })).rejects.toThrow(/in use by process \d+/);
    expect((await holder).code).toBe(0);
  });
});
