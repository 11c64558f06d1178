import type { ResultView } from "@/lib/assessments/result-view";
import { formatDate, formatScore } from "@/lib/i18n/figures";
import { colon } from "@/lib/i18n/localized";
import type { ClientT } from "@/lib/i18n/format";
import type { ReportView } from "@/lib/reports/service";
import { DimensionBars, ResultRadar } from "../assess/result-sections";
import { Row, RowHead, Table } from "../ui/table";

/** The pieces of the report page around its written sections; each takes the data it shows. */

type Locale = "zh-CN" | "en";

export function ReportHeader({ report, result, t, locale }: { report: ReportView; result: ResultView | null; t: ClientT; locale: Locale }) {
  const models = report.method.models.join(", ");
  const writers = report.method.writers;
  const byModel = (writers.llm ?? 0) + (writers.llm_repaired ?? 0);
  const method =
    byModel === 0 ? t("report.method.deterministic") : writers.deterministic ? t("report.method.mixed", { models }) : t("report.method.llm", { models });
  const r = result?.result;
  return (
    <header>
      <p className="text-sm text-muted">{result ? `${result.enterprise.name} · ${t("report.date")} ${formatDate(result.submittedAt, locale)}` : null}</p>
      <h1 className="mt-1 text-2xl font-bold sm:text-3xl">{t("report.title")}</h1>
      {r && result ? (
        <p className="mt-3 text-lg">
          {t("report.level")}
          {colon(locale)}
          <strong data-testid="report-level">{result.template.levelNames[r.level]}</strong>
          {r.isReference ? ` · ${t("assess.reference")}` : ""} · {t("report.total")} <strong>{formatScore(r.total)}</strong> / 100
        </p>
      ) : null}
      <p className="mt-2 text-sm text-muted" data-testid="report-method">
        {report.status === "ready" ? method : null}
        {writers.edited ? ` ${t("report.method.edited")}` : ""}
        {report.version > 0 ? ` · ${t("report.version", { version: report.version })}` : ""}
      </p>
    </header>
  );
}

/** While the report is written (or written again, the current version on screen meanwhile): which sections are done. */
export function GenerationStatus({ report, t }: { report: ReportView; t: ClientT }) {
  if (report.status === "ready") return null;
  // By state, not content: while a report is regenerated every section still shows the current version's text.
  const done = report.sections.filter((s) => s.state === "done").length;
  const again = report.version > 0;
  return (
    <div className="print:hidden rounded-md border border-slate-200 bg-surface p-4" role="status" aria-live="polite">
      <p>
        {report.status === "failed"
          ? t("report.status.failed", { error: report.error ?? "" })
          : again
            ? t("report.status.regenerating", { done, total: report.sections.length })
            : report.status === "queued"
              ? t("report.status.queued")
              : t("report.status.generating", { done, total: report.sections.length })}
      </p>
      <progress className="mt-2 w-full" max={report.sections.length} value={done} aria-label={t("report.progress")} />
      <ul className="mt-2 grid grid-cols-2 gap-1 text-sm sm:grid-cols-4">
        {report.sections.map((s) => (
          <li key={s.key} data-testid={`progress-${s.key}`} data-state={s.state}>
            {s.state === "done" ? "✓" : "…"} {s.title}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The figures of the result in the report: radar with its table, dimension bars, scene levels. */
export function ReportCharts({ result, t }: { result: ResultView; t: ClientT }) {
  return (
    <section aria-labelledby="charts-title" className="report-section">
      <h2 id="charts-title" className="text-xl font-semibold">
        {t("report.charts")}
      </h2>
      <div className="mt-4 grid items-center gap-6 sm:grid-cols-2">
        <ResultRadar view={result} t={t} />
        <Table
          head={[t("assess.r.progress.item"), t("assess.r.radar.mine"), t("assess.r.radar.peers")]}
          caption={t("assess.r.radar")}
          density="compact"
          gutter={false}
        >
          {result.radar.map((a) => (
            <Row key={a.key}>
              <RowHead>{a.label}</RowHead>
              <td>{a.value}%</td>
              <td>{a.peerMedian === null ? "—" : `${a.peerMedian}%`}</td>
            </Row>
          ))}
        </Table>
      </div>
      <DimensionBars
        view={result}
        t={t}
        className="mt-6 space-y-3"
        barClassName="mt-1 h-3 overflow-hidden rounded bg-slate-200 print:border print:border-slate-400"
      />
      <Table
        head={[t("assess.r.progress.item"), t("report.sceneLevel")]}
        caption={t("assess.r.scenes")}
        captionClassName="text-left font-medium"
        density="compact"
        gutter={false}
        className="mt-6"
        testId="report-scenes"
      >
        {result.result.scenes.map((sc) => (
          <Row key={sc.code}>
            <RowHead>
              {result.template.scenes.find((x) => x.code === sc.code)?.label ?? sc.code}
              {sc.constrained ? ` · ${t("report.constrained")}` : ""}
            </RowHead>
            <td>{sc.level}</td>
          </Row>
        ))}
      </Table>
    </section>
  );
}
