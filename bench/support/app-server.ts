import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * The product as `npm start` runs it (build if needed, migrate, serve) on a random port with a
 * throwaway PGlite folder (or DATABASE_URL when set), for benchmarks that measure over HTTP.
 */
export async function startAppServer(env: Record<string, string> = {}): Promise<{ base: string; stop: () => void }> {
  const port = 3400 + Math.floor(Math.random() * 400);
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "shuzhen-bench-"));
  const server = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", "scripts/start.ts"], {
    // No demo portal page (its port may be taken) and no synthetic dashboard data: not what is measured.
    env: {
      DEMO_PORTAL_PORT: "0",
      DEMO_DASHBOARD_ASSESSMENTS: "0",
      DEMO_PROJECTS: "false",
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      PGLITE_DIR: path.join(dataDir, "pglite"),
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.on("exit", stop);
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* starting */
    }
    if (i > 600 || server.exitCode !== null) throw new Error("server did not start");
    await new Promise((r) => setTimeout(r, 500));
  }
  return { base, stop };
}
