import type { Highs } from "highs";
import { z } from "zod";
import type { PolicyEntry } from "@/db/catalogue/policies";
import type { SolutionEntry } from "@/db/catalogue/solutions";
import { evaluate, getTemplate, TEMPLATE_IDS, type Answers, type Level } from "@/scoring";
import { buildPlan } from "./plan";

/**
 * The `plan` command's work: for `{template, answers, evidence?, profile?, firm, target}` or an array of
 * them, the exact least-cost plan over the catalogue. Pure apart from the solver passed in; the script
 * reads the file, loads the seeded catalogue and sets the exit code.
 */

const firmSchema = z.strictObject({
  industryCode: z.string().regex(/^\d{2}(\d{2})?$/, "a GB/T 4754 code of 2 (大类) or 4 (小类) digits"),
  sizeClass: z.enum(["micro", "small", "medium", "large"]).nullable().optional(),
  provinceCode: z
    .string()
    .regex(/^\d{2}$/, "2 digits")
    .optional(),
  cityCode: z
    .string()
    .regex(/^\d{4}$/, "4 digits")
    .optional(),
  districtCode: z
    .string()
    .regex(/^\d{6}$/, "6 digits")
    .nullable()
    .optional(),
  industrySegment: z.string().nullable().optional(),
  aboveScale: z.boolean().nullable().optional(),
});

const requestSchema = z.strictObject({
  template: z.enum(TEMPLATE_IDS),
  answers: z.record(z.string(), z.unknown()),
  evidence: z.unknown().optional(),
  profile: z.union([z.string(), z.array(z.string())]).optional(),
  firm: firmSchema,
  target: z.number().int().min(1).max(4),
});

export interface PlanOutput {
  target: number;
  reachable: boolean;
  /** Proven least three-year cost (false only if the solver ran out of time). */
  exact: boolean;
  firstYearCostYuan: number | null;
  threeYearCostYuan: number | null;
  solutions: string[];
  answersAfter: Answers;
  levelAfter: Level;
}

export interface PlanProblemReport {
  index: number | null;
  field: string;
  message: string;
}

export function planBatch(
  input: unknown,
  context: { solver: Highs; catalogue: readonly SolutionEntry[]; policies: readonly PolicyEntry[]; today: string },
): { ok: true; output: PlanOutput | PlanOutput[] } | { ok: false; problems: PlanProblemReport[] } {
  const list = Array.isArray(input) ? input : [input];
  const problems: PlanProblemReport[] = [];
  const outputs: PlanOutput[] = [];
  list.forEach((item, i) => {
    const index = Array.isArray(input) ? i : null;
    const parsed = requestSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ index, field: issue.path.join(".") || "input", message: issue.message });
      return;
    }
    const r = parsed.data;
    const t = getTemplate(r.template);
    let evaluation;
    try {
      evaluation = evaluate(t, r.answers, { evidence: r.evidence, profile: r.profile, complete: false });
    } catch (error) {
      problems.push({ index, field: "profile", message: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (!evaluation.ok) {
      for (const p of evaluation.problems) problems.push({ index, field: `answers.${p.code}`, message: p.message });
      return;
    }
    const profile = r.profile === undefined ? undefined : typeof r.profile === "string" ? t.def.profiles.find((p) => p.code === r.profile)?.scenes : r.profile;
    const plan = buildPlan({
      solver: context.solver,
      template: t,
      answers: evaluation.answers,
      profile,
      target: r.target as Level,
      firm: {
        provinceCode: r.firm.provinceCode ?? r.firm.cityCode?.slice(0, 2) ?? "",
        cityCode: r.firm.cityCode ?? "",
        districtCode: r.firm.districtCode ?? null,
        // Catalogue entries name 大类 (2 digits); a 小类 decides pilot segments.
        industryCode: r.firm.industryCode.slice(0, 2),
        industrySubCode: r.firm.industryCode.length === 4 ? r.firm.industryCode : null,
        industrySegment: r.firm.industrySegment ?? null,
        sizeClass: r.firm.sizeClass ?? null,
        aboveScale: r.firm.aboveScale ?? null,
      },
      catalogue: context.catalogue,
      policies: context.policies,
      today: context.today,
    });
    outputs.push({
      target: r.target,
      reachable: plan.reachable,
      exact: plan.exact,
      firstYearCostYuan: plan.reachable ? plan.totalCostYuan : null,
      threeYearCostYuan: plan.reachable ? plan.threeYearCostYuan : null,
      solutions: plan.solutions.map((s) => s.id),
      answersAfter: plan.answersAfter,
      levelAfter: plan.levelAfter,
    });
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, output: Array.isArray(input) ? outputs : outputs[0]! };
}

export function formatPlanProblem(p: PlanProblemReport): string {
  return `${p.index === null ? "" : `[${p.index}] `}${p.field}: ${p.message}`;
}
