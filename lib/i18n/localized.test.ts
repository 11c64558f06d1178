import { describe, expect, it } from "vitest";
import { byLocale, listSeparator, localize, localizedPair } from "./localized";
import { messageText } from "./translate";

describe("Localized", () => {
  it("reads the reader's language, the Chinese source when English is missing or empty", () => {
    expect(localize({ "zh-CN": "郑州", en: "Zhengzhou" }, "en")).toBe("Zhengzhou");
    expect(localize({ "zh-CN": "郑州", en: "Zhengzhou" }, "zh-CN")).toBe("郑州");
    expect(localize({ "zh-CN": "郑州" }, "en")).toBe("郑州");
    expect(localize({ "zh-CN": "郑州", en: "" }, "en")).toBe("郑州");
  });

  it("joins the two-column shape", () => {
    expect(localizedPair("郑州", "Zhengzhou")).toEqual({ "zh-CN": "郑州", en: "Zhengzhou" });
    expect(localizedPair("郑州", null)).toEqual({ "zh-CN": "郑州" });
  });

  it("chooses per locale", () => {
    expect(byLocale("en", { "zh-CN": "「", en: "“" })).toBe("“");
    expect(listSeparator("zh-CN")).toBe("；");
    expect(listSeparator("en")).toBe("; ");
  });

  it("makes a message in both languages", () => {
    expect(messageText("landing.model.points", { points: 5 })).toEqual({ "zh-CN": "5 分", en: "5 points" });
  });
});
