import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { actionWords, AUDIT_CATEGORIES, detailWords } from "./audit-words";

/** Every action the code writes to the audit log, read from the source. */
function auditedActions(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.ts$/.test(name) && !name.endsWith(".test.ts")) {
        const text = readFileSync(file, "utf8");
        for (const m of text.matchAll(/action: "([a-z_]+\.[a-z_]+)"/g)) found.add(m[1]!);
        for (const m of text.matchAll(/audit\(db, [^,]+, "([a-z_]+\.[a-z_]+)"/g)) found.add(m[1]!);
      }
    }
  };
  walk(path.join(process.cwd(), "lib"));
  return [...found];
}

describe("the audit log in words", () => {
  it("every action the code records reads as words in both languages, and falls under a category", () => {
    const actions = auditedActions();
    expect(actions.length).toBeGreaterThan(15);
    for (const action of actions) {
      expect(actionWords(action, "zh-CN"), action).not.toBe(action);
      expect(actionWords(action, "en"), action).not.toBe(action);
      expect(
        AUDIT_CATEGORIES.some((c) => action.startsWith(c.prefix)),
        action,
      ).toBe(true);
    }
    expect(actionWords("catalogue.policy_retired", "zh-CN")).toBe("停用政策");
    expect(actionWords("catalogue.solution_created", "en")).toBe("added a solution");
  });

  it("details as labelled values, roles by name, hashes left out", () => {
    expect(detailWords({ email: "a@b.cn", role: "tenant_admin", sha256: "ff" }, "zh-CN")).toEqual(["邮箱：a@b.cn", "角色：门户管理员"]);
    expect(detailWords({ before: { role: "consultant" }, after: { role: "tenant_admin" } }, "en")).toEqual([
      "before: role consultant",
      "after: role portal administrator",
    ]);
    // A webhook's events by their names, not their codes (a Chinese reader reads no English word).
    expect(detailWords({ url: "https://hooks.example.cn/x", events: ["assessment.submitted", "report.ready"], active: true }, "zh-CN")).toEqual([
      "接收地址：https://hooks.example.cn/x",
      "事件：评测已提交（含等级与总分）、报告已生成",
      "启用：是",
    ]);
  });
});
