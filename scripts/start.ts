/**
 * `npm start`: check the configuration, migrate and seed, build when the sources changed since the
 * last build, then serve the production build and print where, with the demo logins.
 */
import { spawn } from "node:child_process";
import { relayActivity } from "@/lib/http/activity";
import { DEMO_PASSWORD, DEMO_USERS } from "@/db/seed";
import { DatabaseLockedError } from "@/db/pglite-lock";
import { appUrl, EnvError, isLoopback, outboxExposureWarning, parseEnv, type Env } from "@/lib/env";
import { buildIsCurrent, recordBuild, sourceHash } from "./lib/build-state";
import { startDemoPortal } from "./lib/demo-portal";
import { prepareWithProgress } from "./lib/prepare";
import { internalUrl, NEXT_BIN, run, seconds, serverNodeOptions, WORKER_ARGS } from "./lib/run";

function fail(message: string): never {
  console.error(`\n✗ ${message}\n`);
  process.exit(1);
}

async function waitForHealth(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return true;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

function banner(config: Env): string {
  const lines = [
    "",
    `数诊 Shuzhen 已启动 / is ready: ${appUrl(config)}`,
    isLoopback(config.HOST)
      ? `Listening on ${config.HOST}:${config.PORT}: this machine only (HOST=0.0.0.0 to serve other machines)`
      : `Listening on ${config.HOST}:${config.PORT}: reachable from other machines`,
    config.DATABASE_URL
      ? "Database: PostgreSQL (DATABASE_URL)"
      : `Database: embedded PGlite in ${config.PGLITE_DIR} (one process only; set DATABASE_URL for PostgreSQL)`,
  ];
  if (config.SEED_DEMO) {
    lines.push(`演示账号 / demo logins (password ${DEMO_PASSWORD}):`);
    for (const user of DEMO_USERS) lines.push(`  ${user.role.padEnd(15)} ${user.email.padEnd(34)} ${user.tenantSlug}`);
    lines.push(`城市门户页面 / a city portal's own pages: ${appUrl(config)}/t/zhengzhou`);
  }
  if (config.DEMO_PORTAL_PORT > 0) lines.push(`演示门户（嵌入） / demo portal embedding the assessment: http://localhost:${config.DEMO_PORTAL_PORT}/`);
  const warning = outboxExposureWarning(config);
  if (warning) lines.push("", warning);
  lines.push("Ctrl+C stops the server.", "");
  return lines.join("\n");
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  let config: Env;
  try {
    config = parseEnv(process.env, { serving: true });
  } catch (error) {
    if (error instanceof EnvError) fail(error.message);
    throw error;
  }
  console.log("[1/3] 配置正确 / configuration OK");

  try {
    await prepareWithProgress(config, "[2/3]");
  } catch (error) {
    if (error instanceof DatabaseLockedError) fail(error.message);
    throw error;
  }

  if (buildIsCurrent()) {
    console.log("[3/3] 构建已是最新 / build is up to date");
  } else {
    console.log("[3/3] 构建生产版本 / building (sources changed since the last build)…");
    const hash = sourceHash();
    const t = performance.now();
    const code = await run(process.execPath, [NEXT_BIN, "build"], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (code !== 0) fail(`next build failed with exit code ${code}`);
    recordBuild(hash);
    console.log(`      built in ${seconds(performance.now() - t)}`);
  }

  // On PostgreSQL, background work runs in worker processes of its own, never on the server's event
  // loop; the embedded database allows one process, so there the server runs jobs itself.
  const workerCount = config.DATABASE_URL ? config.JOB_WORKERS : 0;
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    SHUZHEN_INTERNAL_URL: internalUrl(config),
    NODE_OPTIONS: serverNodeOptions(),
  };
  // With an IPC channel each way: the server says when it answers requests, the workers give way.
  const withIpc = ["inherit", "inherit", "inherit", "ipc"] as const;
  const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(config.PORT), "-H", config.HOST], {
    stdio: workerCount > 0 ? [...withIpc] : "inherit",
    env: { ...serverEnv, ...(workerCount > 0 ? { JOB_WORKER: "false", SHUZHEN_ACTIVITY_IPC: "true" } : {}) },
  });
  const workers = Array.from({ length: workerCount }, () =>
    spawn(process.execPath, WORKER_ARGS, { stdio: [...withIpc], env: { ...process.env, NODE_ENV: "production" } }),
  );
  server.on("message", (m) => relayActivity(m, workers));
  // A channel closing under a write (a worker going away) must not stop the supervisor.
  for (const child of [server, ...workers]) child.on("error", (error) => console.warn(`background process: ${error.message}`));
  if (workerCount > 0) console.log(`      background jobs: ${workerCount} worker process${workerCount === 1 ? "" : "es"} (JOB_WORKERS)`);
  const stop = (signal: NodeJS.Signals) => {
    if (server.exitCode === null) server.kill(signal);
    for (const w of workers) if (w.exitCode === null) w.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

  const probeHost = config.HOST === "0.0.0.0" || config.HOST === "::" ? "127.0.0.1" : config.HOST;
  if (await waitForHealth(`http://${probeHost.includes(":") ? `[${probeHost}]` : probeHost}:${config.PORT}/api/health`, 60_000)) {
    if (config.DEMO_PORTAL_PORT > 0) {
      try {
        await startDemoPortal({ port: config.DEMO_PORTAL_PORT, appUrl: appUrl(config) });
      } catch (error) {
        console.warn(
          `The demo portal could not listen on port ${config.DEMO_PORTAL_PORT} (${error instanceof Error ? error.message : String(error)}); set DEMO_PORTAL_PORT to another port, or 0.`,
        );
      }
    }
    console.log(banner(config));
    console.log(`(started in ${seconds(performance.now() - startedAt)})`);
  } else {
    console.error("The server did not report healthy within 60 s; see the output above.");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
