import { describe, expect, it } from "vitest";
import { SentenceSplitter, sentences, supportOf, unsupported } from "./grounding";

const passages = [
  { title: "郑州市中小企业数字化转型补贴 · 补助上限", body: "原文：按不超过合同金额的30%给予补助，最高50万元。改造后至少达到二级。申报截止：2025-12-31" },
  { title: "Level rule", body: "Level 2: total at least 40." },
];
const support = supportOf(passages);

describe("unsupported", () => {
  it("passes figures, levels and dates the passages give, in any writing", () => {
    expect(unsupported("最高50万元[1]。", support)).toEqual([]);
    expect(unsupported("最高伍拾万元，比例30%。", support)).toEqual([]);
    expect(unsupported("改造后需达到2级。", support)).toEqual([]);
    expect(unsupported("截止日期是2025年12月31日[1]。", support)).toEqual([]);
  });

  it("catches an amount, a level or a policy the passages do not give, however it is written", () => {
    expect(unsupported("最高补贴壹佰万元。", support)).not.toEqual([]);
    expect(unsupported("最高补贴１００万元。", support)).not.toEqual([]);
    expect(unsupported("You can get one million yuan.", support)).not.toEqual([]);
    expect(unsupported("你们已达肆级。", support)).not.toEqual([]);
    expect(unsupported("还可以申请《郑州市智能工厂奖励办法》。", support)).not.toEqual([]);
    expect(unsupported("还可以申请郑州市智能工厂奖励办法。", support)).not.toEqual([]);
  });
});

describe("sentences", () => {
  it("splits Chinese and English sentences and keeps decimals whole", () => {
    expect(sentences("第一句。第二句！Third one. It costs 1.5 million")).toEqual(["第一句。", "第二句！", "Third one.", " It costs 1.5 million"]);
  });

  it("gives a streamed text's sentences as they complete, a trailing point waiting for what follows", () => {
    const s = new SentenceSplitter();
    expect(s.push("补贴比例为")).toEqual([]);
    expect(s.push("30%。上限")).toEqual(["补贴比例为30%。"]);
    expect(s.push("为1.")).toEqual([]);
    expect(s.push("5万元。")).toEqual(["上限为1.5万元。"]);
    expect(s.push("End")).toEqual([]);
    expect(s.end()).toEqual(["End"]);
  });
});
