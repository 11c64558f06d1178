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
      'exclusions: "失信企业不得申报": the quoted words are not in the document; left out',
    ]);
  });

  const LONG = `关于印发《太原市中小企业数字化转型专项资金管理办法》的通知
支持范围：注册地在太原市、数字化水平为一级的中小企业。
支持标准：改造完成后达到二级的，按投入的百分之三十给予补助，最高不超过一百万元；达到三级的，最高不超过２００万元。
申报时间：2025年3月1日至2025年12月31日。
补助比例 30％。`;
  const p = (over: Partial<PolicyProposal>): PolicyProposal => ({
    ...proposal,
    region: none,
    levelAfter: none,
    percent: none,
    cap: none,
    documents: none,
    exclusions: [],
    ...over,
  });

  it("drops a condition resting on a scrap of the document (any two characters passed), naming the rule", () => {
    const { entry, dropped } = proposalToEntry(
      p({ percent: { value: 30, quote: "30％" }, levelAfter: { value: { min: 2 }, quote: "二级" }, exclusions: ["支持"] }),
      LONG,
      "ty-pilot",
    );
    expect(entry.percent.value).toBeNull();
    expect(entry.levelAfter.value).toBeNull();
    expect(dropped).toEqual([
      "levelAfter: the quote is too short to rest on (at least 8 letters or digits, or a whole sentence); left empty",
      "percent: the quote is too short to rest on (at least 8 letters or digits, or a whole sentence); left empty",
      'exclusions: "支持": the quote is too short to rest on (at least 8 letters or digits, or a whole sentence); left out',
    ]);
    // A short quote that is a whole sentence of the document stands.
    expect(proposalToEntry(p({ percent: { value: 30, quote: "补助比例30%" } }), LONG, "ty-pilot").entry.percent.value).toBe(30);
  });

  it("drops a value its quote does not state: percent, cap, levels, dates, region", () => {
    const sentence = "改造完成后达到二级的，按投入的百分之三十给予补助，最高不超过一百万元";
    const { entry, dropped } = proposalToEntry(
      p({
        percent: { value: 50, quote: sentence },
        cap: { value: { kind: "flat", yuan: 2_000_000 }, quote: sentence },
        levelAfter: { value: { min: 3 }, quote: sentence },
        levelBefore: { value: { max: 2 }, quote: "注册地在太原市、数字化水平为一级的中小企业" },
        window: { value: { from: "2025-03-01", until: "2025-12-30", rolling: false }, quote: "申报时间：2025年3月1日至2025年12月31日" },
        region: { value: { provinceCode: "41", cityCodes: ["4101"], districtCodes: null }, quote: "注册地在太原市、数字化水平为一级的中小企业" },
      }),
      LONG,
      "ty-pilot",
    );
    expect([entry.percent, entry.cap, entry.levelAfter, entry.levelBefore, entry.window, entry.region].every((c) => c.value === null)).toBe(true);
    expect(dropped).toEqual([
      "region: the quote does not state 郑州; left empty",
      "levelBefore: the quote does not state 二级; left empty",
      "levelAfter: the quote does not state 三级; left empty",
      "percent: the quote does not state 50%; left empty",
      "cap: the quote does not state 200万元; left empty",
      "window: the quote does not state 2025-12-30; left empty",
    ]);
  });

  it("keeps values their quotes state, in digits or Chinese numerals, full-width or not", () => {
    const { entry, dropped } = proposalToEntry(
      p({
        percent: { value: 30, quote: "按投入的百分之三十给予补助" },
        cap: {
          value: {
            kind: "tiered",
            tiers: [
              { level: 2, yuan: 1_000_000 },
              { level: 3, yuan: 2_000_000 },
            ],
          },
          quote: "达到二级的，按投入的百分之三十给予补助，最高不超过一百万元；达到三级的，最高不超过２００万元",
        },
        levelAfter: { value: { min: 2 }, quote: "改造完成后达到二级的" },
        levelBefore: { value: { max: 1 }, quote: "注册地在太原市、数字化水平为一级的中小企业" },
        window: { value: { from: "2025-03-01", until: "2025-12-31", rolling: false }, quote: "申报时间：2025年3月1日至2025年12月31日" },
        region: { value: { provinceCode: "14", cityCodes: ["1401"], districtCodes: null }, quote: "注册地在太原市、数字化水平为一级的中小企业" },
      }),
      LONG,
      "ty-pilot",
    );
    expect(dropped).toEqual([]);
    expect(entry.cap.value).toEqual({
      kind: "tiered",
      tiers: [
        { level: 2, yuan: 1_000_000 },
        { level: 3, yuan: 2_000_000 },
      ],
    });
    expect(entry.window.value?.until).toBe("2025-12-31");
    expect(entry.region.value?.cityCodes).toEqual(["1401"]);
    expect(policyEntry.safeParse(entry).success).toBe(true);
  });
});

describe("blankEntry", () => {
  it("is a valid entry with every condition unknown", () => {
    expect(policyEntry.safeParse(blankEntry("doc-abc123", "某政策")).success).toBe(true);
  });
});
