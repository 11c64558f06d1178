"use client";

import { usePathname } from "next/navigation";
import type { TemplateView } from "@/lib/assessments/template-view";
import { wanAmount } from "@/lib/i18n/figures";
import { enumSeparator, localizePair } from "@/lib/i18n/localized";
import type { ClientT } from "@/lib/i18n/format";
import type { Plan } from "@/lib/recommendations/plan";
import type { PlanView } from "@/lib/recommendations/service";
import { sitePath, sitePathOf } from "@/lib/tenants/site-path";
import { ClauseLine } from "./clause-line";
import { PlanBudget } from "./plan-budget";
import { PlanSteps } from "./plan-steps";

export interface PlanProps {
  plan: Plan;
  view: PlanView;
  template: TemplateView;
  locale: "zh-CN" | "en";
  t: ClientT;
}

/** "Your plan": steps with a recommended solution and others to compare, costs, subsidies, net cost. */
export function PlanSection({ plan, view, template, locale, t }: PlanProps) {
  // Under a portal's pages (/t/<portal>/…) a policy opens there too, in the portal's brand.
  const site = sitePathOf(usePathname() ?? "")?.slug ?? null;
  const best = plan.bestSubsidy ? view.policies[plan.bestSubsidy.policyId] : null;
  const policyTitle = (id: string) => {
    const p = view.policies[id];
    return p ? localizePair(p.title, p.titleEn, locale) : id;
  };
  if (!plan.reachable) return <p className="text-sm text-muted">{t(plan.timedOut ? "assess.plan.timedOut" : "assess.plan.unreachable")}</p>;
  return (
    <section aria-labelledby={`plan-${plan.target}`} className="space-y-5" data-testid={`plan-${plan.target}`}>
      <h2 id={`plan-${plan.target}`} className="text-xl font-semibold">
        {t("assess.plan.title", { level: template.levelNames[plan.target] ?? "" })}
      </h2>
      <dl className="grid gap-3 rounded-xl bg-surface p-4 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dd data-testid="three-year-cost">
            {t(plan.exact ? "assess.plan.cost3" : "assess.plan.cost3Unproven", { cost: wanAmount(plan.threeYearCostYuan) })}
          </dd>
        </div>
        <div>
          <dd>{t("assess.plan.cost", { cost: wanAmount(plan.totalCostYuan) })}</dd>
        </div>
        <div>
          <dd>
            {best && plan.bestSubsidy
              ? t("assess.plan.subsidy", { amount: wanAmount(plan.bestSubsidy.amountYuan), policy: localizePair(best.title, best.titleEn, locale) })
              : t("assess.plan.noSubsidy")}
          </dd>
        </div>
        <div>
          <dd className="font-semibold" data-testid="net-cost">
            {t("assess.plan.net", { net: wanAmount(plan.netCostYuan) })}
          </dd>
        </div>
      </dl>
      <PlanSteps plan={plan} view={view} template={template} locale={locale} t={t} />
      <PlanBudget plan={plan} view={view} template={template} locale={locale} t={t} />
      <p className="text-xs text-muted">{t("assess.plan.demoNote")}</p>
      <div>
        <h3 className="font-semibold">{t("assess.plan.policies")}</h3>
        <ul className="mt-2 space-y-2 text-sm" data-testid="policy-matches">
          {plan.policies.map((m) => (
            <li key={m.policyId} className="rounded-md border border-slate-200 p-3" data-verdict={m.verdict}>
              <p className="font-medium">
                {policyTitle(m.policyId)}
                {view.policies[m.policyId]?.demo ? (
                  <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs">{t("assess.plan.demoPolicy")}</span>
                ) : null}
              </p>
              <p className={m.verdict === "eligible" ? "text-emerald-700" : m.verdict === "not_eligible" ? "text-red-700" : "text-amber-800"}>
                {t(`assess.plan.verdict.${m.verdict}`)}
                {m.subsidy?.amountYuan != null
                  ? ` · ${t("assess.plan.amount", { amount: wanAmount(m.subsidy.amountYuan) })}`
                  : m.subsidy?.upToYuan != null
                    ? ` · ${t("assess.plan.upTo", { amount: wanAmount(m.subsidy.upToYuan) })}`
                    : ""}
                {m.points !== null ? ` · ${t("assess.plan.points", { points: m.points })}` : ""}
              </p>
              {m.subsidy?.itemRule ? (
                <p className="text-muted">{t("assess.plan.itemRule", { rule: m.subsidy.itemRule[locale], count: m.subsidy.itemIds?.length ?? 0 })}</p>
              ) : null}
              {m.payment?.value === "after_acceptance" ? <p className="text-muted">{t("assess.plan.afterAcceptance")}</p> : null}
              {m.warnings.map((w) => (
                <p key={w["zh-CN"]} className="text-amber-800" role="note">
                  {w[locale]}
                </p>
              ))}
              {m.verdict === "possibly_eligible" && m.missing.length > 0 ? (
                <p className="text-muted">
                  {t("assess.plan.missing", { items: m.missing.map((x) => t(`assess.plan.missing.${x}`)).join(enumSeparator(locale)) })}
                </p>
              ) : null}
              <ul className="mt-1 list-disc pl-5 text-muted">
                {m.checks
                  .filter((c) => c.status === "unmet" || (c.status === "met" && m.verdict !== "not_eligible"))
                  .slice(0, 4)
                  .map((c) => (
                    <li key={c.condition}>
                      {c.reason[locale]}
                      {c.clause ? (
                        <>
                          {" — "}
                          <ClauseLine
                            clause={c.clause}
                            locale={locale}
                            labels={{
                              quote: t("policy.clause.quote"),
                              summary: t("policy.clause.summary"),
                              reading: t("policy.clause.reading"),
                              demo: t("policy.clause.demo"),
                            }}
                          />
                        </>
                      ) : null}
                    </li>
                  ))}
              </ul>
              <a href={sitePath(site, `/policies/${m.policyId}`)} className="mt-1 inline-block text-brand underline">
                {t("assess.plan.conditions")}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
