"use client";

import type { Plan } from "@/lib/recommendations/plan";
import { wanAmount } from "@/lib/i18n/figures";
import { enumSeparator, listSeparator } from "@/lib/i18n/localized";
import type { PlanProps } from "./plan-section";
import { PlanSteps } from "./plan-steps";

/**
 * 从痛点出发: the plan that also lifts the scenes behind the firm's stated problems, each shown with the
 * words that named it, and what that costs beyond the least-cost plan.
 */
export function PainPlanSection({ plan, leastCost, view, template, locale, t }: PlanProps & { leastCost: Plan | null }) {
  const sceneLabel = (code: string) => template.scenes.find((s) => s.code === code)?.label ?? code;
  const level = (n: number) => (n === 0 ? t("assess.pain.notDone") : t("assess.pain.level", { n }));
  const quote = (words: string[]) => words.map((w) => `“${w}”`).join(enumSeparator(locale));
  // A difference between two proven optima only: otherwise it could even come out negative.
  const extra = leastCost?.reachable && leastCost.exact && plan.reachable && plan.exact ? plan.threeYearCostYuan - leastCost.threeYearCostYuan : null;
  return (
    <section aria-labelledby={`pain-plan-${plan.target}`} className="space-y-4" data-testid={`pain-plan-${plan.target}`}>
      <h2 id={`pain-plan-${plan.target}`} className="text-xl font-semibold">
        {t("assess.pain.title", { level: template.levelNames[plan.target] ?? "" })}
      </h2>
      <ul className="space-y-1 text-sm">
        {plan.painPoints.map((p) => (
          <li key={p.scene}>
            {t(p.field === "painPoints" ? "assess.pain.fromProblems" : "assess.pain.fromBusiness", {
              words: quote(p.words),
              scene: sceneLabel(p.scene),
              from: level(p.from),
              to: level(p.to),
            })}
          </li>
        ))}
      </ul>
      {!plan.reachable ? (
        <p className="text-sm text-muted">{t(plan.timedOut ? "assess.plan.timedOut" : "assess.pain.unreachable")}</p>
      ) : (
        <>
          <p className="rounded-xl bg-surface p-4 text-sm" data-testid="pain-extra">
            {t(plan.exact ? "assess.pain.cost3" : "assess.plan.cost3Unproven", { cost: wanAmount(plan.threeYearCostYuan) })}
            {extra !== null ? listSeparator(locale) + (extra > 0 ? t("assess.pain.extra", { cost: wanAmount(extra) }) : t("assess.pain.noExtra")) : null}
          </p>
          <PlanSteps plan={plan} view={view} template={template} locale={locale} t={t} />
        </>
      )}
    </section>
  );
}
