import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatPercent,
  formatPercentile,
  formatScore,
  isoDateTime,
  isoDay,
  moneyAmount,
  shortfallScore,
  truncateScore,
  wanAmount,
  yuanAmount,
} from "./figures";

describe("money", () => {
  it.each([
    [985_000, "98.5"],
    [1_000_000, "100"],
    [12_345, "1.23"],
    [12_355, "1.24"],
    [50, "0.01"],
    [0, "0"],
  ])("%i yuan is %s 万 (at most two decimals)", (yuan, wan) => {
    expect(wanAmount(yuan)).toBe(wan);
  });

  it("reads 万元 in Chinese and whole yuan in English", () => {
    expect(formatMoney(985_000, "zh-CN")).toBe("98.5万元");
    expect(formatMoney(985_000, "en")).toBe("CNY 985,000");
    expect(formatMoney(1234.6, "en")).toBe("CNY 1,235");
    expect(yuanAmount(1_000_000)).toBe("1,000,000");
    expect(moneyAmount(1_000_000, "zh-CN")).toBe("100");
    expect(moneyAmount(1_000_000, "en")).toBe("1,000,000");
  });
});

describe("scores", () => {
  it.each([
    [37.225, "37.22"],
    [39.995, "39.99"],
    [40, "40"],
    [1.875, "1.87"],
    [62.5, "62.5"],
    [0.1 + 0.2, "0.3"],
    [0, "0"],
  ])("%d reads %s: two decimals, cut, never rounded up across a threshold", (points, text) => {
    expect(formatScore(points)).toBe(text);
  });

  it("absorbs float noise before cutting (a score stored as x.xx4999… is x.xx5)", () => {
    expect(truncateScore(37.224999999999994)).toBe(37.22);
    expect(truncateScore(2.0799999999999996)).toBe(2.08);
  });

  it("rounds a shortfall up, so the printed total plus the printed gap reach the threshold", () => {
    expect(shortfallScore(2.775)).toBe(2.78);
    expect(truncateScore(37.225) + shortfallScore(2.775)).toBeCloseTo(40, 10);
    expect(shortfallScore(3)).toBe(3);
    expect(shortfallScore(0.001)).toBe(0.01);
  });
});

describe("dates and times in the portal's zone", () => {
  // 2025-03-06 23:30 UTC is already 7 March in Shanghai.
  const lateUtc = new Date("2025-03-06T23:30:00Z");

  it("takes the date of the portal's zone, not UTC's", () => {
    expect(isoDay(lateUtc)).toBe("2025-03-07");
    expect(isoDay(lateUtc, "UTC")).toBe("2025-03-06");
    expect(formatDate(lateUtc, "zh-CN")).toBe("2025-03-07");
    expect(formatDate(lateUtc, "en")).toBe("2025-03-07");
    expect(formatDate("2025-03-06T23:30:00Z", "zh-CN")).toBe("2025-03-07");
  });

  it("prints the time with the zone's clock", () => {
    expect(formatDateTime(lateUtc, "zh-CN")).toBe("2025-03-07 07:30");
    expect(formatDateTime(lateUtc, "en")).toBe("2025-03-07 07:30");
  });

  it("writes ISO 8601 with the zone's offset for files", () => {
    expect(isoDateTime(lateUtc)).toBe("2025-03-07T07:30:00+08:00");
    expect(isoDateTime(lateUtc, "UTC")).toBe("2025-03-06T23:30:00+00:00");
    expect(isoDateTime(new Date("2025-07-01T12:00:00.999Z"), "America/New_York")).toBe("2025-07-01T08:00:00-04:00");
    expect(new Date(isoDateTime(lateUtc)).getTime()).toBe(lateUtc.getTime());
  });
});

describe("percentages and percentiles", () => {
  it.each([
    [0.355, 0, "36%"],
    [0.355, 1, "35.5%"],
    [1, 0, "100%"],
  ])("%f with %i decimals is %s", (share, digits, text) => {
    expect(formatPercent(share, digits)).toBe(text);
  });

  it.each([
    [90, "前 10%", "top 10%"],
    [50, "前 50%", "top 50%"],
    [100, "前 1%", "top 1%"],
    [20, "后 20%", "bottom 20%"],
    [0, "后 1%", "bottom 1%"],
  ])("above %i%% of peers reads %s / %s", (above, zh, en) => {
    expect(formatPercentile(above, "zh-CN")).toBe(zh);
    expect(formatPercentile(above, "en")).toBe(en);
  });
});
