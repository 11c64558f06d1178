import { describe, expect, it } from "vitest";
import { loadPolicyCatalogue, policyEntry } from "./policies";

const [base] = loadPolicyCatalogue().filter((p) => p.region.clause !== null);

function issuesOf(entry: unknown): { path: string; message: string }[] {
  const parsed = policyEntry.safeParse(entry);
  return parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

describe("policy links", () => {
  it("accept only http(s) addresses, naming the field (javascript: and data: were stored and rendered as links)", () => {
    expect(base).toBeDefined();
    for (const bad of [
      "javascript:alert(document.cookie)",
      "JavaScript://%0aalert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox",
      "ftp://files.example.cn/a.pdf",
    ]) {
      expect(issuesOf({ ...base, sources: ["https://www.gov.cn/a", bad] }), bad).toEqual([{ path: "sources.1", message: "an http(s) address" }]);
      expect(issuesOf({ ...base, region: { ...base!.region, clause: { ...base!.region.clause, source: bad } } }), bad).toEqual([
        { path: "region.clause.source", message: "an http(s) address" },
      ]);
    }
    expect(issuesOf({ ...base, sources: ["https://www.gov.cn/zhengce/a.html?id=1", "http://gxj.zhengzhou.gov.cn/x"] })).toEqual([]);
  });

  it("every policy of the catalogue links to http(s) sources only", () => {
    for (const p of loadPolicyCatalogue()) for (const s of p.sources) expect(new URL(s).protocol, p.id).toMatch(/^https?:$/);
  });
});
