import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { getTemplate, TEMPLATE_IDS } from "@/scoring";
import { templateView } from "./template-view";

/** Words of notes meant for us (doubts about the data, confidence tags), never for a firm. */
const INTERNAL = [/看似/, /按原样/, /原始数据/, /偏高/, /\[(H|M|EST)\]/, /look high/i, /used as given/i, /\bTODO\b/, /maturity-model\.md/];

describe("help text shown to firms", () => {
  it.each(TEMPLATE_IDS.flatMap((id) => LOCALES.map((locale) => [id, locale] as const)))("%s (%s) carries no internal notes", (id, locale) => {
    const view = templateView(id, locale);
    for (const q of view.questions) {
      for (const text of [q.label, q.meaning, q.evidenceHint, ...q.options.map((o) => o.label)]) {
        for (const pattern of INTERNAL) expect(text, `${q.code}: ${text}`).not.toMatch(pattern);
      }
    }
    const shown = JSON.stringify(view);
    for (const pattern of INTERNAL) expect(shown).not.toMatch(pattern);
    for (const q of getTemplate(id).def.questions) if (q.help.note) expect(shown).not.toContain(q.help.note);
  });

  it("keeps the note on the official 资金保障 bands, out of sight", () => {
    const fund = getTemplate("miit-2024-manufacturing").questionByCode.get("M.FUND")!;
    expect(fund.def.help.note).toMatch(/look high/);
    expect(fund.def.help.meaning["zh-CN"]).toBe("数字化投入包括软硬件、云服务、咨询和人员等费用。");
  });
});
