import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { BarChart, Table } from "@/components/admin/bar-chart";
import { Figures } from "@/components/ui/figures";
import { inputClass, labelClass, secondaryButtonClass } from "@/components/ui/field";
import { Page, Panel } from "@/components/ui/page";
import { orNotFound, portalPage } from "@/lib/auth/page-access";
import { MIN_GROUP } from "@/lib/dashboard/filters";
import { dashboardLabels, pageFilters } from "@/lib/dashboard/labels";
import { dashboard } from "@/lib/dashboard/service";
import { projectPipeline } from "@/lib/projects/analytics";
import { formatMoney } from "@/lib/i18n/figures";
import { currentTranslator } from "@/lib/i18n/server";
import { isMessageKey, type MessageKey } from "@/lib/i18n/translate";

export const dynamic = "force-dynamic";

/** A question's topic as the dashboard names it: the FAQ's topic, or the kind of passage that answered. */
function topicKey(topic: string): MessageKey {
  const key = topic.startsWith("faq:") ? `as.topic.${topic.slice(4)}` : `as.topic.kind.${topic.replace(/^kind:/, "")}`;
  return isMessageKey(key) ? key : "as.topic.other";
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("ws.dash.title") };
}

/** The options of a filter, with its current value even when no result has it (any more). */
const withCurrent = (values: readonly string[], current: string | undefined) => (current && !values.includes(current) ? [current, ...values] : [...values]);

const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);

export default async function DashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tenant } = await params;
  const { db, actor, t, locale } = await portalPage("admin", tenant, `/admin/${tenant}/dashboard`);
  const { filters, rejected } = pageFilters(await searchParams, locale);
  const [d, programme] = await Promise.all([orNotFound(dashboard(db, actor, tenant, filters)), orNotFound(projectPipeline(db, actor, tenant))]);
  const s = d.summary;
  const firmsText = (n: number) => t("ws.dash.firms", { count: n });
  const label = dashboardLabels(locale, t);
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][]).toString();
  // The export carries the page's filters and language.
  const exportQuery = (format: "csv" | "xlsx") => [query, `format=${format}`, `lang=${locale}`].filter(Boolean).join("&");
  const manufacturingScenes = d.capabilities.scenes.filter((x) => x.template === "miit-2024-manufacturing");

  return (
    <Page title={t("ws.dash.title")} lead={t("ws.dash.lead")} nav={<AdminNav tenant={tenant} current="/dashboard" t={t} />}>
      <form method="get" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4" aria-label={t("ws.dash.filters")}>
        <label className={labelClass}>
          {t("ws.dash.from")}
          <input type="date" name="from" defaultValue={filters.from} className={inputClass} />
        </label>
        <label className={labelClass}>
          {t("ws.dash.to")}
          <input type="date" name="to" defaultValue={filters.to} className={inputClass} />
        </label>
        <label className={labelClass}>
          {t("ws.dash.segment")}
          <select name="segment" defaultValue={filters.segment ?? ""} className={inputClass}>
            <option value="">{t("ws.audit.all")}</option>
            {withCurrent(d.options.segments, filters.segment).map((key) => (
              <option key={key} value={key}>
                {label.segment(key)}
              </option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          {t("ws.dash.district")}
          <select name="district" defaultValue={filters.district ?? ""} className={inputClass}>
            <option value="">{t("ws.audit.all")}</option>
            {withCurrent(d.options.districts, filters.district).map((code) => (
              <option key={code} value={code}>
                {label.district(code) ?? code}
              </option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          {t("ws.dash.size")}
          <select name="size" defaultValue={filters.size ?? ""} className={inputClass}>
            <option value="">{t("ws.audit.all")}</option>
            {(["large", "medium", "small", "micro"] as const).map((k) => (
              <option key={k} value={k}>
                {label.size(k)}
              </option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          {t("ws.dash.aboveScale")}
          <select name="aboveScale" defaultValue={filters.aboveScale ?? ""} className={inputClass}>
            <option value="">{t("ws.audit.all")}</option>
            <option value="yes">{t("ws.dash.yes")}</option>
            <option value="no">{t("ws.dash.no")}</option>
          </select>
        </label>
        <label className={labelClass}>
          {t("ws.dash.industry")}
          <select name="industry" defaultValue={filters.industry ?? ""} className={inputClass}>
            <option value="">{t("ws.audit.all")}</option>
            {withCurrent(d.options.industries, filters.industry).map((code) => (
              <option key={code} value={code}>
                {label.industry(code)}
              </option>
            ))}
          </select>
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className={secondaryButtonClass}>
            {t("ws.audit.apply")}
          </button>
          <a href={`/api/tenants/${tenant}/dashboard/export?${exportQuery("csv")}`} className="text-sm text-brand underline" data-testid="dashboard-csv">
            {t("ws.dash.csv")}
          </a>
          <a href={`/api/tenants/${tenant}/dashboard/export?${exportQuery("xlsx")}`} className="text-sm text-brand underline" data-testid="dashboard-xlsx">
            {t("ws.dash.xlsx")}
          </a>
        </div>
        {rejected.length > 0 ? (
          <div role="alert" className="text-sm text-red-700 sm:col-span-4" data-testid="dashboard-bad-filter">
            <p>{t("ws.dash.badFilter")}</p>
            <ul className="list-disc pl-5">
              {rejected.map((issue) => (
                <li key={issue.field}>
                  {issue.field}: {issue.message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </form>

      {s.suppressed ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {t("ws.dash.tooFew")}
        </p>
      ) : null}

      <Figures
        testId="dashboard-summary"
        items={[
          [t("ws.dash.firmsAssessed"), String(s.firms)],
          [t("ws.dash.assessments"), String(s.assessments)],
          [t("ws.dash.shareLevel2"), pct(s.shareLevel2)],
          [t("ws.dash.aboveScaleShare"), s.aboveScaleFirms >= MIN_GROUP ? `${pct(s.aboveScaleAtLeastLevel2 / s.aboveScaleFirms)} / 90%` : "—"],
        ]}
      />

      <Panel title={t("ws.dash.levels")} id="levels">
        <BarChart
          title={t("ws.dash.levels")}
          testId="chart-levels"
          tableLabel={t("ws.dash.table")}
          columns={[t("ws.dash.level"), t("ws.dash.firmsColumn")]}
          bars={d.levels.map((l) => ({
            label: t(`ws.level.${l.level as 0 | 1 | 2 | 3 | 4}`),
            value: l.firms,
            text: `${firmsText(l.firms)} · ${pct(s.firms ? l.firms / s.firms : null)}`,
          }))}
        />
      </Panel>

      <Panel title={t("ws.dash.bySegment")} id="segments">
        <p className="text-sm text-muted">{t("ws.dash.targetNote")}</p>
        <BarChart
          title={t("ws.dash.segmentTarget")}
          tableLabel={t("ws.dash.table")}
          columns={[t("ws.dash.segment"), t("ws.dash.aboveScaleShare")]}
          max={1}
          target={{ value: 0.9, label: t("ws.dash.target") }}
          bars={d.bySegment.groups
            .filter((g) => g.aboveScaleFirms >= MIN_GROUP)
            .map((g) => ({
              label: label.segment(g.key),
              value: g.aboveScaleAtLeastLevel2 / g.aboveScaleFirms,
              text: pct(g.aboveScaleAtLeastLevel2 / g.aboveScaleFirms),
            }))}
        />
        <Table
          caption={t("ws.dash.bySegment")}
          testId="table-segments"
          columns={[
            t("ws.dash.segment"),
            t("ws.dash.firmsColumn"),
            t("ws.dash.shareLevel2"),
            t("ws.dash.aboveScaleColumn"),
            t("ws.dash.aboveScaleShare"),
            t("ws.dash.toTarget"),
            t("ws.dash.avgTotal"),
          ]}
          rows={d.bySegment.groups.map((g) => [
            label.segment(g.key),
            g.firms,
            pct(g.share),
            g.aboveScaleFirms,
            g.aboveScaleFirms >= MIN_GROUP ? pct(g.aboveScaleAtLeastLevel2 / g.aboveScaleFirms) : "—",
            g.aboveScaleFirms >= MIN_GROUP ? g.toTarget : "—",
            g.averageTotal.toFixed(1),
          ])}
        />
        {d.bySegment.hidden > 0 ? <p className="text-xs text-muted">{t("ws.dash.hidden", { count: d.bySegment.hidden })}</p> : null}
      </Panel>

      <div className="grid gap-6 lg:grid-cols-2">
        <Panel title={t("ws.dash.byDistrict")} id="districts">
          <BarChart
            title={t("ws.dash.byDistrictShare")}
            tableLabel={t("ws.dash.table")}
            columns={[t("ws.dash.district"), t("ws.dash.shareLevel2")]}
            max={1}
            bars={d.byDistrict.groups.map((g) => ({
              label: label.district(g.key) ?? (g.key || t("ws.dash.unknown")),
              value: g.share,
              text: `${pct(g.share)} · ${firmsText(g.firms)}`,
            }))}
          />
          {d.byDistrict.hidden > 0 ? <p className="text-xs text-muted">{t("ws.dash.hidden", { count: d.byDistrict.hidden })}</p> : null}
        </Panel>
        <Panel title={t("ws.dash.bySize")} id="sizes">
          <BarChart
            title={t("ws.dash.bySizeShare")}
            tableLabel={t("ws.dash.table")}
            columns={[t("ws.dash.size"), t("ws.dash.shareLevel2")]}
            max={1}
            bars={d.bySize.groups.map((g) => ({ label: label.size(g.key), value: g.share, text: `${pct(g.share)} · ${firmsText(g.firms)}` }))}
          />
        </Panel>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Panel title={t("ws.dash.weakestScenes")} id="scenes">
          <BarChart
            title={t("ws.dash.weakestScenes")}
            testId="chart-scenes"
            tableLabel={t("ws.dash.table")}
            columns={[t("ws.dash.scene"), t("ws.dash.avgLevel")]}
            max={4}
            bars={manufacturingScenes.slice(0, 6).map((x) => ({ label: label.scene(x.code, x.template), value: x.avg, text: x.avg.toFixed(2) }))}
          />
        </Panel>
        <Panel title={t("ws.dash.dimensions")} id="dimensions">
          <Table
            caption={t("ws.dash.dimensions")}
            columns={[t("ws.dash.dimension"), t("ws.dash.template"), t("ws.dash.avgScore")]}
            rows={d.capabilities.dimensions.map((x) => [label.dimension(x.code), label.template(x.template), x.avg.toFixed(2)])}
          />
        </Panel>
      </div>

      <Panel title={t("ws.dash.trend")} id="trend">
        <BarChart
          title={t("ws.dash.trend")}
          tableLabel={t("ws.dash.table")}
          columns={[t("ws.dash.month"), t("ws.dash.submitted")]}
          bars={d.trend.map((m) => ({ label: m.month, value: m.submitted, text: `${m.submitted} · ${pct(m.shareLevel2)}` }))}
        />
      </Panel>

      <div className="grid gap-6 lg:grid-cols-2">
        <Panel title={t("ws.dash.reassessed")} id="reassessed">
          {d.reassessed.suppressed || d.reassessed.firms === 0 ? (
            <p className="text-sm text-muted">{t("ws.dash.noReassessed")}</p>
          ) : (
            <p className="text-sm" data-testid="reassessed">
              {t("ws.dash.reassessedText", {
                firms: d.reassessed.firms,
                up: d.reassessed.up,
                same: d.reassessed.same,
                down: d.reassessed.down,
                reached: d.reassessed.reachedLevel2,
                change: (d.reassessed.averageChange ?? 0).toFixed(1),
              })}
            </p>
          )}
        </Panel>
        <Panel title={t("ws.dash.funnel")} id="funnel">
          <BarChart
            title={t("ws.dash.funnel")}
            testId="chart-funnel"
            tableLabel={t("ws.dash.table")}
            columns={[t("ws.dash.stage"), t("ws.dash.assessments")]}
            bars={[
              [t("ws.dash.started"), d.funnel.started],
              [t("ws.dash.submittedStage"), d.funnel.submitted],
              [t("ws.dash.reportRead"), d.funnel.reportRead],
              [t("ws.dash.pdf"), d.funnel.pdfDownloaded],
            ].map(([label, value]) => ({
              label: String(label),
              value: Number(value),
              text: `${value} · ${pct(d.funnel.started ? Number(value) / d.funnel.started : null)}`,
            }))}
          />
        </Panel>
      </div>

      <Panel title={t("ws.dash.subsidies")} id="subsidies">
        {d.subsidies.suppressed || d.subsidies.firms === 0 ? (
          <p className="text-sm text-muted">{t("ws.dash.tooFew")}</p>
        ) : (
          <>
            <Figures
              testId="subsidies-summary"
              columns={3}
              items={[
                [t("ws.dash.subsidyEligible"), `${firmsText(d.subsidies.eligibleFirms)} · ${pct(d.subsidies.eligibleFirms / d.subsidies.firms)}`],
                [t("ws.dash.subsidyPossible"), firmsText(d.subsidies.possibleOnlyFirms)],
                [t("ws.dash.subsidyEstimate"), formatMoney(d.subsidies.estimatedYuan, locale)],
              ]}
            />
            <p className="text-xs text-muted">{t("ws.dash.subsidyNote", { matched: d.subsidies.matched, firms: d.subsidies.firms })}</p>
            <BarChart
              title={t("ws.dash.subsidyByPolicy")}
              testId="chart-subsidies"
              tableLabel={t("ws.dash.table")}
              columns={[t("ws.dash.policy"), t("ws.dash.policyFirms")]}
              bars={d.subsidies.policies.map((p) => ({
                label: `${p.title?.[locale] ?? p.policyId}${p.title?.demo ? ` ${t("ws.dash.demoPolicy")}` : ""}`,
                value: p.eligible,
                text: `${firmsText(p.eligible)} · ${t("ws.dash.possibleCount", { count: p.possible })}`,
              }))}
            />
            {d.subsidies.hidden > 0 ? <p className="text-xs text-muted">{t("ws.dash.hidden", { count: d.subsidies.hidden })}</p> : null}
          </>
        )}
      </Panel>

      <Panel title={t("as.dash.title")} id="assistant">
        <Figures
          testId="assistant-usage"
          columns={3}
          items={[
            [t("as.dash.asked"), String(d.assistant.asked)],
            [t("as.dash.answered"), `${d.assistant.answered} · ${pct(d.assistant.asked ? d.assistant.answered / d.assistant.asked : null)}`],
            [t("as.dash.unanswered"), String(d.assistant.unanswered)],
            [t("as.dash.refused"), String(d.assistant.refused)],
            [t("as.dash.handoff"), String(d.assistant.handoff)],
            [t("as.dash.withModel"), String(d.assistant.withModel)],
          ]}
        />
        {d.assistant.topics.length > 0 ? (
          <BarChart
            title={t("as.dash.topics")}
            testId="chart-assistant-topics"
            tableLabel={t("ws.dash.table")}
            columns={[t("as.dash.topic"), t("as.dash.questions")]}
            bars={d.assistant.topics.map((x) => ({ label: t(topicKey(x.topic)), value: x.questions, text: String(x.questions) }))}
          />
        ) : (
          <p className="text-sm text-muted">{t("as.dash.noTopics")}</p>
        )}
        {d.assistant.hidden > 0 ? <p className="text-xs text-muted">{t("ws.dash.hidden", { count: d.assistant.hidden })}</p> : null}
      </Panel>

      <Panel title={t("proj.dash.title")} id="programme">
        <p className="text-sm text-muted">{t("proj.dash.lead")}</p>
        <Table
          caption={t("proj.dash.pipeline")}
          columns={[t("proj.dash.stage"), t("proj.dash.projects"), t("proj.dash.conversion"), t("proj.dash.medianDays")]}
          rows={[
            [t("proj.dash.diagnosed"), programme.diagnosed, "—", "—"],
            ...programme.stages.map((x) => [
              t(`proj.state.${x.stage}`),
              x.projects,
              pct(x.conversion),
              x.medianDaysToReach === null ? "—" : x.medianDaysToReach.toFixed(0),
            ]),
          ]}
        />
        <Table
          caption={t("proj.dash.current")}
          columns={[t("proj.col.status"), t("proj.dash.projects"), t("proj.dash.daysInState")]}
          rows={programme.current.map((c) => [
            t(`proj.state.${c.state as "draft"}`),
            c.projects,
            c.medianDaysInState === null ? "—" : c.medianDaysInState.toFixed(0),
          ])}
        />
        {programme.byGroup.length > 0 ? (
          <Table
            caption={t("proj.dash.byGroup")}
            columns={[t("proj.dash.group"), t("proj.dash.projects"), t("proj.state.accepted"), t("proj.state.paid")]}
            rows={programme.byGroup.map((g) => [
              g.kind === "district"
                ? label.district(g.key)
                : g.kind === "segment"
                  ? g.key
                    ? label.segment(g.key)
                    : t("proj.dash.noSegment")
                  : `${t("proj.col.provider")}: ${g.key}`,
              g.projects,
              g.accepted,
              g.paid,
            ])}
          />
        ) : null}
        {programme.suppressed > 0 ? <p className="text-xs text-muted">{t("proj.dash.suppressed", { count: programme.suppressed, min: MIN_GROUP })}</p> : null}
        <h3 className="font-semibold">{t("proj.dash.overdue")}</h3>
        {programme.overdue.length === 0 ? (
          <p className="text-sm text-muted">{t("proj.dash.noOverdue")}</p>
        ) : (
          <ul className="list-disc pl-5 text-sm" data-testid="overdue-projects">
            {programme.overdue.map((o) => (
              <li key={`${o.id}-${o.milestone}`}>
                <a href={`/projects/${tenant}/${o.id}`} className="text-brand underline">
                  {o.enterprise} · {o.title}
                </a>{" "}
                — {o.milestone} {t("proj.dash.late", { due: o.due, days: o.daysLate })}
              </li>
            ))}
          </ul>
        )}
        <a href={`/admin/${tenant}/providers`} className="text-sm text-brand underline">
          {t("proj.score.title")}
        </a>
      </Panel>

      <Panel title={t("ws.dash.questions")} id="questions">
        <Table
          caption={t("ws.dash.questions")}
          columns={[t("ws.changes.question"), t("ws.dash.medianSeconds"), t("ws.dash.assessments")]}
          rows={d.questions.times.slice(0, 12).map((q) => [label.question(q.code), q.seconds.toFixed(0), q.n])}
        />
        {d.questions.abandonedAt.length > 0 ? (
          <Table
            caption={t("ws.dash.abandoned")}
            columns={[t("ws.dash.abandoned"), t("ws.dash.drafts")]}
            rows={d.questions.abandonedAt.map((x) => [label.step(x.step), x.drafts])}
          />
        ) : null}
      </Panel>
    </Page>
  );
}
