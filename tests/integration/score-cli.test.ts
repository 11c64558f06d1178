import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const TSX = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
const dir = mkdtempSync(path.join(tmpdir(), "shuzhen-score-"));

function score(input: unknown, ...flags: string[]) {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof input === "string" ? input : JSON.stringify(input));
  return spawnSync(process.execPath, [TSX, "--conditions=react-server", "scripts/score.ts", file, ...flags], { encoding: "utf8", timeout: 30_000 });
}

const FORTY = {
  "F.NET": ["plant_control_network", "enterprise_network", "industrial_5g", "full_coverage"],
  "F.EQDIG": "p60_100",
  "F.EQNET": "p60_100",
  "F.IS": "all",
  "F.NETSEC": ["policy", "products", "risk_assessment", "perimeter_detection"],
  "F.DATASEC": ["policy", "products", "risk_assessment", "inventory_checks"],
  "S.QUALITY": 2,
  "S.FINANCE": 2,
  "S.MARKETING": 2,
  "S.HR": 2,
  "S.OFFICE": 2,
  "S.DECISION": 2,
};

describe("npm run score", () => {
  it("prints total, dimensions, scenes and level for one object", () => {
    const r = score({ template: "miit-2024-manufacturing", answers: FORTY });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ total: 40, level: 2, dimensions: { FOUNDATION: 40, MANAGEMENT: 0, EFFECT: 0 }, isReference: false });
    expect((out.scenes as Record<string, number>)["S.QUALITY"]).toBe(2);
  });

  it("prints warnings for contradictory answers, scores them as given and exits 0", () => {
    const r = score([
      { template: "miit-2024-manufacturing", answers: { ...FORTY, "F.EQDIG": "p10_20" } },
      { template: "miit-2024-manufacturing", answers: FORTY },
    ]);
    expect(r.status).toBe(0);
    const [clash, fine] = JSON.parse(r.stdout) as {
      total: number;
      warnings: { code: string; questions: string[]; message: { "zh-CN": string; en: string } }[];
    }[];
    expect(clash?.total).toBe(35.5);
    expect(clash?.warnings).toHaveLength(1);
    expect(clash?.warnings[0]).toMatchObject({ code: "share_above_reference", questions: ["F.EQNET", "F.EQDIG"] });
    expect(clash?.warnings[0]?.message["zh-CN"]).toContain("联网率不应高于数字化率");
    expect(fine?.warnings).toEqual([]);
  });

  it("keeps the order of an array and includes paths on request", () => {
    const r = score(
      [
        { template: "miit-2024-services", answers: {} },
        { template: "miit-2024-manufacturing", answers: FORTY },
      ],
      "--paths",
    );
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { template: string; level: number; paths: { next: { target: number; reachable: boolean } } }[];
    expect(out.map((o) => [o.template, o.level])).toEqual([
      ["miit-2024-services", 0],
      ["miit-2024-manufacturing", 2],
    ]);
    expect(out[1]?.paths.next).toMatchObject({ target: 3, reachable: true });
  });

  it("exits 2 with one problem per line, each with its question code", () => {
    const r = score([
      { template: "miit-2024-manufacturing", answers: { "F.IS": "lots", "S.HR": 9 } },
      { template: "nope", answers: {} },
    ]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toEqual([
      "[0] F.IS: unknown option lots",
      "[0] S.HR: scene level 9 is outside 0–4",
      "[1] template: unknown template nope; one of miit-2024-manufacturing, miit-2024-services, miit-2024-other",
    ]);
  });

  it("requires every answer with --complete and rejects malformed JSON", () => {
    const r = score({ template: "miit-2024-manufacturing", answers: FORTY }, "--complete");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("M.PLAN: not answered");
    const bad = score("{not json");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^input: /);
  });
});
