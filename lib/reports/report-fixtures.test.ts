import { describe, expect, it } from "vitest";
import { SECTION_KEYS, type SectionOutput } from "@/prompts/report";
import { evaluate, getTemplate, type Answers } from "@/scoring";
import { POLICY_CATALOGUE, reportInputs, SOLUTION_CATALOGUE } from "@/tests/support/report-inputs";
import { COMPLETE_MANUFACTURING } from "@/tests/support/fixtures";
import { writeDeterministic } from "./deterministic";
import { buildReportFacts, sectionFacts, type ReportFacts } from "./facts";
import { checkGrounding } from "./grounding";
import { knownEntities } from "./known-entities";
import { groundingContext } from "./write-section";

/**
 * Six firms of different levels, industries and stated problems: the deterministic report quotes
 * their words, names only the scenes of its plans, states one subsidy figure per plan, reads in
 * Chinese throughout and carries no raw token once references are resolved.
 */

const t = getTemplate("miit-2024-manufacturing");
const catalogue = knownEntities(SOLUTION_CATALOGUE, POLICY_CATALOGUE);

/** The complete fixture with every answer moved `shift` options up (or down) and every scene set to `scene`. */
function answersAt(shift: number, scene: number | null): Answers {
  const out: Record<string, Answers[string]> = {};
  for (const q of t.questions) {
    const given = COMPLETE_MANUFACTURING[q.code];
    const options = q.def.options.map((o) => o.code);
    if (q.kind === "multi") {
      const real = options.filter((_, i) => i !== q.noneIndex);
      const n = Math.max(1, Math.min(real.length, (Array.isArray(given) ? given.length : 1) + shift));
      out[q.code] = real.slice(0, n);
    } else {
      const at = Math.max(0, Math.min(options.length - 1, options.indexOf(String(given)) + shift));
      out[q.code] = options[at]!;
    }
  }
  for (const s of t.scenes) out[s.code] = scene ?? (COMPLETE_MANUFACTURING[s.code] as number);
  return out;
}

const FIRMS = [
  { name: "太原晋味食品有限公司", industryCode: "14", answers: answersAt(-2, 0), painPoints: "原料批次追溯困难，库存盘点总是账实不符" },
  { name: "郑州精工机械有限公司", industryCode: "34", answers: answersAt(0, null), painPoints: "订单交期经常延误，质量追溯靠纸质记录" },
  { name: "长治宏达汽车零部件有限公司", industryCode: "36", answers: answersAt(1, 2), painPoints: "设备经常停机，维修全靠老师傅经验" },
  { name: "佛山美居家具有限公司", industryCode: "21", answers: answersAt(-1, 1), painPoints: "订单排产混乱，车间报工靠纸质单据" },
  { name: "厦门华创医药有限公司", industryCode: "27", answers: answersAt(2, 3), painPoints: "能耗偏高，财务结账慢" },
  { name: "昆明远航物流装备有限公司", industryCode: "43", answers: answersAt(1, 1), painPoints: "采购比价靠人工，供应商交货不及时" },
] as const;

const text = (s: SectionOutput) => [s.headline, ...s.paragraphs, ...s.bullets].join("\n");
/** Tokens replaced by placeholders for names, as the page and the PDF resolve them. */
const resolved = (s: string) => s.replace(/\[\[(solution|policy):[^\]]+\]\]/g, "《名称》");

function planSceneNames(f: ReportFacts): Set<string> {
  return new Set([f.plans.next, f.plans.level2, f.plans.pain].flatMap((p) => p?.steps.filter((s) => s.kind === "scene").map((s) => s.what) ?? []));
}

describe("the deterministic report for six firms", () => {
  for (const firm of FIRMS) {
    const evaluation = evaluate(t, firm.answers, { complete: true });
    if (!evaluation.ok) throw new Error(`${firm.name}: ${evaluation.problems.map((p) => p.message).join("; ")}`);
    const inputs = reportInputs({
      answers: firm.answers,
      industryCode: firm.industryCode,
      context: { description: "主营产品为自有品牌", painPoints: firm.painPoints },
    });
    const facts = buildReportFacts({ ...inputs, enterprise: { ...inputs.enterprise, name: firm.name } });
    const sections = Object.fromEntries(SECTION_KEYS.map((k) => [k, writeDeterministic(k, facts)]));
    const all = SECTION_KEYS.map((k) => text(sections[k]!)).join("\n");

    it(`${firm.name} (level ${evaluation.result.level}): grounded, quotes the firm, only its plans' scenes`, () => {
      for (const k of SECTION_KEYS) expect(checkGrounding(sections[k]!, groundingContext(facts, sectionFacts(k, facts), catalogue)), k).toEqual([]);
      const words = facts.plans.pain?.painPoints.flatMap((p) => p.words) ?? [];
      if (facts.plans.next) expect(words.length, "the firm's problems map to scenes").toBeGreaterThan(0);
      for (const w of words) expect(all, w).toContain(w);
      // The chapters of advice name the scenes of the plans and no others.
      const allowed = planSceneNames(facts);
      const others = facts.scenes.map((s) => s.name).filter((n) => !allowed.has(n));
      // An indicator's options may share a scene's wording (数据采集: 财务管理…): those quoted option lists are left out.
      const optionLists = [
        ...facts.diagnosis.filter((d) => d.kind === "indicator").flatMap((d) => [d.today, d.target]),
        ...[facts.plans.next, facts.plans.level2, facts.plans.pain].flatMap((p) => p?.steps.filter((s) => s.kind === "indicator").map((s) => s.change) ?? []),
      ]
        .filter((x) => x.length > 0)
        .sort((a, b) => b.length - a.length);
      for (const k of ["summary", "diagnosis", "targets", "plan", "schedule", "effects", "risks"] as const) {
        const advice = optionLists.reduce((s, list) => s.replaceAll(list, " "), text(sections[k]!));
        for (const n of others) expect(advice, `${k} names ${n}`).not.toContain(n);
      }
    });

    it(`${firm.name}: one subsidy figure per plan, Chinese throughout, no raw token once resolved`, () => {
      const next = facts.plans.next;
      const amounts = [...all.matchAll(/补贴约([\d.]+)万元/g)].map((m) => Number(m[1]));
      const known = [next, facts.plans.level2, facts.plans.pain].flatMap((p) => (p?.bestSubsidy ? [p.bestSubsidy.amountWan] : []));
      for (const a of amounts) expect(known, `补贴约${a}万元`).toContain(a);
      if (next?.bestSubsidy) {
        expect(text(sections.summary!)).toContain(`补贴约${next.bestSubsidy.amountWan}万元`);
        expect(sections.effects!.headline).toContain(`${next.bestSubsidy.amountWan}万元`);
        expect(sections.effects!.headline).not.toContain("没有可确定金额");
      } else if (next) {
        // No subsidy for the plan to the next level: said so, in the summary and the subsidy chapter alike.
        expect(text(sections.summary!)).toContain("目前没有可确定金额的补贴");
        expect(sections.effects!.headline).toContain("没有可确定金额的补贴");
      }
      // Each kind of offer is described once, however many scenes it serves.
      const sceneNames = facts.scenes.map((x) => x.name);
      for (const c of facts.candidates.solutions.filter((x) => x.chosenForPrice)) {
        const generic = sceneNames.reduce((d, n) => d.replaceAll(n, ""), c.description);
        const stripped = sceneNames.reduce((d, n) => d.replaceAll(n, ""), all);
        expect(stripped.split(generic).length - 1, generic).toBeLessThanOrEqual(1);
      }
      const plain = resolved(all).replaceAll(firm.name, "");
      expect(plain.match(/[A-Za-z]{2,}/g) ?? [], "Latin words in the Chinese report").toEqual([]);
      expect(resolved(all)).not.toMatch(/\[\[|\]\]|第0百分位|\d\.\d{3}/);
    });
  }
});
