import { describe, expect, it } from "vitest";
import { documentTitle, joinWrappedLines, normaliseExtracted, normaliseGlyphs } from "./normalise-text";

describe("text from a PDF's text layer", () => {
  it("reads Kangxi radicals and radical supplements as the characters they show, and keeps Chinese punctuation", () => {
    expect(normaliseGlyphs("⼯业和信息化部⼩型企业，⽔⾏业：⻓期⻔槛")).toBe("工业和信息化部小型企业，水行业：长期门槛");
    expect(normaliseGlyphs("（一）补贴比例为30%。")).toBe("（一）补贴比例为30%。");
  });

  it("joins the lines a page wrapped, and keeps items, sentence ends and short lines apart", () => {
    const page = [
      "郑州市工业和信息化局",
      "一、对完成数字化改造并经评测达到二级及以上的中小企业，按照改造",
      "项目实际投入的30%给予补助，单个企业最高不超过50万元。",
      "二、申报材料包括申请表、营业执照复印件、改造合同与发票等，由企业",
      "所在区县工信部门初审后报市工信局。",
      "2024年5月10日",
    ].join("\n");
    expect(joinWrappedLines(page).split("\n")).toEqual([
      "郑州市工业和信息化局",
      "一、对完成数字化改造并经评测达到二级及以上的中小企业，按照改造项目实际投入的30%给予补助，单个企业最高不超过50万元。",
      "二、申报材料包括申请表、营业执照复印件、改造合同与发票等，由企业所在区县工信部门初审后报市工信局。",
      "2024年5月10日",
    ]);
  });

  it("finds a title broken over lines, and never copies it as something else", () => {
    const doc = normaliseExtracted(["郑工信〔2024〕10号", "关于印发郑州市中小企业数字化转型", "城市试点实施方案的通知", "各县（市、区）工信部门："].join("\n"));
    expect(documentTitle(doc)).toBe("关于印发郑州市中小企业数字化转型城市试点实施方案的通知");
    expect(documentTitle("\n\n  \n")).toBe("未命名政策");
    expect(documentTitle("一份说明文字\n内容")).toBe("一份说明文字");
  });
});
