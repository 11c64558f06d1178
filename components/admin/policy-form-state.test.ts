import { describe, expect, it } from "vitest";
import { loadPolicyCatalogue, policyEntry } from "@/db/catalogue/policies";
import { issuesBySlot } from "./form-issues";
import { markQuotes } from "./quote-marks";
import { conditionsWithoutEvidence, emptyPolicyForm, entryToForm, formToEntry, POLICY_CONDITIONS } from "./policy-form-state";

describe("policy form state", () => {
  it.each(loadPolicyCatalogue().map((p) => [p.id, p] as const))("round-trips %s: entry → form → entry", (_id, entry) => {
    const back = policyEntry.parse(formToEntry(entryToForm(entry)));
    expect(back).toEqual(entry);
  });

  it("makes a valid entry from an empty form, every condition unknown", () => {
    const entry = policyEntry.parse(formToEntry(emptyPolicyForm("city-policy-1", "某市数字化改造补助")));
    for (const k of POLICY_CONDITIONS) expect(entry[k]).toEqual({ value: null, clause: null });
    expect(entry).toMatchObject({ exclusions: [], sources: [], docNo: null, note: null });
  });

  it("sends a value that is not a number as typed, for the server to name the field", () => {
    const form = emptyPolicyForm("city-policy-1", "某市数字化改造补助");
    form.percent = { ...form.percent, unknown: false, value: "三成" };
    form.cap = { ...form.cap, unknown: false, value: { ...form.cap.value, yuan: "200000" } };
    const entry = formToEntry(form);
    expect(entry.percent).toEqual({ value: "三成", clause: null });
    expect(entry.cap).toEqual({ value: { kind: "flat", yuan: 200000 }, clause: null });
    const result = policyEntry.safeParse(entry);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["percent.value"]);
  });

  it("asks for the evidence of a value, not of an unknown", () => {
    const form = emptyPolicyForm("city-policy-1", "某市");
    form.percent = { ...form.percent, unknown: false, value: "30" };
    form.levelAfter = { ...form.levelAfter, unknown: false, clause: { ...form.levelAfter.clause, quote: "达到二级" } };
    expect(conditionsWithoutEvidence(form)).toEqual(["percent"]);
  });

  it("keeps tiers by level and drops empty ones", () => {
    const form = emptyPolicyForm("city-policy-1", "某市");
    form.cap = { ...form.cap, unknown: false, value: { kind: "tiered", yuan: "", tiers: { "1": "", "2": "100000", "3": "", "4": "300000" } } };
    expect(formToEntry(form).cap).toEqual({
      value: {
        kind: "tiered",
        tiers: [
          { level: 2, yuan: 100000 },
          { level: 4, yuan: 300000 },
        ],
      },
      clause: null,
    });
  });
});

describe("issuesBySlot", () => {
  it("puts each issue under the longest slot its path starts with, the rest at the top", () => {
    const slots = ["percent", "percent.value", "percent.clause", "title"];
    const issues = [
      { field: "entry.percent.value", message: "不能大于 100" },
      { field: "entry.percent.clause.quote", message: "不能为空" },
      { field: "entry.title", message: "不能为空" },
      { field: "entry.payment.value", message: "x" },
      { field: "status", message: "y" },
    ];
    expect(issuesBySlot(issues, slots)).toEqual({
      "percent.value": ["不能大于 100"],
      "percent.clause": ["不能为空"],
      title: ["不能为空"],
      _: ["x", "y"],
    });
  });
});

describe("markQuotes", () => {
  it("marks each quote where it is, across line breaks, leaving the rest as it is", () => {
    const text = "第一条 改造后达到二级。\n第二条 按改造投入的\n30% 给予补助。";
    const pieces = markQuotes(text, [
      { key: "percent", quote: "按改造投入的 30% 给予补助" },
      { key: "levelAfter", quote: "达到二级" },
      { key: "cap", quote: "不在文中" },
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.filter((p) => p.key)).toEqual([
      { key: "levelAfter", text: "达到二级" },
      { key: "percent", text: "按改造投入的\n30% 给予补助" },
    ]);
  });
});
