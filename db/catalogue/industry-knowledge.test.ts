import { describe, expect, it } from "vitest";
import { getTemplate } from "@/scoring";
import {
  EST_SOURCE_ISSUER,
  EST_SOURCE_TITLE,
  GENERAL_ID,
  INDUSTRY_KNOWLEDGE,
  INDUSTRY_KNOWLEDGE_RAW,
  industryKnowledgeEntry,
  knowledgeSource,
  parseIndustryKnowledge,
  type IndustryKnowledge,
  type KnowledgeSource,
} from "./industry-knowledge";

/** Every sourced statement of an entry, with where it sits (for messages). */
function statements(e: IndustryKnowledge): { where: string; scenes: string[]; source: KnowledgeSource }[] {
  return [
    ...e.pains.map((p, i) => ({ where: `${e.id} pains.${i}`, scenes: p.scenes, source: p.source })),
    ...e.keyScenes.map((k, i) => ({ where: `${e.id} keyScenes.${i}`, scenes: [k.scene], source: k.source })),
    ...e.goodLooksLike.map((g, i) => ({ where: `${e.id} goodLooksLike.${i}`, scenes: g.scenes, source: g.source })),
    ...e.kpis.map((k, i) => ({ where: `${e.id} kpis.${i}`, scenes: k.scenes, source: k.source })),
  ];
}

const clone = () => structuredClone(INDUSTRY_KNOWLEDGE_RAW) as Record<string, unknown>[];

describe("industry knowledge catalogue", () => {
  it("covers the pilot industries and a general fallback", () => {
    const ids = INDUSTRY_KNOWLEDGE.map((e) => e.id);
    for (const id of [
      "auto-parts",
      "machinery",
      "textiles-apparel",
      "food",
      "chemicals",
      "electronic-components",
      "furniture",
      "building-materials",
      "refractories",
      "nonferrous",
      "plastics",
      "metal-products",
      "pharma",
      GENERAL_ID,
    ])
      expect(ids, id).toContain(id);
    expect(INDUSTRY_KNOWLEDGE.length).toBeGreaterThanOrEqual(13);
  });

  it.each(INDUSTRY_KNOWLEDGE.map((e) => [e.id, e] as const))("%s validates against the schema on its own", (_id, e) => {
    expect(industryKnowledgeEntry.safeParse(e).success).toBe(true);
  });

  const template = getTemplate("miit-2024-manufacturing");
  it.each(INDUSTRY_KNOWLEDGE.map((e) => [e.id, e] as const))("%s names only scenes of the manufacturing template", (_id, e) => {
    for (const s of statements(e)) for (const scene of s.scenes) expect(template.sceneByCode.has(scene), `${s.where}: ${scene}`).toBe(true);
  });

  it("gives every statement a source, and labels estimates as ours, never as official", () => {
    for (const e of INDUSTRY_KNOWLEDGE)
      for (const s of statements(e)) {
        expect(knowledgeSource.safeParse(s.source).success, s.where).toBe(true);
        expect(s.source.title.length, s.where).toBeGreaterThan(0);
        if (s.source.confidence === "est") expect([s.source.title, s.source.issuer], s.where).toEqual([EST_SOURCE_TITLE, EST_SOURCE_ISSUER]);
        else expect(s.source.issuer, s.where).not.toBe(EST_SOURCE_ISSUER);
      }
  });

  it("keeps the general entry to our own general guidance", () => {
    const general = INDUSTRY_KNOWLEDGE.find((e) => e.id === GENERAL_ID)!;
    for (const s of statements(general)) expect(s.source.confidence, s.where).toBe("est");
    expect(general.match).toEqual({ divisions: [], groups: [], keywords: [] });
  });

  it("cites at least one official text for every specific industry", () => {
    for (const e of INDUSTRY_KNOWLEDGE.filter((x) => x.id !== GENERAL_ID))
      expect(
        statements(e).some((s) => s.source.confidence !== "est"),
        e.id,
      ).toBe(true);
  });

  it("has 3–5 pains, 4–6 key scenes, 3–4 good-looks-like statements and 3–5 KPIs per entry, Chinese and English", () => {
    for (const e of INDUSTRY_KNOWLEDGE) {
      expect(e.pains.length).toBeGreaterThanOrEqual(3);
      expect(e.keyScenes.length).toBeGreaterThanOrEqual(4);
      expect(e.goodLooksLike.length).toBeGreaterThanOrEqual(3);
      expect(e.kpis.length).toBeGreaterThanOrEqual(3);
      for (const t of [
        e.name,
        ...e.pains.map((p) => p.text),
        ...e.keyScenes.map((k) => k.why),
        ...e.goodLooksLike.map((g) => g.text),
        ...e.kpis.map((k) => k.name),
      ])
        expect(t["zh-CN"], JSON.stringify(t)).toMatch(/[\u3400-\u9fff]/);
    }
  });

  it("refuses an estimate dressed as official, and an estimate without our label", () => {
    const dressed = clone();
    const pains = dressed[0]!.pains as { source: Record<string, unknown> }[];
    pains[2]!.source = { title: EST_SOURCE_TITLE, issuer: EST_SOURCE_ISSUER, confidence: "official" };
    expect(() => parseIndustryKnowledge(dressed)).toThrow(/industry knowledge auto-parts: pains\.2\.source: our own experience is an estimate/);
    const unlabelled = clone();
    (unlabelled[0]!.pains as { source: Record<string, unknown> }[])[2]!.source = { title: "行业经验", issuer: "某协会", confidence: "est" };
    expect(() => parseIndustryKnowledge(unlabelled)).toThrow(/an estimate is labelled/);
  });

  it("refuses a statement without a source, a 中类 outside its 大类, a duplicate claim and a missing general entry", () => {
    const noSource = clone();
    delete (noSource[0]!.keyScenes as Record<string, unknown>[])[0]!.source;
    expect(() => parseIndustryKnowledge(noSource)).toThrow(/auto-parts: keyScenes\.0\.source/);

    const stray = clone();
    (stray[0]!.match as { groups: string[] }).groups = ["308"];
    expect(() => parseIndustryKnowledge(stray)).toThrow(/中类 308 is not under any of the entry's 大类/);

    const shared = clone();
    (shared[1]!.match as { keywords: string[] }).keywords.push("汽配");
    expect(() => parseIndustryKnowledge(shared)).toThrow(/keyword 汽配 is also claimed by auto-parts/);

    const noGeneral = clone().filter((e) => e.id !== GENERAL_ID);
    expect(() => parseIndustryKnowledge(noGeneral)).toThrow(/exactly one "general" entry/);

    const tooFew = clone();
    tooFew[0]!.pains = (tooFew[0]!.pains as unknown[]).slice(0, 2);
    expect(() => parseIndustryKnowledge(tooFew)).toThrow(/auto-parts: pains/);
  });
});
