import { describe, expect, it } from "vitest";
import { markLevels } from "./level-words";
import { normaliseText } from "./numbers";

const levels = (text: string) => markLevels(normaliseText(text)).mentions.map((m) => m.level);

describe("level words", () => {
  it("finds a level however it is written", () => {
    const cases: [string, number][] = [
      ["目前处于Ⅳ级", 4],
      ["目前处于IV级", 4],
      ["达到Ⅲ级", 3],
      ["四 级", 4],
      ["四\u3000级", 4],
      ["4 级", 4],
      ["肆級", 4],
      ["四級", 4],
      ["第 四 级", 4],
      ["第四級", 4],
      ["Level IV", 4],
      ["level-4", 4],
      ["Lv4", 4],
      ["Lv. 3", 3],
      ["尚未达到 一 级", 0],
    ];
    for (const [text, level] of cases) expect(levels(text), text).toEqual([level]);
  });

  it("says where each word is in the text it marked", () => {
    const { mentions } = markLevels("目前为第 四 级，目标Level IV");
    expect(mentions.map((m) => [m.text, m.from])).toEqual([
      ["第 四 级", 3],
      ["Level IV", 11],
    ]);
  });

  it("leaves other words alone", () => {
    for (const text of ["十四级", "14级", "第四季度", "IV期临床", "CMMI认证", "4G网络", "Level of detail", "XIV级"]) {
      expect(levels(text), text).toEqual([]);
    }
  });
});
