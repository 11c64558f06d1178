import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const TEST_AUTH_SECRET = "vitest-session-key-not-for-production-0123456789";

/**
 * Browser journeys run in full on PGlite. On PostgreSQL (CI's second pass) only those whose database
 * side differs run again: the health route naming the driver, a report written by the background
 * worker, and two servers with a worker on one database. The services under every other journey run
 * on PostgreSQL in the integration suite; the journeys again added four minutes to CI for no new path.
 */
const E2E_ON_POSTGRES = ["landing", "report", "two-servers"].map((name) => `tests/e2e/${name}.test.ts`);

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Next's guard module throws outside React Server Components; tests import server code directly.
      "server-only": path.join(root, "tests/support/server-only.ts"),
    },
  },
  test: {
    // Two cores: vitest's default leaves one for itself and runs the files one at a time; most files
    // wait on a database, a child process or a browser for part of their time.
    maxWorkers: 2,
    // A database for code that calls lib/db directly: in memory unless a test makes its own.
    // No background worker in test processes: tests that need one start it themselves.
    // A fixed session key: tests write nothing into the working tree (no .data/auth-secret).
    env: { PGLITE_DIR: "memory://", LOG_LEVEL: "warn", JOB_WORKER: "false", AUTH_SECRET: TEST_AUTH_SECRET },
    projects: [
      // Pure logic touches no database: with TEST_DATABASE_URL (CI's second pass, on PostgreSQL) only
      // the database and browser tests run again.
      ...(process.env.TEST_DATABASE_URL
        ? []
        : [{ extends: true as const, test: { name: "unit", include: ["{lib,scoring,db,prompts,components,eslint}/**/*.test.{ts,tsx}"] } }]),
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          // On PGlite, each file starts from a copy of one prepared database (tests/support/pglite-template.ts).
          globalSetup: ["tests/support/pglite-template.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: process.env.TEST_DATABASE_URL ? E2E_ON_POSTGRES : ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
