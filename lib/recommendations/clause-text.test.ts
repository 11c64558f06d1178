import { describe, expect, it } from "vitest";
import { loadPolicyCatalogue, parsePolicies, type Clause } from "@/db/catalogue/policies";
import { clauseText } from "./clause-text";

const policies = loadPolicyCatalogue();
const CONDITIONS = [
  "region",
  "industries",
  "sizeClasses",
  "aboveScale",
  "levelBefore",
  "levelAfter",
  "eligibleCosts",
  "percent",
  "cap",
  "window",
  "documents",
] as const;
const clauses = policies.flatMap((p) => CONDITIONS.flatMap((k): { id: string; clause: Clause }[] => (p[k].clause ? [{ id: p.id, clause: p[k].clause }] : [])));

describe("policy clauses as a reader sees them", () => {
  it("gives a Chinese reader Chinese text for every seeded clause and note, 「」 only around the source's own words", () => {
    expect(clauses.length).toBeGreaterThan(40);
    for (const { id, clause } of clauses) {
      const zh = clauseText(clause, "zh-CN");
      expect(zh.text, id).toMatch(/[\u3400-\u9fff]/);
      // Chinese with the odd 5G or ERP is fine; an English paraphrase is not ("pilot industries: …").
      expect(zh.text, id).not.toMatch(/[A-Za-z]{3,}[\s:;,()]+[A-Za-z]{2,}/);
      expect(zh.quoted, id).toBe(clause.kind === "quote" && clause.confidence !== "demo");
      if (clause.confidence === "demo") expect(zh.kind, id).toBe("demo");
    }
    for (const p of policies) if (p.note) expect(p.note, p.id).toMatch(/[\u3400-\u9fff]/);
  });

  it("labels researched summaries as 摘要 and unsourced criteria as our reading, and gives English readers the English summary", () => {
    const kinds = (id: string) => new Set(clauses.filter((c) => c.id === id).map((c) => c.clause.kind));
    expect(kinds("zhongshan-2024-5")).toEqual(new Set(["summary"]));
    expect(kinds("national-zjtx-digital-level")).toEqual(new Set(["reading"]));
    const xiaoshan = policies.find((p) => p.id === "hz-xiaoshan-2024-pilot-projects")!.percent.clause!;
    expect(clauseText(xiaoshan, "zh-CN")).toEqual({ kind: "summary", text: "按符合条件费用的40%给予补助", lang: "zh-CN", quoted: false });
    expect(clauseText(xiaoshan, "en")).toEqual({ kind: "summary", text: "subsidy: 40% of eligible costs", lang: "en", quoted: false });
  });

  it("refuses a clause written only in English, and reads a stored clause without a kind by its confidence", () => {
    const base = structuredClone(policies.find((p) => p.id === "zhongshan-2024-5")!) as unknown as {
      percent: { value: number; clause: Record<string, unknown> };
    };
    base.percent = { value: 30, clause: { quote: "30% of costs", source: null, confidence: "M", kind: "summary" } };
    expect(() => parsePolicies([base])).toThrow(/write it in Chinese/);
    base.percent.clause = { quote: "按费用的30%", source: null, confidence: "M" };
    expect(parsePolicies([base])[0]!.percent.clause!.kind).toBe("summary");
  });
});

describe("the seeded catalogue in English", () => {
  const HAN = /[\u4e00-\u9fff]/;
  it("has no Chinese in its English texts, and an English text for each of our own readings", () => {
    for (const p of policies) {
      expect(p.titleEn ?? "").not.toMatch(HAN);
      expect(p.noteEn ?? "").not.toMatch(HAN);
      for (const c of CONDITIONS) {
        const clause = (p as unknown as Record<string, { clause: Clause | null }>)[c]?.clause;
        if (!clause || clause.confidence === "demo") continue;
        expect(clause.en ?? "", `${p.id} ${c}`).not.toMatch(HAN);
        if (clause.kind === "reading") expect(clause.en, `${p.id} ${c}`).toBeTruthy();
      }
    }
  });
});
