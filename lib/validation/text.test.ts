import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cleanJson, cleanText, text } from "./text";

describe("cleanText", () => {
  it("removes NUL, control and invisible characters and lone surrogates, keeps what people read", () => {
    expect(cleanText("a\u0000b\u0007c\u200bd\u2060e\ufefff\u202eg")).toBe("abcdefg");
    expect(cleanText("x\ud800y\udc00z")).toBe("xyz");
    expect(cleanText("行一\r\n行二\r行三\t制表")).toBe("行一\n行二\n行三\t制表");
    // A surrogate pair (an emoji) and a joiner sequence survive.
    expect(cleanText("👨‍👩‍👧 𠀀")).toBe("👨‍👩‍👧 𠀀");
    expect(cleanText("普通文本 plain, 100%")).toBe("普通文本 plain, 100%");
  });

  it("cleans every string and key of a JSON value", () => {
    expect(cleanJson({ "a\u0000": ["b\ud800", { c: "d\u200b" }], n: 1, t: true, z: null })).toEqual({ a: ["b", { c: "d" }], n: 1, t: true, z: null });
  });

  it("keeps __proto__ an ordinary key, so a strict schema still refuses it", () => {
    const cleaned = cleanJson(JSON.parse('{"name":"a","__proto__":{"role":"admin"}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(cleaned)).toBe(Object.prototype);
    expect((cleaned as { role?: string }).role).toBeUndefined();
    expect(Object.keys(cleaned)).toEqual(["name", "__proto__"]);
    expect(z.object({ name: z.string() }).strict().safeParse(cleaned).success).toBe(false);
  });

  it("counts the limit after cleaning", () => {
    const schema = text(5, { min: 1 });
    expect(schema.parse(" ab\u200b\u200b\u200bcde ")).toBe("abcde");
    expect(schema.safeParse("\u200b\u200b").success).toBe(false);
    expect(schema.safeParse("abcdef").error?.issues[0]?.message).toBe("at most 5 characters");
  });
});
