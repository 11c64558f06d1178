import { z } from "zod";
import type { Locale } from "./locales";
import { localize, type Localized } from "./localized";

/**
 * zod's messages in the reader's language. A schema's own message (`.min(2, "…")`) still wins; this
 * covers the built-in ones, so a Chinese page never shows "Invalid input: expected object".
 * English is zod's own wording (existing clients and tests read it); Chinese is ours for the common
 * cases, which read better than zod's zh-CN ("数值过小：期望 string >=3 字符"), and zod's for the rest.
 */

const zodZh = z.locales.zhCN().localeError;
const zodEn = z.locales.en().localeError;

const TYPE_ZH: Record<string, string> = {
  string: "文本",
  number: "数字",
  int: "整数",
  boolean: "是或否",
  object: "对象",
  array: "列表",
  date: "日期",
  bigint: "整数",
  null: "空值",
};

const FORMAT_ZH: Record<string, string> = {
  email: "电子邮件地址",
  url: "网址",
  uuid: "UUID 编号",
  date: "日期（YYYY-MM-DD）",
  datetime: "日期时间",
  regex: "格式",
};

const bound = (value: number | bigint) => value.toString();

/** `missing`: the value was not given at all (zod's English says "received undefined"). */
function zhText(issue: z.core.$ZodRawIssue, missing: boolean): string {
  switch (issue.code) {
    case "invalid_type":
      if (missing) return "必填";
      return `应为${TYPE_ZH[issue.expected] ?? issue.expected}`;
    case "too_small":
      if (issue.origin === "string") return bound(issue.minimum) === "1" ? "不能为空" : `至少 ${bound(issue.minimum)} 个字符`;
      if (issue.origin === "array" || issue.origin === "set") return `至少 ${bound(issue.minimum)} 项`;
      if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint")
        return `${issue.inclusive ? "不能小于" : "应大于"} ${bound(issue.minimum)}`;
      break;
    case "too_big":
      if (issue.origin === "string") return `最多 ${bound(issue.maximum)} 个字符`;
      if (issue.origin === "array" || issue.origin === "set") return `最多 ${bound(issue.maximum)} 项`;
      if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint")
        return `${issue.inclusive ? "不能大于" : "应小于"} ${bound(issue.maximum)}`;
      break;
    case "invalid_value":
      return issue.values.length === 1 ? `应为 ${String(issue.values[0])}` : `应为以下之一：${issue.values.map(String).join("、")}`;
    case "invalid_format":
      if (issue.format in FORMAT_ZH) return `${FORMAT_ZH[issue.format]}不正确`;
      break;
    case "unrecognized_keys":
      return `未知字段：${issue.keys.join("、")}`;
    case "invalid_union":
      return "不符合任何允许的格式";
  }
  return textOf(zodZh(issue)) ?? "无效输入";
}

const textOf = (out: ReturnType<z.core.$ZodErrorMap>) => (typeof out === "string" ? out : out?.message);

const zhMap: z.core.$ZodErrorMap = (issue) => zhText(issue, issue.input === undefined);

const MAPS: Record<Locale, z.core.$ZodErrorMap> = { "zh-CN": zhMap, en: zodEn };

/** The error map for a locale, for `schema.safeParse(data, { error: zodErrorMap(locale) })`. */
export function zodErrorMap(locale: Locale): z.core.$ZodErrorMap {
  return MAPS[locale];
}

/** safeParse with messages in the reader's language. */
export function safeParseIn<S extends z.ZodType>(schema: S, data: unknown, locale: Locale): z.ZodSafeParseResult<z.output<S>> {
  const result = schema.safeParse(data, { error: zodErrorMap(locale) });
  if (result.success) return result;
  // A schema's own zodText message, in the reader's language too.
  result.error.issues.forEach((issue, i) => {
    const own = schemaText(issue.message);
    if (own) result.error.issues[i] = { ...issue, message: localize(own, locale) };
  });
  return result;
}

/** English of a schema's own message → both languages (filled by zodText as schemas are built). */
const SCHEMA_TEXT = new Map<string, Localized>();

/**
 * A schema's own message in both languages. zod lets a schema's message win over any error map, so
 * every custom message in a schema that reaches an API answer is written `zodText({ "zh-CN", en })`
 * (`.min(1, zodText(…))`, `ctx.addIssue({ message: zodText(…) })`): it returns the English, which
 * stays the issue's `message` (logs, tests and zod's own tools read it), and remembers the Chinese
 * for that English, which `issueText` (and so every API error) and `safeParseIn` answer in the
 * reader's language. One mechanism, at the schema, with no keys to look up and no locale to thread.
 */
export function zodText(text: { "zh-CN": string; en: string }): string {
  SCHEMA_TEXT.set(text.en, { "zh-CN": text["zh-CN"], en: text.en });
  return text.en;
}

/** Custom messages that many schemas share. */
export const NOT_EMPTY = zodText({ "zh-CN": "不能为空", en: "must not be empty" });
export const AN_EMAIL = zodText({ "zh-CN": "应为电子邮件地址", en: "must be an e-mail address" });
export const atMostChars = (max: number): string => zodText({ "zh-CN": `最多 ${max} 个字符`, en: `at most ${max} characters` });
export const atLeastChars = (min: number): string => zodText({ "zh-CN": `至少 ${min} 个字符`, en: `at least ${min} characters` });

/** A schema's own message in both languages when it was written with zodText. */
export function schemaText(message: string): Localized | undefined {
  return SCHEMA_TEXT.get(message);
}

/**
 * A finished issue's message in both languages when it is zod's own wording or a zodText message,
 * else the schema's own message as it is. Lets errors thrown far from the request (lib services parse too) be answered in
 * the request's language, without threading the locale through every parse.
 */
export function issueText(issue: z.core.$ZodIssue): string | Localized {
  const own = schemaText(issue.message);
  if (own) return own;
  const raw = issue as z.core.$ZodRawIssue;
  // invalid_type's wording names the received type, taken from the input that a finished issue no longer carries.
  const builtIn = issue.code === "invalid_type" ? issue.message.startsWith("Invalid input: expected ") : textOf(zodEn(raw)) === issue.message;
  if (!builtIn) return issue.message;
  return { "zh-CN": zhText(raw, issue.message.endsWith(", received undefined")), en: issue.message };
}
