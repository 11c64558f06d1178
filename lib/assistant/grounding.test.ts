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

describe("figures with their unit, and the asker's level", () => {
  const rule = [
    { title: "郑州补贴 · 补助上限", body: "原文：按不超过合同金额的30%给予补助，最高50万元。申报截止：2025-12-31" },
    { title: "等级规则", body: "二级：总分不低于40分，至少6个场景达到该级。三级：总分不低于60分。" },
  ];

  it("does not let a share, a year or a score stand for an amount", () => {
    const s = supportOf(rule);
    expect(unsupported("最高补贴30万元[1]。", s)).not.toEqual([]);
    expect(unsupported("最高可获得2025万元[1]。", s)).not.toEqual([]);
    expect(unsupported("补贴为40万元。", s)).not.toEqual([]);
    expect(unsupported("最高50万元，比例30%[1]。", s)).toEqual([]);
    expect(unsupported("二级要求总分不低于40分[2]。", s)).toEqual([]);
    expect(unsupported("二级要求总分不低于50分[2]。", s)).not.toEqual([]);
  });

  it("holds a sentence about the asker's level to the computed one, however it is put", () => {
    const s = supportOf(rule, 2);
    for (const claim of ["你已经是三级了。", "您的企业等级为三级。", "贵公司是三级企业。", "你的企业达到三级。", "你的等级：三级。", "You are at level 3."])
      expect(unsupported(claim, s), claim).not.toEqual([]);
    expect(unsupported("贵公司目前是二级。", s)).toEqual([]);
    expect(unsupported("如果你们达到三级，就可以申请[1]。", s)).toEqual([]);
    expect(unsupported("处于二级的企业可以申请[1]。", s)).toEqual([]);
    // Anonymous: no level of the asker is known, so none may be claimed.
    expect(unsupported("贵公司目前是二级。", supportOf(rule))).not.toEqual([]);
  });

  it("reads marker variants and a list's numbering as no figures, and refuses links the passages do not give", () => {
    const s = supportOf(rule);
    expect(unsupported("最高50万元［1］。", s)).toEqual([]);
    expect(unsupported("最高50万元【1, 2】。", s)).toEqual([]);
    expect(unsupported("7. 最高50万元。", s)).toEqual([]);
    expect(unsupported("请访问 https://evil.example/apply 办理。", s)).not.toEqual([]);
    expect(unsupported("请发邮件到 a@evil.example 。", s)).not.toEqual([]);
  });

  it("does not cut a numbered list's '1. ' into a sentence of its own", () => {
    expect(sentences("要点如下：\n1. 比例30%。\n2. 上限50万元。")).toEqual(["要点如下：\n", "1. 比例30%。", "\n", "2. 上限50万元。"].filter((x) => x.trim()));
  });
});
