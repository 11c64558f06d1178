"use client";

import type { PlanProps } from "./plan-section";
import { wanAmount } from "@/lib/i18n/figures";
import { enumSeparator } from "@/lib/i18n/localized";
import { Row, RowHead, Table } from "../ui/table";

/** The plan as a consultant budgets it: 软件/硬件/服务, the order of the work, and what to record now. */
export function PlanBudget({ plan, view, template, locale, t }: PlanProps) {
  if (plan.solutions.length === 0) return null;
  const name = (id: string) => view.solutions[id]?.name[locale] ?? id;
  const effectLabel = (code: string) => template.questions.find((q) => q.code === code)?.label.replace(/[？?]\s*$/, "") ?? code;
  const fund = plan.fundBand;
  const fundOption = (code: string | null) =>
    code === null ? t("assess.r.path.none") : (template.questions.find((q) => q.code === "M.FUND")?.options.find((o) => o.code === code)?.label ?? code);
  return (
    <div className="space-y-4 text-sm" data-testid={`plan-budget-${plan.target}`}>
      <Table
        head={[t("assess.budget.line"), t("assess.budget.oneOff"), t("assess.budget.yearly"), t("assess.budget.firstYear"), t("assess.budget.threeYears")]}
        caption={t("assess.budget.title")}
        captionClassName="mb-1 text-left font-semibold"
        density="compact"
        gutter={false}
        numeric
        headRowClassName="border-b border-slate-200 text-muted [&_th]:font-normal"
      >
        {plan.budget.map((r) => (
          <Row key={r.line}>
            <RowHead>{t(`assess.budget.${r.line}`)}</RowHead>
            <td>{wanAmount(r.oneOffYuan)}</td>
            <td>{wanAmount(r.yearlyYuan)}</td>
            <td>{wanAmount(r.firstYearYuan)}</td>
            <td>{wanAmount(r.threeYearYuan)}</td>
          </Row>
        ))}
      </Table>
      <div>
        <h3 className="font-semibold">
          {t("assess.budget.schedule", { min: plan.schedule.weeks.min, max: plan.schedule.weeks.max, providers: plan.providers })}
        </h3>
        <ol className="mt-1 list-decimal space-y-1 pl-5">
          {plan.schedule.phases.map((p) => (
            <li key={p.phase}>
              {t("assess.budget.phase", { names: p.solutionIds.map(name).join(enumSeparator(locale)), min: p.weeks.min, max: p.weeks.max })}
            </li>
          ))}
        </ol>
      </div>
      <div>
        <h3 className="font-semibold">{t("assess.budget.effects")}</h3>
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {plan.expectedEffects.map((e) => (
            <li key={e.question}>
              {t(e.better === "lower" ? "assess.budget.recordLower" : "assess.budget.recordHigher", {
                indicator: effectLabel(e.question),
                measure: e.measure[locale],
              })}
            </li>
          ))}
          {fund ? <li>{t("assess.budget.fund", { share: fund.share, from: fundOption(fund.from), to: fundOption(fund.to) })}</li> : null}
        </ul>
      </div>
    </div>
  );
}
