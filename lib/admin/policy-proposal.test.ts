import { describe, expect, it } from "vitest";
import { policyEntry } from "@/db/catalogue/policies";
import type { PolicyProposal } from "@/prompts/policy-document";
import { blankEntry, proposalToEntry } from "./policy-proposal";

const DOC = `关于开展中小企业数字化转型城市试点的通知
郑工信〔2025〕8号
一、支持对象：在郑州市注册的
中小企业，数字化水平达到二级及以上。
二、支持标准：按改造投入的 30% 给予补助，单户最高不超过50万元。`;

const none = { value: null, quote: null };
const proposal: PolicyProposal = {
  title: "关于开展中小企业数字化转型城市试点的通知",
  titleEn: "Notice on the SME digital transformation city pilot",
  docNo: "郑工信〔2025〕8号",
  issuer: null,
  issuedOn: null,
  region: { value: { provinceCode: "41", cityCodes: ["4101"], districtCodes: null }, quote: "在郑州市注册的中小企业" },
  industries: none,
  sizeClasses: none,
  aboveScale: none,
  levelBefore: none,
  levelAfter: { value: { min: 2 }, quote: "数字化水平达到二级及以上" },
  eligibleCosts: none,
  percent: { value: 30, quote: "按改造投入的 30% 给予补助" },
  cap: { value: { kind: "flat", yuan: 800_000 }, quote: "单户最高不超过80万元" },
  window: none,
  documents: { value: ["申请表"], quote: null },
  exclusions: ["失信企业不得申报"],
};

describe("proposalToEntry", () => {
  it("keeps conditions whose quotes are in the document (across line breaks) and drops the rest, saying why", () => {
    const { entry, dropped } = proposalToEntry(proposal, DOC, "zz-pilot-2025");
    expect(policyEntry.safeParse(entry).success).toBe(true);
    expect(entry.region.value?.cityCodes).toEqual(["4101"]);
    expect(entry.region.clause?.quote).toBe("在郑州市注册的中小企业");
    expect(entry.levelAfter.value).toEqual({ min: 2 });
    expect(entry.percent.value).toBe(30);
    // The model's 80万 is not what the document says (50万): not kept.
    expect(entry.cap).toEqual({ value: null, clause: null });
    expect(entry.documents).toEqual({ value: null, clause: null });
    expect(entry.exclusions).toEqual([]);
    expect(dropped).toEqual([
      "cap: the quoted words are not in the document; left empty",
      "documents: no quote given; left empty",
      'exclusions: "失信企业不得申报" is not in the document; left out',
    ]);
  });
});

describe("blankEntry", () => {
  it("is a valid entry with every condition unknown", () => {
    expect(policyEntry.safeParse(blankEntry("doc-abc123", "某政策")).success).toBe(true);
  });
});
