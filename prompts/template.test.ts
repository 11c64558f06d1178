import { describe, expect, it } from "vitest";
import { fillTemplate, placeholders } from "./template";

describe("prompt templates", () => {
  it("lists placeholders once each, sorted", () => {
    expect(placeholders("{{b}} and {{a}} and {{b}}")).toEqual(["a", "b"]);
  });
  it("fills every placeholder and never expands placeholders inside values", () => {
    expect(fillTemplate("<x>{{facts}}</x>", { facts: "{{firm_text}}" })).toBe("<x>{{firm_text}}</x>");
  });
  it("refuses a missing or an unused value", () => {
    expect(() => fillTemplate("{{a}}", {})).toThrow(/missing a/);
    expect(() => fillTemplate("{{a}}", { a: "1", b: "2" })).toThrow(/unused b/);
  });
});
