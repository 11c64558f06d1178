import { describe, expect, it } from "vitest";
import { breakLines } from "./line-break";

/** Full-width characters count 2, others 1: close to a CJK font's proportions. */
const measure = (s: string) => [...s].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
const closing = /^[，。、；：？！）》」』”’%,.;:?!)]/;
const opening = /[（《「『“‘(]$/;

describe("breakLines", () => {
  it("fills lines to the width and loses no character", () => {
    const text = "企业数字化水平为二级，总分62.5分，超过同类企业中位数。下一步建议优先提升质量管理与生产管控两个约束性场景。";
    for (const width of [10, 13, 16, 21, 30]) {
      const lines = breakLines(text, width, measure);
      expect(lines.join("")).toBe(text);
      for (const l of lines) expect(measure(l), `${width}: ${l}`).toBeLessThanOrEqual(width + 2);
    }
  });

  it("never starts a line with closing punctuation nor ends one with opening punctuation", () => {
    const text = "依据《中小企业数字化水平评测指标（2024年版）》，贵企业“数字化基础”得分17.35分（满分50分），得分率34.7%。建议采购「质量管理轻应用」。";
    for (let width = 6; width <= 40; width++) {
      const lines = breakLines(text, width, measure);
      expect(lines.join("")).toBe(text);
      for (const [i, l] of lines.entries()) {
        if (i > 0) expect(l, `width ${width}`).not.toMatch(closing);
        if (i < lines.length - 1) expect(l, `width ${width}`).not.toMatch(opening);
      }
    }
  });

  it("breaks English at spaces, keeps words and numbers whole, and splits only what cannot fit", () => {
    const text = "The firm scores 37.225 points (Level 1); the cheapest path to Level 2 costs CNY 41,500.";
    const lines = breakLines(text, 20, measure);
    expect(lines.join(" ")).toBe(text);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.some((l) => l.includes("37.225"))).toBe(true);
    expect(breakLines("Supercalifragilisticexpialidocious", 10, measure)).toEqual(["Supercalif", "ragilistic", "expialidoc", "ious"]);
  });

  it("mixes Chinese and Latin text, keeping Latin words whole", () => {
    const text = "部署MES系统与ERP集成，实现OEE实时统计，首年费用约CNY 41,500。";
    const lines = breakLines(text, 12, measure);
    // A space where the line breaks is dropped, nothing else.
    expect(lines.join("").replace(/ /g, "")).toBe(text.replace(/ /g, ""));
    for (const word of ["MES", "ERP", "OEE", "41,500"])
      expect(
        lines.some((l) => l.includes(word)),
        word,
      ).toBe(true);
  });

  it("keeps explicit line breaks and empty lines", () => {
    expect(breakLines("一\n\n二", 10, measure)).toEqual(["一", "", "二"]);
  });

  it("splits a run that never breaks in time linear in its length (a 16k-character word froze the server)", () => {
    for (const n of [4_000, 16_000]) {
      let measured = 0;
      const counting = (s: string) => {
        measured += s.length;
        return measure(s);
      };
      const text = "x".repeat(n);
      const lines = breakLines(text, 40, counting);
      expect(lines.join("")).toBe(text);
      expect(lines.every((l) => l.length <= 40)).toBe(true);
      // Characters measured, summed over every call: a small multiple of the text, not n².
      expect(measured).toBeLessThan(8 * n);
    }
  });

  it("hangs unbreakable punctuation rather than looping", () => {
    const text = "，".repeat(500);
    expect(breakLines(text, 10, measure).join("")).toBe(text);
  });
});
