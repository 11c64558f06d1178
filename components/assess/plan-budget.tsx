"use client";

import type { PlanProps } from "./plan-section";
import { wan } from "./plan-steps";

/** The plan as a consultant budgets it: 软件/硬件/服务, the order of the work, and what to record now. */
export function PlanBudget({ plan, view, template, locale, t }: PlanProps) {
  if (plan.solutions.length === 0) return null;
  const name = (id: string) => view.solutions[id]?.name[locale] ?? id;
  const effectLabel = (code: string) => template.questions.find((q) => q.code === code)?.label.replace(/[？?]\s*$/, "") ?? code;
  const fund = plan.fundBand;
  const fundOption = (code: string | null) => (code === null ? t("assess.r.path.none") : (template.questions.find((q) => q.code === "M.FUND")?.options.find((o) => o.code === code)?.label ?? code));
  return (
    <div className="space-y-4 text-sm" data-testid={`plan-budget-${plan.target}`}>
      <table className="w-full border-collapse text-left">
        <caption className="mb-1 text-left font-semibold">{t("assess.budget.title")}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-muted">
            <th scope="col" className="py-1 font-normal">{t("assess.budget.line")}</th>
            <th scope="col" className="py-1 text-right font-normal">{t("assess.budget.oneOff")}</th>
            <th scope="col" className="py-1 text-right font-normal">{t("assess.budget.yearly")}</th>
            <th scope="col" className="py-1 text-right font-normal">{t("assess.budget.firstYear")}</th>
            <th scope="col" className="py-1 text-right font-normal">{t("assess.budget.threeYears")}</th>
          </tr>
        </thead>
        <tbody>
          {plan.budget.map((r) => (
            <tr key={r.line} className="border-b border-slate-100">
              <th scope="row" className="py-1 font-normal">{t(`assess.budget.${r.line}`)}</th>
              <td className="py-1 text-right">{wan(r.oneOffYuan)}</td>
              <td className="py-1 text-right">{wan(r.yearlyYuan)}</td>
              <td className="py-1 text-right">{wan(r.firstYearYuan)}</td>
              <td className="py-1 text-right">{wan(r.threeYearYuan)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div>
        <h3 className="font-semibold">{t("assess.budget.schedule", { min: plan.schedule.weeks.min, max: plan.schedule.weeks.max, providers: plan.providers })}</h3>
        <ol className="mt-1 list-decimal space-y-1 pl-5">
          {plan.schedule.phases.map((p) => (
            <li key={p.phase}>{t("assess.budget.phase", { names: p.solutionIds.map(name).join(locale === "en" ? ", " : "、"), min: p.weeks.min, max: p.weeks.max })}</li>
          ))}
        </ol>
      </div>
      <div>
        <h3 className="font-semibold">{t("assess.budget.effects")}</h3>
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {plan.expectedEffects.map((e) => (
            <li key={e.question}>{t(e.better === "lower" ? "assess.budget.recordLower" : "assess.budget.recordHigher", { indicator: effectLabel(e.question), measure: e.measure[locale] })}</li>
          ))}
          {fund ? <li>{t("assess.budget.fund", { share: fund.share, from: fundOption(fund.from), to: fundOption(fund.to) })}</li> : null}
        </ul>
      </div>
    </div>
  );
}
