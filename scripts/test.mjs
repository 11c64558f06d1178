#!/usr/bin/env node
/**
 * `npm test`: the checks (lint, format, types) side by side (each is single-threaded), then every test.
 * (Running the browser journeys in a second vitest beside the other tests was tried: on two cores the
 * timing tests then failed and the whole took longer.)
 * With arguments (`npm test -- tests/integration/x.test.ts`), vitest runs just those, as usual.
 * `--check` runs only the checks (`npm run check`).
 */
import { spawn } from "node:child_process";

const args = process.argv.slice(2);
const bin = (name) => `node_modules/.bin/${name}`;

/** Runs commands side by side, each line prefixed with its name; resolves to the failed names. */
function together(commands) {
  return Promise.all(
    commands.map(
      ({ name, cmd, argv, env }) =>
        new Promise((resolve) => {
          const child = spawn(cmd, argv, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
          const prefix = commands.length > 1 ? `[${name}] ` : "";
          for (const stream of [child.stdout, child.stderr]) {
            let rest = "";
            stream.on("data", (chunk) => {
              const lines = (rest + chunk.toString("utf8")).split("\n");
              rest = lines.pop() ?? "";
              for (const line of lines) (stream === child.stdout ? process.stdout : process.stderr).write(`${prefix}${line}\n`);
            });
            stream.on("end", () => rest && (stream === child.stdout ? process.stdout : process.stderr).write(`${prefix}${rest}\n`));
          }
          child.on("error", (error) => {
            console.error(`${prefix}${error.message}`);
            resolve(name);
          });
          child.on("close", (code, signal) => resolve(code === 0 ? null : `${name} (${signal ?? `exit ${code}`})`));
        }),
    ),
  ).then((results) => results.filter(Boolean));
}

async function phase(title, commands) {
  const started = Date.now();
  const failed = await together(commands);
  console.log(`\n${title}: ${failed.length === 0 ? "passed" : `FAILED: ${failed.join(", ")}`} (${Math.round((Date.now() - started) / 1000)} s)\n`);
  if (failed.length > 0) process.exit(1);
}

const CHECKS = [
  { name: "eslint", cmd: bin("eslint"), argv: ["--max-warnings", "0", "."] },
  { name: "prettier", cmd: bin("prettier"), argv: ["--check", "--log-level", "warn", "**/*.{ts,tsx,mjs,js}"] },
  { name: "tsc", cmd: bin("tsc"), argv: ["--noEmit"] },
];

if (args[0] === "--check") {
  await phase("checks", CHECKS);
} else if (args.length > 0) {
  await phase("tests", [{ name: "vitest", cmd: bin("vitest"), argv: ["run", ...args] }]);
} else {
  // On PostgreSQL (CI's second pass) the checks and the unit tests have already run on PGlite.
  if (!process.env.TEST_DATABASE_URL) await phase("checks", CHECKS);
  await phase("tests", [{ name: "vitest", cmd: bin("vitest"), argv: ["run"] }]);
}
