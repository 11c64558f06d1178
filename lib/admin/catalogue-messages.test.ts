import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issueText } from "@/lib/i18n/zod";
import { CATALOGUE_MESSAGES } from "./catalogue-messages";

const schemaSource = ["policy-schema.ts", "solution-schema.ts"]
  .map((f) => readFileSync(path.join(import.meta.dirname, "../../db/catalogue", f), "utf8"))
  .join("\n");

describe("the catalogue schemas' messages in Chinese", () => {
  it("names each message exactly as db/catalogue writes it", () => {
    for (const text of CATALOGUE_MESSAGES) expect(schemaSource).toContain(JSON.stringify(text.en));
  });

  it("answers a catalogue message in both languages", () => {
    const issue = z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")
      .safeParse("soon").error?.issues[0];
    expect(issue && issueText(issue)).toEqual({ "zh-CN": "应为日期，格式 YYYY-MM-DD", en: "a date as YYYY-MM-DD" });
  });
});
