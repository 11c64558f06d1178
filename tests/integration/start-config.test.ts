import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const TSX = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");

describe("npm start with a wrong setting", () => {
  it.each([
    ["PORT", "eighty"],
    ["DATABASE_URL", "mysql://root@localhost/shuzhen"],
    ["SEED_DEMO", "perhaps"],
  ])("stops before doing anything and names %s", (variable, value) => {
    const result = spawnSync(process.execPath, [TSX, "--conditions=react-server", "scripts/start.ts"], {
      env: { ...process.env, [variable]: value, PGLITE_DIR: path.join("/nonexistent", "never-created") },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${variable}:`);
    expect(result.stdout).not.toContain("[2/3]");
  });
});
