import { describe, expect, it } from "vitest";
import { policyEntry } from "@/db/catalogue/policy-schema";
import { AppError } from "@/lib/errors";
import { issuesFromZod } from "@/lib/http/errors";
import { blankEntry } from "./policy-proposal";
import { readPolicy, readSolution } from "./catalogue-entries";

/** A policy as an officer might get it wrong in the form: each field at fault named, in Chinese. */
const bad = {
  ...blankEntry("city-policy-1", "某市数字化改造补助"),
  percent: { value: 150, clause: { quote: "30 percent", source: "第二条", confidence: "H", kind: "quote" } },
  industries: { value: { all: false, codes: ["1"], segments: [] }, clause: null },
  exclusions: ["listed firms"],
};
const hasChinese = /[\u4e00-\u9fff]/;

describe("catalogue entries' problems in the reader's language", () => {
  it("are answered by the save route in Chinese, each under the field's path", () => {
    const parsed = policyEntry.safeParse(bad);
    expect(parsed.success).toBe(false);
    const issues = AppError.validation(issuesFromZod(parsed.error!, "entry")).issuesIn("zh-CN");
    expect(issues.map((i) => i.field).sort()).toEqual(
      ["entry.exclusions.0", "entry.industries.value.codes.0", "entry.percent.clause.quote", "entry.percent.clause.source", "entry.percent.value"].sort(),
    );
    for (const i of issues) expect(i.message).toMatch(hasChinese);
    expect(issues.find((i) => i.field === "entry.percent.value")?.message).toBe("不能大于 100");
  });

  it("are read the same way in the browser, in either language", () => {
    const zh = readPolicy(bad, "zh-CN");
    const en = readPolicy(bad, "en");
    expect(zh.ok || en.ok).toBe(false);
    if (zh.ok || en.ok) return;
    for (const i of zh.issues) expect(i.message).toMatch(hasChinese);
    expect(en.issues.find((i) => i.field === "percent.clause.source")?.message).toBe("an http(s) address");
    expect(readSolution({ id: "x" }, "zh-CN").ok).toBe(false);
  });
});
