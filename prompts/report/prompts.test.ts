import { describe, expect, it } from "vitest";
import { z } from "zod";
import { placeholders } from "../template";
import { REPAIR_PROMPT, SECTION_KEYS, SECTION_PROMPTS, SYSTEM_PROMPT } from "./index";

describe("report section prompts", () => {
  it("one prompt per section, each with its own version", () => {
    expect(Object.keys(SECTION_PROMPTS).sort()).toEqual([...SECTION_KEYS].sort());
    const versions = SECTION_KEYS.map((k) => SECTION_PROMPTS[k].version);
    expect(new Set(versions).size).toBe(versions.length);
    for (const k of SECTION_KEYS) expect(SECTION_PROMPTS[k].key).toBe(k);
  });

  for (const key of SECTION_KEYS) {
    it(`${key}: the placeholders of both languages are exactly its declared inputs`, () => {
      const prompt = SECTION_PROMPTS[key];
      expect(placeholders(prompt.task["zh-CN"])).toEqual([...prompt.inputs].sort());
      expect(placeholders(prompt.task.en)).toEqual([...prompt.inputs].sort());
      expect(prompt.inputs).toContain("facts");
    });

    it(`${key}: every output field is described for the model`, () => {
      const schema = z.toJSONSchema(SECTION_PROMPTS[key].schema) as { properties: Record<string, { description?: string }> };
      for (const [field, def] of Object.entries(schema.properties)) expect(def.description, `${key}.${field}`).toMatch(/\S{3}/);
    });
  }

  it("the system rules have no placeholders and the repair turn takes only the errors", () => {
    for (const lang of ["zh-CN", "en"] as const) {
      expect(placeholders(SYSTEM_PROMPT[lang])).toEqual([]);
      expect(placeholders(REPAIR_PROMPT[lang])).toEqual(["errors"]);
      expect(SYSTEM_PROMPT[lang]).toContain("<firm_text>");
      expect(SYSTEM_PROMPT[lang]).toContain("[[solution:ID]]");
    }
  });
});
