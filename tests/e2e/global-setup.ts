import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort, stopGroup, waitForHealth } from "../support/app-process";
import { startFakeLlm } from "../support/fake-llm";
import { isPolicyRequest, policyProposalReply } from "../support/fake-policy";
import { groundedReply, sectionRequest } from "../support/fake-writer";
import { createPostgresDatabase } from "../support/test-database";
import { E2E_MODEL } from "./browser";
import { testEnv } from "../support/test-env";

/**
 * Starts the product the way README says (`npm start`, i.e. scripts/start.ts: migrate, seed, build if
 * needed, serve) on a free port with a throwaway database, for the browser tests to drive. Reports are
 * written through a scripted OpenAI-compatible fake on loopback (sections finish one after another).
 */

function loud(message: string): void {
  const bar = "!".repeat(78);
  console.warn(`\n${bar}\n${message}\n${bar}\n`);
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  if (!existsSync(testEnv.CHROME_PATH)) {
    const message = `Chromium not found at ${testEnv.CHROME_PATH}: browser tests cannot run.\nInstall it with \`apt-get install -y chromium\` or set CHROME_PATH.`;
    if (testEnv.CI) throw new Error(`${message}\nUnder CI=true this is a failure.`);
    loud(`${message}\nSKIPPING the browser tests (only them).`);
    project.provide("chromiumPath", "");
    project.provide("baseURL", "");
    project.provide("demoPortalPort", 0);
    return;
  }

  const port = await freePort();
  const demoPortalPort = await freePort();
  const resultsDir = testEnv.TEST_RESULTS_DIR;
  mkdirSync(resultsDir, { recursive: true });
  const logFile = path.join(resultsDir, "e2e-server.log");
  const dataDir = mkdtempSync(path.join(tmpdir(), "shuzhen-e2e-"));
  const pg = testEnv.TEST_DATABASE_URL ? await createPostgresDatabase("shuzhen_e2e") : null;

  const order = ["summary", "profile", "result", "diagnosis", "targets", "plan", "schedule", "effects", "risks"];
  const llm = await startFakeLlm((req) => {
    if (isPolicyRequest(req)) return policyProposalReply(req);
    const r = sectionRequest(req);
    return { ...groundedReply(r), delayMs: 150 * (order.indexOf(r.section) + 1) };
  });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    // The demo city portal (another origin) that embeds the assessment; the seed allows it to frame.
    DEMO_PORTAL_PORT: String(demoPortalPort),
    HOST: "localhost",
    PGLITE_DIR: path.join(dataDir, "pglite"),
    SEED_DEMO: "true",
    LLM_BASE_URL: llm.url,
    LLM_MODEL: E2E_MODEL,
    LLM_API_KEY: "e2e",
    JOB_WORKER: "true",
    // The reset journey reads its mail there, also when the server runs on PostgreSQL.
    DEV_OUTBOX: "true",
    // Its own session key: the server writes nothing into the working tree (.data/auth-secret).
    AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-session-key-not-for-production-0123456789",
  };
  delete env.DATABASE_URL;
  if (pg) env.DATABASE_URL = pg.url;

  const out = openSync(logFile, "w");
  const child = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", "scripts/start.ts"], {
    env,
    stdio: ["ignore", out, out],
    detached: true, // own process group: teardown stops the server and its children together
  });
  const baseURL = `http://localhost:${port}`;
  const stop = async () => {
    await stopGroup(child);
    rmSync(dataDir, { recursive: true, force: true });
    await pg?.drop();
    await llm.close();
  };
  try {
    // A first run builds the app (about a minute on two cores).
    await waitForHealth(`${baseURL}/api/health`, child, logFile, 300_000);
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide("chromiumPath", testEnv.CHROME_PATH);
  project.provide("baseURL", baseURL);
  project.provide("demoPortalPort", demoPortalPort);
  return stop;
}
