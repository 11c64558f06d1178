import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locales";
import { en } from "./messages/en";
import { zhCN } from "./messages/zh-CN";
import { translator } from "./translate";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("messages", () => {
  it("English has exactly the keys of the zh-CN source", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it.each(Object.keys(zhCN) as (keyof typeof zhCN)[])("%s: same placeholders and no empty text in both languages", (key) => {
    expect(placeholders(en[key])).toEqual(placeholders(zhCN[key]));
    expect(zhCN[key].trim()).not.toBe("");
    expect(en[key].trim()).not.toBe("");
    // Plurals are chosen by the number ({count|item|items}), never written "item(s)".
    expect(en[key]).not.toMatch(/\w\(s\)/);
  });
});

describe("translator", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translator("zh-CN")("landing.model.points", { points: 50 })).toBe("50 分");
    expect(translator("en")("landing.model.points", { points: 50 })).toBe("50 points");
    expect(translator("en")("landing.model.points", {})).toBe("{points} points");
  });

  it("chooses the English word for the number", () => {
    expect(translator("en")("ws.dash.hidden", { count: 1 })).toBe("1 more group under 5 firms is not shown.");
    expect(translator("en")("ws.dash.hidden", { count: 3 })).toBe("3 more groups under 5 firms are not shown.");
    expect(translator("en")("ws.dash.hidden", {})).toBe("{count} more {count|group|groups} under 5 firms {count|is|are} not shown.");
  });
});

describe("negotiateLocale", () => {
  it.each([
    [null, "zh-CN"],
    ["", "zh-CN"],
    ["en-US,en;q=0.9", "en"],
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["en;q=0.5,zh-TW;q=0.8", "zh-CN"],
    ["fr-FR,en;q=0.7", "en"],
    ["fr-FR", "zh-CN"],
    ["en;q=0", "zh-CN"],
  ])("%s → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});
