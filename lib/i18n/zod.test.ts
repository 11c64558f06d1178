import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issueText, safeParseIn, zodText } from "./zod";

const schema = z.strictObject({
  name: z.string().min(2),
  title: z.string().min(1),
  employees: z.number().int().min(0),
  email: z.email(),
  kind: z.enum(["a", "b"]),
  code: z.string().regex(/^\d{2}$/, "choose an industry"),
});
const messages = (locale: "zh-CN" | "en", input: unknown) =>
  Object.fromEntries((safeParseIn(schema, input, locale).error?.issues ?? []).map((i) => [i.path.join(".") || "(root)", i.message]));

describe("zod messages in the reader's language", () => {
  it("never shows zod's English on a Chinese page", () => {
    expect(messages("zh-CN", "x")).toEqual({ "(root)": "应为对象" });
    expect(messages("zh-CN", { name: "a", title: "", employees: -1, email: "nope", kind: "c", code: "1", extra: 1 })).toEqual({
      name: "至少 2 个字符",
      title: "不能为空",
      employees: "不能小于 0",
      email: "电子邮件地址不正确",
      kind: "应为以下之一：a、b",
      code: "choose an industry",
      "(root)": "未知字段：extra",
    });
    expect(messages("zh-CN", {})).toMatchObject({ name: "必填", employees: "必填" });
  });

  it("keeps zod's English wording (clients and tests read it)", () => {
    expect(messages("en", "x")).toEqual({ "(root)": "Invalid input: expected object, received string" });
  });

  it("translates a finished issue of zod's own wording, and leaves a schema's own message as it is", () => {
    const issues = schema.safeParse({ name: "a", employees: "7", code: "x" }).error?.issues ?? [];
    const byPath = Object.fromEntries(issues.map((i) => [i.path.join("."), issueText(i)]));
    expect(byPath.name).toEqual({ "zh-CN": "至少 2 个字符", en: "Too small: expected string to have >=2 characters" });
    expect(byPath.employees).toEqual({ "zh-CN": "应为数字", en: "Invalid input: expected number, received string" });
    expect(byPath.title).toEqual({ "zh-CN": "必填", en: "Invalid input: expected string, received undefined" });
    expect(byPath.code).toBe("choose an industry");
  });

  it("answers a schema's own zodText message in the reader's language, its English unchanged", () => {
    const own = z.strictObject({
      district: z.string().regex(/^\d{6}$/, zodText({ "zh-CN": "应为六位行政区划代码（GB/T 2260）", en: "a six-digit GB/T 2260 district code" })),
      total: z.number().refine((n) => n > 2, { message: zodText({ "zh-CN": "合计应大于 2", en: "the total must exceed 2" }) }),
    });
    const issues = own.safeParse({ district: "1", total: 1 }).error?.issues ?? [];
    expect(issues.map((i) => i.message)).toEqual(["a six-digit GB/T 2260 district code", "the total must exceed 2"]);
    expect(issues.map(issueText)).toEqual([
      { "zh-CN": "应为六位行政区划代码（GB/T 2260）", en: "a six-digit GB/T 2260 district code" },
      { "zh-CN": "合计应大于 2", en: "the total must exceed 2" },
    ]);
    expect(safeParseIn(own, { district: "1", total: 3 }, "zh-CN").error?.issues[0]?.message).toBe("应为六位行政区划代码（GB/T 2260）");
    expect(safeParseIn(own, { district: "1", total: 3 }, "en").error?.issues[0]?.message).toBe("a six-digit GB/T 2260 district code");
  });
});
