import type { ResultView } from "@/lib/assessments/result-view";
import type { HistoryEntry } from "@/lib/assessments/service";
import { formatDate, formatScore, shortfallScore, truncateScore } from "@/lib/i18n/figures";
import type { ClientT } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { byLocale } from "@/lib/i18n/localized";
import { RadarChart } from "../charts/radar-chart";
import { num } from "../ui/figures";
import { Row, RowHead, Table } from "../ui/table";

/** The sections of the result page; each takes the data it shows. */

/** The change between two scores as the two printed figures differ (so before + change reads as now). */
const scoreChange = (now: number, before: number) => Math.round((truncateScore(now) - truncateScore(before)) * 100) / 100;

/** Punctuation differs between the languages. */
function punctuation(locale: Locale) {
  return byLocale(locale, {
    "zh-CN": { colon: "：", open: "（", close: "）", list: "；", and: "、" },
    en: { colon: ": ", open: " (", close: ")", list: "; ", and: ", " },
  });
}

export function LevelCard({ view, t }: { view: ResultView; t: ClientT }) {
  const r = view.result;
  return (
    <section aria-labelledby="level-title" className="rounded-2xl bg-gradient-to-br from-blue-50 to-white p-6 shadow-sm ring-1 ring-slate-200">
      <h2 id="level-title" className="text-sm font-medium text-muted">
        {t("assess.r.level")}
        {r.isReference ? ` · ${t("assess.reference")}` : ""}
      </h2>
      <p className="mt-2 text-4xl font-bold text-brand" data-testid="level" data-level={r.level}>
        {view.template.levelNames[r.level] ?? String(r.level)}
      </p>
      {view.levelDescription ? <p className="mt-2 text-muted">{view.levelDescription}</p> : null}
      <p className="mt-4 text-lg">
        {t("assess.r.total")} <strong data-testid="total">{formatScore(r.total)}</strong> / 100
      </p>
      <p className="mt-3 text-xs text-muted">{r.isReference ? t("assess.r.referenceNote") : t("assess.r.selfNote")}</p>
    </section>
  );
}

/** Each dimension's points as a bar out of its maximum. */
export function DimensionBars({
  view,
  t,
  className = "mt-4 space-y-3",
  barClassName = "mt-1 h-3 overflow-hidden rounded bg-slate-200",
}: {
  view: ResultView;
  t: ClientT;
  className?: string;
  barClassName?: string;
}) {
  return (
    <dl className={className}>
      {view.template.dimensions.map((d) => {
        const value = view.result.dimensions[d.code] ?? 0;
        return (
          <div key={d.code}>
            <dt className="flex justify-between text-sm">
              <span>{d.label}</span>
              <span>{t("assess.r.outOf", { value: formatScore(value), max: d.max })}</span>
            </dt>
            <dd className={barClassName}>
              <div className="h-full bg-brand" style={{ width: `${(value / d.max) * 100}%` }} />
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** The firm's radar, with the peers' median dashed when there are peers. */
export function ResultRadar({ view, t }: { view: ResultView; t: ClientT }) {
  const hasPeers = view.radar.some((a) => a.peerMedian !== null);
  return (
    <RadarChart
      title={t("assess.r.radar")}
      axes={view.radar.map((a) => a.label)}
      series={[
        { label: t("assess.r.radar.mine"), values: view.radar.map((a) => a.value), className: "fill-brand stroke-brand" },
        ...(hasPeers
          ? [{ label: t("assess.r.radar.peers"), values: view.radar.map((a) => a.peerMedian ?? 0), dashed: true, className: "stroke-orange-600 fill-none" }]
          : []),
      ]}
    />
  );
}

export function RadarSection({ view, t }: { view: ResultView; t: ClientT }) {
  const hasPeers = view.radar.some((a) => a.peerMedian !== null);
  return (
    <section aria-labelledby="radar-title">
      <h2 id="radar-title" className="text-xl font-semibold">
        {t("assess.r.radar")}
      </h2>
      <div className="mt-4 flex flex-col items-center">
        <ResultRadar view={view} t={t} />
        <p className="mt-2 flex gap-4 text-sm">
          <span className="flex items-center gap-1">
            <span className="inline-block h-3 w-5 rounded bg-brand/40 ring-2 ring-brand" aria-hidden="true" />
            {t("assess.r.radar.mine")}
          </span>
          {hasPeers ? (
            <span className="flex items-center gap-1">
              <span className="inline-block h-0 w-5 border-t-2 border-dashed border-orange-600" aria-hidden="true" />
              {t("assess.r.radar.peers")}
            </span>
          ) : null}
        </p>
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-brand">{t("assess.r.radar.table")}</summary>
        <Table head={[t("assess.r.axis"), t("assess.r.radar.mine"), t("assess.r.radar.peers")]} density="compact" gutter={false} className="mt-2">
          {view.radar.map((a) => (
            <Row key={a.key}>
              <RowHead>{a.label}</RowHead>
              <td>{num(a.value)}</td>
              <td>{a.peerMedian === null ? "—" : num(a.peerMedian)}</td>
            </Row>
          ))}
        </Table>
      </details>
    </section>
  );
}

export function GapSection({ view, t, planLoading }: { view: ResultView; t: ClientT; planLoading: boolean }) {
  const r = view.result;
  const nextName = r.nextLevel ? (view.template.levelNames[r.nextLevel.level] ?? "") : "";
  return (
    <section aria-labelledby="gap-title">
      <h2 id="gap-title" className="text-xl font-semibold">
        {r.nextLevel ? t("assess.r.gap", { level: nextName }) : t("assess.r.top")}
      </h2>
      {r.nextLevel ? (
        <ul className="mt-2 list-disc pl-5 text-sm" data-testid="gap">
          {r.nextLevel.unmet.map((g) => (
            <li key={g.kind}>
              {g.kind === "score"
                ? t("assess.r.gap.score", { short: shortfallScore(g.short), required: g.required })
                : g.kind === "scenes"
                  ? t("assess.r.gap.scenes", { short: g.short, required: g.required, level: nextName })
                  : t("assess.r.gap.constrained", { short: g.short, required: g.required })}
            </li>
          ))}
        </ul>
      ) : null}
      {planLoading ? <p className="mt-2 text-sm text-muted">{t("assess.load.loading")}</p> : null}
    </section>
  );
}

export function SceneSection({ view, t }: { view: ResultView; t: ClientT }) {
  const r = view.result;
  const sceneLabel = new Map(view.template.scenes.map((s) => [s.code, s]));
  const groupTitles = new Map(view.template.sceneGroups.map((g) => [g.code, g.label]));
  return (
    <section aria-labelledby="scenes-title">
      <h2 id="scenes-title" className="text-xl font-semibold">
        {t("assess.r.scenes")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("assess.r.sceneCounts", { n: r.sceneCounts.atOrAbove[2], c: r.sceneCounts.constrainedAtOrAbove[2] })}</p>
      <div className="mt-3 overflow-x-auto">
        <Table head={[t("assess.r.scene"), t("assess.r.group"), t("assess.r.sceneLevel")]} gutter={false}>
          {r.scenes.map((s) => (
            <Row key={s.code}>
              <RowHead>
                {sceneLabel.get(s.code)?.label ?? s.code}
                {s.constrained ? <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">{t("assess.q.constrained")}</span> : null}
              </RowHead>
              <td className="text-muted">{groupTitles.get(s.group) ?? s.group}</td>
              <td>{s.level === 0 ? t("assess.q.scene.zero") : t("assess.q.scene.level", { level: s.level })}</td>
            </Row>
          ))}
        </Table>
      </div>
    </section>
  );
}

export function AnswerWarnings({ view, t, locale }: { view: ResultView; t: ClientT; locale: Locale }) {
  const warnings = view.result.warnings ?? [];
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="warnings-title" className="rounded-xl border border-amber-300 bg-amber-50 p-4" data-testid="answer-warnings">
      <h2 id="warnings-title" className="font-semibold">
        {t("assess.r.warnings")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("assess.r.warningsHint")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {warnings.map((w) => (
          <li key={`${w.code}:${w.questions.join(",")}`} data-warning={w.code}>
            {w.message[locale]}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every question's points, where they came from and how. */
export function QuestionDetail({ view, t, locale }: { view: ResultView; t: ClientT; locale: Locale }) {
  const qLabel = new Map(view.template.questions.map((q) => [q.code, q]));
  const derivations = new Map(view.result.derivations.map((d) => [d.code, d.explanation[locale]]));
  const p = punctuation(locale);
  return (
    <section aria-labelledby="detail-title">
      <h2 id="detail-title" className="text-xl font-semibold">
        {t("assess.r.detail")}
      </h2>
      <ul className="mt-3 space-y-2 text-sm">
        {view.result.questions.map((q) => {
          const qv = qLabel.get(q.code);
          return (
            <li key={q.code} className="rounded-md border border-slate-200 p-3">
              <div className="flex justify-between gap-3">
                <span className="font-medium">{qv?.label ?? q.code}</span>
                <span className="shrink-0">{t("assess.r.detail.points", { points: num(q.points), max: num(q.max) })}</span>
              </div>
              <p className="mt-1 text-muted">
                {t(`assess.r.source.${q.source}`)}
                {q.contributions.length > 0 ? p.colon : ""}
                {q.contributions
                  .map((c) => `${qv?.options.find((o) => o.code === c.option)?.label ?? c.option}${p.open}${num(c.points)}${p.close}`)
                  .join(p.list)}
              </p>
              {q.source === "evidence" && derivations.get(q.code) ? <p className="mt-1 text-muted">{derivations.get(q.code)}</p> : null}
              {q.source === "skipped" && q.skipReason ? <p className="mt-1 text-muted">{q.skipReason[locale]}</p> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Per dimension and scene: this assessment against the firm's previous submitted one. */
export function Progress({ current, history, view, t, locale }: { current: string; history: HistoryEntry[]; view: ResultView; t: ClientT; locale: Locale }) {
  const index = history.findIndex((h) => h.id === current);
  const previous = history.slice(index + 1).find((h) => h.status === "submitted" && h.dimensions && h.scenes);
  if (index < 0 || !previous?.dimensions || !previous.scenes) return null;
  const rows = [
    ...view.template.dimensions.map((d) => ({
      key: d.code,
      label: d.label,
      before: previous.dimensions?.[d.code] ?? 0,
      now: view.result.dimensions[d.code] ?? 0,
    })),
    ...view.template.scenes.map((s) => ({
      key: s.code,
      label: s.label,
      before: previous.scenes?.[s.code] ?? 0,
      now: view.result.scenes.find((x) => x.code === s.code)?.level ?? 0,
    })),
  ].filter((r) => r.before !== r.now);
  return (
    <section aria-labelledby="progress-title">
      <h2 id="progress-title" className="text-xl font-semibold">
        {t("assess.r.progress", { date: formatDate(previous.submittedAt ?? previous.startedAt, locale) })}
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{t("assess.r.progress.none")}</p>
      ) : (
        <Table
          head={[t("assess.r.progress.item"), t("assess.r.progress.before"), t("assess.r.progress.now"), t("assess.r.progress.change")]}
          gutter={false}
          className="mt-3"
          testId="progress-table"
        >
          {rows.map((r) => (
            <Row key={r.key}>
              <RowHead>{r.label}</RowHead>
              <td>{formatScore(r.before)}</td>
              <td>{formatScore(r.now)}</td>
              <td className={r.now > r.before ? "text-emerald-700" : "text-red-700"}>{`${r.now > r.before ? "+" : ""}${scoreChange(r.now, r.before)}`}</td>
            </Row>
          ))}
        </Table>
      )}
    </section>
  );
}

/** The firm's assessments, newest first, with the change in total points. */
export function HistorySection({
  current,
  history,
  view,
  t,
  locale,
}: {
  current: string;
  history: HistoryEntry[];
  view: ResultView;
  t: ClientT;
  locale: Locale;
}) {
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title" className="text-xl font-semibold">
        {t("assess.r.history")}
      </h2>
      <Table
        head={[t("assess.r.history.date"), t("assess.r.history.total"), t("assess.r.history.level"), t("assess.r.history.change")]}
        gutter={false}
        className="mt-3"
      >
        {history.map((h, i) => {
          const previous = history.slice(i + 1).find((x) => x.total !== null);
          const change = h.total !== null && previous?.total != null ? scoreChange(h.total, previous.total) : null;
          return (
            <Row key={h.id} aria-current={h.id === current ? "true" : undefined}>
              <td>{formatDate(h.submittedAt ?? h.startedAt, locale)}</td>
              <td>{h.total === null ? "—" : formatScore(h.total)}</td>
              <td>{h.level === null ? "—" : view.template.levelNames[h.level]}</td>
              <td>{change === null ? "—" : `${change >= 0 ? "+" : ""}${change}`}</td>
            </Row>
          );
        })}
      </Table>
    </section>
  );
}
