import { describe, expect, it } from "vitest";
import type { Result } from "@/scoring";
import { storedResult } from "./stored-result";

describe("storedResult", () => {
  it("gives the explained result back as it was stored", () => {
    const result = { level: 2, total: 61.5 } as Result;
    expect(storedResult(result)).toBe(result);
  });

  it("refuses a generated firm's compact result (figures only)", () => {
    expect(() => storedResult({ synthetic: true, level: 1, total: 40 })).toThrow(/figures only/);
  });
});
