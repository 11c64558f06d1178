import { formatMoney } from "@/lib/i18n/figures";
import { enumSeparator, listSeparator } from "@/lib/i18n/localized";
import type { PlanFacts } from "@/prompts/report";
import { Row, RowHead } from "../ui/table";
import { FactTable, plansOf, policyName, solutionName, type FactProps } from "./fact-parts";
import { Timeline } from "./fact-timeline";

/** The tables of 改造方案, 实施计划 and 预期成效与补贴申报, one set per plan the facts hold. */

/** 改造方案: each plan's steps with the solutions priced for them, and its budget by line. */
export function PlanTables(props: FactProps) {
  const { facts, t } = props;
  return (
    <>
      {plansOf(facts, t).map(({ kind, plan, title }) => (
        <div key={kind} data-testid={`facts-plan-${kind}`}>
          {plan.steps.length === 0 ? <p className="mt-4 text-sm text-muted">{`${title}${t("report.facts.plan.unreachable")}`}</p> : null}
          {plan.steps.length > 0 ? <StepsTable {...props} plan={plan} title={title} /> : null}
          {plan.budget.length > 0 ? <BudgetTable {...props} plan={plan} title={title} /> : null}
        </div>
      ))}
    </>
  );
}

function StepsTable({ plan, title, names, t, locale }: FactProps & { plan: PlanFacts; title: string }) {
  return (
    <FactTable
      head={[t("report.facts.step.n"), t("report.facts.step.what"), t("report.facts.step.change"), t("report.facts.step.solutions")]}
      caption={t("report.facts.steps", { plan: title })}
      className="align-top"
      wide
    >
      {plan.steps.map((s) => (
        <Row key={s.n}>
          <td className="tabular-nums">{s.n}</td>
          <RowHead className="font-normal whitespace-nowrap">{s.what}</RowHead>
          <td>{s.change}</td>
          <td>{s.solutionIds.length > 0 ? s.solutionIds.map((id) => solutionName(names, id, locale)).join(enumSeparator(locale)) : t("report.facts.none")}</td>
        </Row>
      ))}
    </FactTable>
  );
}

/** 软件 / 硬件 / 服务 as the facts split them; the totals are the plan's own figures, not a sum made here. */
function BudgetTable({ plan, title, t, locale }: FactProps & { plan: PlanFacts; title: string }) {
  const money = (yuan: number) => formatMoney(yuan, locale);
  return (
    <FactTable
      head={[
        t("report.facts.budget.line"),
        t("report.facts.budget.oneOff"),
        t("report.facts.budget.yearly"),
        t("report.facts.budget.firstYear"),
        t("report.facts.budget.threeYears"),
      ]}
      caption={t("report.facts.budget", { plan: title })}
      className="[&_td]:whitespace-nowrap"
      numeric
      wide
    >
      {plan.budget.map((b) => (
        <Row key={b.line}>
          <RowHead>{b.line}</RowHead>
          <td>{money(b.oneOffYuan)}</td>
          <td>{money(b.yearlyYuan)}</td>
          <td>{money(b.firstYearYuan)}</td>
          <td>{money(b.threeYearYuan)}</td>
        </Row>
      ))}
      <Row className="font-medium">
        <RowHead className="font-medium">{t("report.facts.budget.total")}</RowHead>
        <td>{t("report.facts.none")}</td>
        <td>{t("report.facts.none")}</td>
        <td>{money(plan.costYuan)}</td>
        <td>{money(plan.threeYearCostYuan)}</td>
      </Row>
    </FactTable>
  );
}

/** 实施计划: each plan's phases as a table, and the same as a timeline over the weeks. */
export function ScheduleTables(props: FactProps) {
  const { facts, t, names, locale } = props;
  return (
    <>
      {plansOf(facts, t)
        .filter(({ plan }) => plan.phases.length > 0)
        .map(({ kind, plan, title }) => (
          <div key={kind} data-testid={`facts-schedule-${kind}`}>
            <FactTable
              head={[t("report.facts.phase"), t("report.facts.weeks"), t("report.facts.phase.steps"), t("report.facts.phase.parallel")]}
              caption={t("report.facts.phases", { plan: title })}
              className="align-top"
              wide
            >
              {plan.phases.map((p) => (
                <Row key={p.phase}>
                  <RowHead className="font-normal whitespace-nowrap">{t("report.facts.phase.n", { n: p.phase })}</RowHead>
                  <td className="whitespace-nowrap">{t("report.facts.weeks.range", { start: p.startWeek, end: p.endWeek })}</td>
                  <td>{p.steps.length > 0 ? p.steps.join(enumSeparator(locale)) : t("report.facts.none")}</td>
                  <td>{p.solutionIds.map((id) => solutionName(names, id, locale)).join(enumSeparator(locale))}</td>
                </Row>
              ))}
            </FactTable>
            <Timeline plan={plan} title={title} t={t} />
          </div>
        ))}
    </>
  );
}

/** 预期成效与补贴申报: the policies as matched, and per plan its three-year and first-year cost, the subsidy of known amount and the net first-year cost. */
export function EffectsTables(props: FactProps) {
  const { facts, names, t, locale } = props;
  const money = (yuan: number) => formatMoney(yuan, locale);
  const none = t("report.facts.none");
  const policies = facts.candidates.policies;
  const plans = plansOf(facts, t).filter(({ plan }) => plan.steps.length > 0);
  return (
    <>
      {policies.length > 0 ? (
        <FactTable
          head={[t("report.facts.policy"), t("report.facts.verdict"), t("report.facts.amount"), t("report.facts.toConfirm")]}
          caption={t("report.facts.policies")}
          testId="facts-policies"
          className="align-top"
          wide
        >
          {policies.map((p) => (
            <Row key={p.id}>
              <RowHead>{policyName(names, p.id, t, locale)}</RowHead>
              <td>{p.verdictText}</td>
              <td className="whitespace-nowrap">
                {p.amountYuan !== null ? money(p.amountYuan) : p.upToYuan !== null ? t("report.facts.upTo", { amount: money(p.upToYuan) }) : none}
              </td>
              <td>{p.toConfirm.length > 0 ? p.toConfirm.join(listSeparator(locale)) : none}</td>
            </Row>
          ))}
        </FactTable>
      ) : null}
      {plans.length > 0 ? (
        <FactTable
          head={[t("report.facts.plan"), t("report.facts.cost3"), t("report.facts.cost1"), t("report.facts.subsidy"), t("report.facts.net")]}
          caption={t("report.facts.subsidies")}
          testId="facts-subsidies"
          className="align-top"
          wide
        >
          {plans.map(({ kind, plan, title }) => (
            <Row key={kind}>
              <RowHead>{title}</RowHead>
              <td className="whitespace-nowrap">{money(plan.threeYearCostYuan)}</td>
              {/* The net cost is the first year's (one-off and first year) less the subsidy, as the plan states it. */}
              <td className="whitespace-nowrap">{money(plan.costYuan)}</td>
              <td>
                {plan.bestSubsidy ? (
                  <>
                    {money(plan.bestSubsidy.amountYuan)} {policyName(names, plan.bestSubsidy.policyId, t, locale)}
                  </>
                ) : (
                  none
                )}
              </td>
              <td className="whitespace-nowrap">{money(plan.netCostYuan)}</td>
            </Row>
          ))}
        </FactTable>
      ) : null}
    </>
  );
}

/** 签字确认 of a consultant's report: both sides sign and date the printed copy. */
export function SignOff({ facts, t }: FactProps) {
  const parties = [
    { key: "provider", name: facts.visit?.organisation ?? null },
    { key: "firm", name: facts.firm.name },
  ] as const;
  return (
    <section aria-labelledby="signoff-title" className="mt-6 break-inside-avoid rounded-md border border-slate-300 p-4" data-testid="facts-signoff">
      <h3 id="signoff-title" className="font-semibold">
        {t("report.facts.signoff")}
      </h3>
      <p className="mt-1 text-sm">{t("report.facts.signoff.note")}</p>
      <div className="mt-4 grid gap-6 sm:grid-cols-2 print:grid-cols-2">
        {parties.map((p) => (
          <dl key={p.key} className="space-y-4 text-sm">
            <div>
              <dt className="font-medium">{t(`report.facts.signoff.${p.key}`)}</dt>
              <dd className="min-h-5">{p.name ?? ""}</dd>
            </div>
            {(["sign", "date"] as const).map((line) => (
              <div key={line} className="flex items-end gap-2">
                <dt className="shrink-0">{t(`report.facts.signoff.${line}`)}</dt>
                {/* An empty line to write on, on screen and on paper. */}
                <dd className="h-8 flex-1 border-b border-slate-500" />
              </div>
            ))}
          </dl>
        ))}
      </div>
    </section>
  );
}
