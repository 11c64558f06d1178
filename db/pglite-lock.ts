import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";

/**
 * PGlite has no cross-process locking: two processes on one folder silently diverge. We take a lock
 * file beside the folder at open and refuse a second owner with a message naming the holder.
 */

export interface LockOwner {
  pid: number;
  hostname: string;
  command: string;
  startedAt: string;
}

export class DatabaseLockedError extends Error {
  readonly owner: LockOwner;
  readonly lockPath: string;
  constructor(dataDir: string, lockPath: string, owner: LockOwner) {
    const self = owner.pid === process.pid && owner.hostname === hostname();
    super(
      (self
        ? `The embedded database ${dataDir} is already open in this process (pid ${owner.pid}).`
        : `The embedded database ${dataDir} is in use by process ${owner.pid} on ${owner.hostname} ` + `(${owner.command}), started ${owner.startedAt}.`) +
        " PGlite allows one process per folder: stop that process first, point PGLITE_DIR at another folder," +
        " or set DATABASE_URL to use PostgreSQL." +
        ` If no such process exists, delete ${lockPath}.`,
    );
    this.name = "DatabaseLockedError";
    this.owner = owner;
    this.lockPath = lockPath;
  }
}

export function lockPathFor(dataDir: string): string {
  const abs = path.resolve(dataDir);
  return path.join(path.dirname(abs), `${path.basename(abs)}.lock`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(lockPath: string): LockOwner | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(lockPath, "utf8"));
    if (parsed && typeof parsed === "object" && "pid" in parsed && typeof parsed.pid === "number") {
      const o = parsed as Partial<LockOwner> & { pid: number };
      return { pid: o.pid, hostname: o.hostname ?? "?", command: o.command ?? "?", startedAt: o.startedAt ?? "?" };
    }
    return null;
  } catch {
    return null;
  }
}

export interface HeldLock {
  lockPath: string;
  release(): void;
}

/** Takes the lock or throws DatabaseLockedError; a lock left by a dead process on this host is taken over. */
export function acquireDirectoryLock(dataDir: string): HeldLock {
  const lockPath = lockPathFor(dataDir);
  mkdirSync(path.dirname(lockPath), { recursive: true });
  const me: LockOwner = {
    pid: process.pid,
    hostname: hostname(),
    command:
      process.argv
        .slice(1)
        .map((a) => path.basename(a))
        .join(" ")
        .slice(0, 200) || "node",
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off("exit", release);
        const owner = readOwner(lockPath);
        if (owner?.pid === me.pid && owner.startedAt === me.startedAt) {
          try {
            unlinkSync(lockPath);
          } catch {
            /* already gone */
          }
        }
      };
      process.on("exit", release);
      return { lockPath, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(lockPath);
      const stale = owner === null || (owner.hostname === me.hostname && owner.pid !== me.pid && !isAlive(owner.pid));
      if (!stale) throw new DatabaseLockedError(path.resolve(dataDir), lockPath, owner);
      try {
        unlinkSync(lockPath);
      } catch {
        /* another process took it over first; the next attempt tells */
      }
    }
  }
  const owner = readOwner(lockPath);
  throw new DatabaseLockedError(path.resolve(dataDir), lockPath, owner ?? { pid: -1, hostname: "?", command: "?", startedAt: "?" });
}
