"use client";

import { useEffect, useState } from "react";
import type { ResultView } from "@/lib/assessments/result-view";
import type { HistoryEntry } from "@/lib/assessments/service";
import { clientTranslator, type ClientT } from "@/lib/i18n/format";
import type { PlanView } from "@/lib/recommendations/service";
import { RadarChart } from "../charts/radar-chart";
import { embedPath, postToHost, type EmbedContext } from "../embed/host-bridge";
import { ClaimCard } from "./claim-card";
import { PainPlanSection } from "./pain-plan-section";
import { PlanSection } from "./plan-section";
import { PeerStandingSection } from "./peer-standing";
import { SpecializedSection } from "./specialized-section";
import { accessHeaders, dropFragment, readToken } from "./draft-store";
import { inCurrentPortal } from "@/lib/tenants/site-path";

interface Props {
  id: string;
  locale: "zh-CN" | "en";
  messages: Record<string, string>;
  /** Inside a portal's page: the host is told the level when the result shows. */
  embed?: EmbedContext;
}

/** Official points have up to three decimals (e.g. 1.875): show them exactly. */
const num = (n: number) => String(Math.round(n * 1000) / 1000);

/** Punctuation differs between the languages. */
function punctuation(locale: "zh-CN" | "en") {
  return locale === "en" ? { colon: ": ", open: " (", close: ")", list: "; ", and: ", " } : { colon: "：", open: "（", close: "）", list: "；", and: "、" };
}

/** Per dimension and scene: this assessment against the firm's previous submitted one. */
function Progress({ current, history, view, t, locale }: { current: string; history: HistoryEntry[]; view: ResultView; t: ClientT; locale: "zh-CN" | "en" }) {
  const index = history.findIndex((h) => h.id === current);
  const previous = history.slice(index + 1).find((h) => h.status === "submitted" && h.dimensions && h.scenes);
  if (index < 0 || !previous?.dimensions || !previous.scenes) return null;
  const rows = [
    ...view.template.dimensions.map((d) => ({ key: d.code, label: d.label, before: previous.dimensions?.[d.code] ?? 0, now: view.result.dimensions[d.code] ?? 0 })),
    ...view.template.scenes.map((s) => ({ key: s.code, label: s.label, before: previous.scenes?.[s.code] ?? 0, now: view.result.scenes.find((x) => x.code === s.code)?.level ?? 0 })),
  ].filter((r) => r.before !== r.now);
  return (
    <section aria-labelledby="progress-title">
      <h2 id="progress-title" className="text-xl font-semibold">
        {t("assess.r.progress", { date: new Date(previous.submittedAt ?? previous.startedAt).toLocaleDateString(locale) })}
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{t("assess.r.progress.none")}</p>
      ) : (
        <table className="mt-3 w-full border-collapse text-left text-sm" data-testid="progress-table">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2">{t("assess.r.progress.item")}</th>
              <th scope="col" className="py-2">{t("assess.r.progress.before")}</th>
              <th scope="col" className="py-2">{t("assess.r.progress.now")}</th>
              <th scope="col" className="py-2">{t("assess.r.progress.change")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className="border-b border-slate-100">
                <th scope="row" className="py-2 font-normal">{r.label}</th>
                <td className="py-2">{num(r.before)}</td>
                <td className="py-2">{num(r.now)}</td>
                <td className={`py-2 ${r.now > r.before ? "text-emerald-700" : "text-red-700"}`}>{`${r.now > r.before ? "+" : ""}${num(r.now - r.before)}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function ResultPage({ id, locale, messages, embed }: Props) {
  const t = clientTranslator(messages);
  const [view, setView] = useState<ResultView | null>(null);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [plan, setPlan] = useState<PlanView | null>(null);
  const [planState, setPlanState] = useState<"loading" | "done">("loading");
  const [error, setError] = useState<string | null>(null);
  const [token, setToken] = useState<string | null>(null);

  useEffect(() => {
    const found = readToken(id) ?? "";
    if (window.location.hash) dropFragment();
    setToken(found);
    const headers = accessHeaders(found);
    fetch(`/api/assessments/${id}/result?lang=${locale}`, { headers })
      .then(async (r) => {
        const data = (await r.json()) as ResultView & { error?: { message: string } };
        if (!r.ok) throw new Error(!found && r.status === 401 ? t("assess.load.noToken") : (data.error?.message ?? String(r.status)));
        setView(data);
        if (embed) {
          const level = data.result.level;
          postToHost(embed, {
            type: "shuzhen:completed",
            detail: { assessmentId: id, level, levelName: data.template.levelNames[level] ?? String(level), total: data.result.total, isReference: data.result.isReference, resumeToken: found || null },
          });
        }
      })
      .catch((e: unknown) => setError(t("assess.load.error", { message: e instanceof Error ? e.message : String(e) })));
    fetch(`/api/assessments/${id}/plan`, { headers })
      .then(async (r) => (r.ok ? ((await r.json()) as PlanView) : null))
      .then(setPlan)
      .catch(() => setPlan(null))
      .finally(() => setPlanState("done"));
    fetch(`/api/assessments/${id}/history`, { headers })
      .then(async (r) => (r.ok ? ((await r.json()) as { assessments: HistoryEntry[] }).assessments : []))
      .then(setHistory)
      .catch(() => setHistory([]));
    // Loaded once per assessment.
  }, [id, locale]);

  async function reassess() {
    if (token === null) return;
    const r = await fetch(`/api/assessments/${id}/reassess`, { method: "POST", headers: accessHeaders(token) });
    const data = (await r.json()) as { id?: string; resumeToken?: string; resumePath?: string };
    if (r.ok && data.id && data.resumeToken && data.resumePath) {
      localStorage.setItem(`shuzhen:token:${data.id}`, data.resumeToken);
      window.location.assign(embed ? `${embedPath(embed, `/a/${data.id}`)}#k=${data.resumeToken}` : inCurrentPortal(data.resumePath));
    }
  }

  if (error) {
    return (
      <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-800">
        {error}
      </p>
    );
  }
  if (!view) return <p aria-live="polite">{t("assess.load.loading")}</p>;

  const r = view.result;
  const tv = view.template;
  const levelName = tv.levelNames[r.level] ?? String(r.level);
  const nextName = r.nextLevel ? (tv.levelNames[r.nextLevel.level] ?? "") : "";
  const sceneLabel = new Map(tv.scenes.map((s) => [s.code, s]));
  const groupTitles = new Map(tv.sceneGroups.map((g) => [g.code, g.label]));
  const qLabel = new Map(tv.questions.map((q) => [q.code, q]));
  const derivations = new Map(r.derivations.map((d) => [d.code, d.explanation[locale]]));
  const hasPeers = view.radar.some((a) => a.peerMedian !== null);
  const p = punctuation(locale);

  return (
    <div className="space-y-10" data-testid="result">
      <header>
        <p className="text-sm text-muted">
          {view.enterprise.name} · {t("assess.r.submittedAt", { date: new Date(view.submittedAt).toLocaleDateString(locale) })}
        </p>
        <h1 className="mt-1 text-2xl font-bold sm:text-3xl">{t("assess.r.title")}</h1>
        <p className="mt-3 print:hidden">
          <a href={embed ? `/assess/${id}/report#k=${token ?? ""}` : `/assess/${id}/report`} target={embed ? "_blank" : undefined} rel={embed ? "noopener" : undefined} className="inline-block rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong" data-testid="open-report">
            {t("assess.r.report")}
          </a>
          <span className="mt-1 block text-xs text-muted">{t("assess.r.reportHint")}</span>
        </p>
      </header>

      <section aria-labelledby="level-title" className="rounded-2xl bg-gradient-to-br from-blue-50 to-white p-6 shadow-sm ring-1 ring-slate-200">
        <h2 id="level-title" className="text-sm font-medium text-muted">
          {t("assess.r.level")}
          {r.isReference ? ` · ${t("assess.reference")}` : ""}
        </h2>
        <p className="mt-2 text-4xl font-bold text-brand" data-testid="level" data-level={r.level}>
          {levelName}
        </p>
        {view.levelDescription ? <p className="mt-2 text-muted">{view.levelDescription}</p> : null}
        <p className="mt-4 text-lg">
          {t("assess.r.total")}{" "}
          <strong data-testid="total">{num(r.total)}</strong> / 100
        </p>
        <p className="mt-3 text-xs text-muted">{r.isReference ? t("assess.r.referenceNote") : t("assess.r.selfNote")}</p>
      </section>

      <section aria-labelledby="dims-title">
        <h2 id="dims-title" className="text-xl font-semibold">
          {t("assess.r.dimensions")}
        </h2>
        <dl className="mt-4 space-y-3">
          {tv.dimensions.map((d) => {
            const code = d.code;
            const value = r.dimensions[code] ?? 0;
            const max = d.max;
            return (
              <div key={code}>
                <dt className="flex justify-between text-sm">
                  <span>{d.label}</span>
                  <span>{t("assess.r.outOf", { value: num(value), max })}</span>
                </dt>
                <dd className="mt-1 h-3 overflow-hidden rounded bg-slate-200">
                  <div className="h-full bg-brand" style={{ width: `${(value / max) * 100}%` }} />
                </dd>
              </div>
            );
          })}
        </dl>
      </section>

      <section aria-labelledby="radar-title">
        <h2 id="radar-title" className="text-xl font-semibold">
          {t("assess.r.radar")}
        </h2>
        <div className="mt-4 flex flex-col items-center">
          <RadarChart
            title={t("assess.r.radar")}
            axes={view.radar.map((a) => a.label)}
            series={[
              { label: t("assess.r.radar.mine"), values: view.radar.map((a) => a.value), className: "fill-brand stroke-brand" },
              ...(hasPeers ? [{ label: t("assess.r.radar.peers"), values: view.radar.map((a) => a.peerMedian ?? 0), dashed: true, className: "stroke-orange-600 fill-none" }] : []),
            ]}
          />
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
          <table className="mt-2 w-full border-collapse text-left">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1">{t("assess.r.axis")}</th>
                <th scope="col" className="py-1">{t("assess.r.radar.mine")}</th>
                <th scope="col" className="py-1">{t("assess.r.radar.peers")}</th>
              </tr>
            </thead>
            <tbody>
              {view.radar.map((a) => (
                <tr key={a.key} className="border-b border-slate-100">
                  <th scope="row" className="py-1 font-normal">{a.label}</th>
                  <td className="py-1">{num(a.value)}</td>
                  <td className="py-1">{a.peerMedian === null ? "—" : num(a.peerMedian)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>

      <section aria-labelledby="gap-title">
        <h2 id="gap-title" className="text-xl font-semibold">
          {r.nextLevel ? t("assess.r.gap", { level: nextName }) : t("assess.r.top")}
        </h2>
        {r.nextLevel ? (
          <ul className="mt-2 list-disc pl-5 text-sm" data-testid="gap">
            {r.nextLevel.unmet.map((g) => (
              <li key={g.kind}>
                {g.kind === "score"
                  ? t("assess.r.gap.score", { short: num(g.short), required: g.required })
                  : g.kind === "scenes"
                    ? t("assess.r.gap.scenes", { short: g.short, required: g.required, level: nextName })
                    : t("assess.r.gap.constrained", { short: g.short, required: g.required })}
              </li>
            ))}
          </ul>
        ) : null}
        {planState === "loading" ? <p className="mt-2 text-sm text-muted">{t("assess.load.loading")}</p> : null}
      </section>

      {plan?.next ? <PlanSection plan={plan.next} view={plan} template={tv} locale={locale} t={t} /> : null}
      {plan?.level2 ? <PlanSection plan={plan.level2} view={plan} template={tv} locale={locale} t={t} /> : null}
      {plan?.painNext ? <PainPlanSection plan={plan.painNext} leastCost={plan.next} view={plan} template={tv} locale={locale} t={t} /> : null}
      {plan?.painLevel2 ? <PainPlanSection plan={plan.painLevel2} leastCost={plan.level2} view={plan} template={tv} locale={locale} t={t} /> : null}

      <section aria-labelledby="scenes-title">
        <h2 id="scenes-title" className="text-xl font-semibold">
          {t("assess.r.scenes")}
        </h2>
        <p className="mt-1 text-sm text-muted">{t("assess.r.sceneCounts", { n: r.sceneCounts.atOrAbove[2], c: r.sceneCounts.constrainedAtOrAbove[2] })}</p>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2">{t("assess.r.scene")}</th>
                <th scope="col" className="py-2">{t("assess.r.group")}</th>
                <th scope="col" className="py-2">{t("assess.r.sceneLevel")}</th>
              </tr>
            </thead>
            <tbody>
              {r.scenes.map((s) => (
                <tr key={s.code} className="border-b border-slate-100">
                  <th scope="row" className="py-2 font-normal">
                    {sceneLabel.get(s.code)?.label ?? s.code}
                    {s.constrained ? <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">{t("assess.q.constrained")}</span> : null}
                  </th>
                  <td className="py-2 text-muted">{groupTitles.get(s.group) ?? s.group}</td>
                  <td className="py-2">{s.level === 0 ? t("assess.q.scene.zero") : t("assess.q.scene.level", { level: s.level })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <PeerStandingSection peers={view.peers} t={t} locale={locale} />

      <SpecializedSection view={view.specialized} levelNames={view.template.levelNames} revenueWan={view.enterprise.revenueWan} t={t} locale={locale} />

      {(r.warnings ?? []).length > 0 ? (
        <section aria-labelledby="warnings-title" className="rounded-xl border border-amber-300 bg-amber-50 p-4" data-testid="answer-warnings">
          <h2 id="warnings-title" className="font-semibold">
            {t("assess.r.warnings")}
          </h2>
          <p className="mt-1 text-sm text-muted">{t("assess.r.warningsHint")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {(r.warnings ?? []).map((w) => (
              <li key={`${w.code}:${w.questions.join(",")}`} data-warning={w.code}>
                {w.message[locale]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="detail-title">
        <h2 id="detail-title" className="text-xl font-semibold">
          {t("assess.r.detail")}
        </h2>
        <ul className="mt-3 space-y-2 text-sm">
          {r.questions.map((q) => {
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
                  {q.contributions.map((c) => `${qv?.options.find((o) => o.code === c.option)?.label ?? c.option}${p.open}${num(c.points)}${p.close}`).join(p.list)}
                </p>
                {q.source === "evidence" && derivations.get(q.code) ? <p className="mt-1 text-muted">{derivations.get(q.code)}</p> : null}
                {q.source === "skipped" && q.skipReason ? <p className="mt-1 text-muted">{q.skipReason[locale]}</p> : null}
              </li>
            );
          })}
        </ul>
      </section>

      <Progress current={id} history={history} view={view} t={t} locale={locale} />

      {history.length > 0 ? (
        <section aria-labelledby="history-title">
          <h2 id="history-title" className="text-xl font-semibold">
            {t("assess.r.history")}
          </h2>
          <table className="mt-3 w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2">{t("assess.r.history.date")}</th>
                <th scope="col" className="py-2">{t("assess.r.history.total")}</th>
                <th scope="col" className="py-2">{t("assess.r.history.level")}</th>
                <th scope="col" className="py-2">{t("assess.r.history.change")}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h, i) => {
                const previous = history.slice(i + 1).find((x) => x.total !== null);
                const change = h.total !== null && previous?.total != null ? h.total - previous.total : null;
                return (
                  <tr key={h.id} className="border-b border-slate-100" aria-current={h.id === id ? "true" : undefined}>
                    <td className="py-2">{new Date(h.submittedAt ?? h.startedAt).toLocaleDateString(locale)}</td>
                    <td className="py-2">{h.total === null ? "—" : num(h.total)}</td>
                    <td className="py-2">{h.level === null ? "—" : tv.levelNames[h.level]}</td>
                    <td className="py-2">{change === null ? "—" : `${change >= 0 ? "+" : ""}${num(change)}`}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ) : null}

      {token && !embed ? <ClaimCard id={id} token={token} t={t} /> : null}

      <div className="flex flex-wrap gap-3 print:hidden">
        <button type="button" onClick={() => void reassess()} className="rounded-md border border-slate-300 px-4 py-2">
          {t("assess.r.reassess")}
        </button>
        <button type="button" onClick={() => window.print()} className="rounded-md border border-slate-300 px-4 py-2">
          {t("assess.r.print")}
        </button>
      </div>
    </div>
  );
}

