import { describe, expect, it } from "vitest";
import { contrastWithWhite, MIN_CONTRAST } from "./colour";

describe("contrastWithWhite", () => {
  it("matches the WCAG figures for known colours", () => {
    expect(contrastWithWhite("#000000")).toBeCloseTo(21, 1);
    expect(contrastWithWhite("#ffffff")).toBeCloseTo(1, 5);
    expect(contrastWithWhite("#1d4ed8")).toBeGreaterThan(MIN_CONTRAST);
    expect(contrastWithWhite("#767676")).toBeCloseTo(4.54, 2);
  });
  it("fails light colours and malformed values", () => {
    expect(contrastWithWhite("#ffcc00")).toBeLessThan(MIN_CONTRAST);
    expect(contrastWithWhite("red")).toBe(0);
  });
});
