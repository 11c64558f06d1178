import { describe, expect, it } from "vitest";
import { asksForPerson, bestLines, shorten } from "./answer";

describe("asking for a person", () => {
  it("is a request for one, not any question that contains 人工", () => {
    for (const q of ["我要转人工", "人工客服在吗", "能找个真人吗", "I want to talk to a human"]) expect(asksForPerson(q), q).toBe(true);
    for (const q of ["我想找人工智能质检的服务商", "人工服务成本能算进补贴吗", "How is the human resources question scored?"])
      expect(asksForPerson(q), q).toBe(false);
  });
});

describe("quoting a passage", () => {
  it("keeps a demo passage's label whatever the question", () => {
    const body = "【演示数据，并非真实政策或产品】\n补助比例：30%\n补助上限：50万元";
    expect(bestLines(body, "上限多少")).toMatch(/^【演示数据/);
  });

  it("cuts at a clause's end and never inside a figure", () => {
    const long = `${"按照本办法对符合条件的中小企业给予支持，".repeat(8)}最高200万元。`;
    const cut = shorten(long, 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut).toMatch(/，…$/);
    expect(shorten(`${"甲".repeat(95)}最高200万元`, 100)).toBe(`${"甲".repeat(95)}最高…`);
  });
});
