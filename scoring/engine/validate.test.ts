import { describe, expect, it } from "vitest";
import { getTemplate } from "../templates";
import { findInconsistencies, missingCodes, validateAnswers } from "./validate";

const t = getTemplate("miit-2024-manufacturing");
const kinds = (input: unknown, complete = false) => validateAnswers(t, input, { complete }).map((p) => `${p.code}:${p.kind}`);

describe("validateAnswers", () => {
  it("accepts valid partial answers", () => {
    expect(kinds({ "F.NET": ["none"], "F.IS": "one", "S.QUALITY": 0, "S.FINANCE": 4, "F.DATA": [] })).toEqual([]);
  });

  it("returns every problem with its code", () => {
    expect(
      kinds({
        "F.NOPE": "x",
        "F.IS": ["one"],
        "F.NET": "none",
        "F.EQDIG": "p10_30",
        "F.DATA": ["none", "finance"],
        "F.NETSEC": ["policy", "policy"],
        "M.TALENT": ["staff", "wizards"],
        "S.QUALITY": 5,
        "S.HR": 2.5,
        "S.OFFICE": "2",
      }),
    ).toEqual([
      "F.NOPE:unknown_code",
      "F.IS:wrong_kind",
      "F.NET:wrong_kind",
      "F.EQDIG:unknown_option",
      "F.DATA:none_with_others",
      "F.NETSEC:duplicate_option",
      "M.TALENT:unknown_option",
      "S.QUALITY:scene_level_out_of_range",
      "S.HR:wrong_kind",
      "S.OFFICE:wrong_kind",
    ]);
  });

  it.each([null, [], "answers", 3])("rejects %j as a whole", (input) => {
    expect(kinds(input)).toEqual(["answers:not_an_object"]);
  });

  it("lists every missing answer when submitting", () => {
    const missing = kinds({ "F.NET": ["none"] }, true);
    expect(missing).toHaveLength(30);
    expect(missing).toContain("S.DECISION:missing");
    expect(missing).not.toContain("F.NET:missing");
  });

  it("counts an empty multi selection as unanswered", () => {
    expect(missingCodes(t, { "F.DATA": [] })).toContain("F.DATA");
  });

  it("gives messages in both languages", () => {
    const [p] = validateAnswers(t, { "S.QUALITY": 9 });
    expect(p?.message).toMatch(/outside 0–4/);
    expect(p?.messageZh).toMatch(/超出/);
  });
});

describe("findInconsistencies", () => {
  it("flags more networked than digital equipment", () => {
    expect(findInconsistencies(t, { "F.EQDIG": "p10_20", "F.EQNET": "p40_60" }).map((i) => i.code)).toEqual(["F.EQNET"]);
    expect(findInconsistencies(t, { "F.EQDIG": "p40_60", "F.EQNET": "p40_60" })).toEqual([]);
    expect(findInconsistencies(t, { "F.EQNET": "p40_60" })).toEqual([]);
  });
});
