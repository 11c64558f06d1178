"use client";

import { useEffect, useRef, useState } from "react";
import type { ResultView } from "@/lib/assessments/result-view";
import { clientTranslator } from "@/lib/i18n/format";
import type { ReportSectionView, ReportView } from "@/lib/reports/service";
import { accessHeaders, dropFragment, readToken } from "../assess/draft-store";
import { RadarChart } from "../charts/radar-chart";
import { EvidenceAppendix } from "./evidence-appendix";
import { ReviewTools } from "./review-tools";
import { RichText } from "./rich-text";

interface Props {
  id: string;
  locale: "zh-CN" | "en";
  messages: Record<string, string>;
}

const POLL_MS = 1500;
const num = (n: number) => String(Math.round(n * 1000) / 1000);

function Section({ section, view, t, locale }: { section: ReportSectionView; view: ReportView; t: ReturnType<typeof clientTranslator>; locale: "zh-CN" | "en" }) {
  const colon = locale === "en" ? ": " : "：";
  const c = section.content;
  const writer = section.provenance?.writer;
  return (
    <section aria-labelledby={`s-${section.key}`} className="report-section border-t border-slate-200 pt-6" data-testid={`section-${section.key}`} data-writer={writer ?? ""}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`s-${section.key}`} className="text-xl font-semibold">
          {section.title}
        </h2>
        {writer ? <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-muted">{t(`report.writer.${writer}`)}</span> : <span className="text-xs text-muted">{t(`report.state.${section.state}`)}</span>}
      </div>
      {c ? (
        <>
          <p className="mt-3 font-medium">
            <RichText text={c.headline} references={view.references} demoMark={t("report.demo")} locale={locale} />
          </p>
          {c.paragraphs.map((p, i) => (
            <p key={i} className="mt-3 leading-relaxed">
              <RichText text={p} references={view.references} demoMark={t("report.demo")} locale={locale} />
            </p>
          ))}
          {c.bullets.length > 0 ? (
            <ul className="mt-3 list-disc space-y-1 pl-6">
              {c.bullets.map((b, i) => (
                <li key={i}>
                  <RichText text={b} references={view.references} demoMark={t("report.demo")} locale={locale} />
                </li>
              ))}
            </ul>
          ) : null}
          {section.sources.length > 0 ? (
            <div className="mt-4 border-l-2 border-slate-200 pl-3 text-xs text-muted">
              <p className="font-medium">{t("report.sources")}</p>
              <dl className="mt-1 space-y-1">
                {section.sources.map((s) => (
                  <div key={s.label}>
                    <dt className="inline font-medium">
                      {s.label}
                      {colon}
                    </dt>
                    <dd className="inline">
                      {s.detail}
                      {s.links?.map((l) => (
                        <span key={l.href}>
                          {" "}
                          <a href={l.href} className="underline" rel="noreferrer noopener" target="_blank">
                            {l.title}
                          </a>
                        </span>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          ) : null}
          {section.provenance?.rejected && section.provenance.rejected.length > 0 ? (
            <details className="print:hidden mt-2 text-xs text-muted">
              <summary className="cursor-pointer">{t("report.rejected", { count: section.provenance.rejected.length })}</summary>
              <ul className="mt-1 list-disc pl-5">
                {section.provenance.rejected.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : (
        <div className="mt-3 h-16 animate-pulse rounded bg-slate-100" aria-hidden="true" />
      )}
    </section>
  );
}

export function ReportPage({ id, locale, messages }: Props) {
  const t = clientTranslator(messages);
  const [report, setReport] = useState<ReportView | null>(null);
  const [result, setResult] = useState<ResultView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pdfState, setPdfState] = useState<"idle" | "busy" | "failed">("idle");
  const [reloads, setReloads] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const token = readToken(id);
    if (window.location.hash) dropFragment();
    const headers = accessHeaders(token);
    let stopped = false;
    const load = async () => {
      try {
        const r = await fetch(`/api/assessments/${id}/report?lang=${locale}`, { headers });
        const data = (await r.json()) as ReportView & { error?: { message: string } };
        if (!r.ok) throw new Error(!token && r.status === 401 ? t("assess.load.noToken") : (data.error?.message ?? String(r.status)));
        if (stopped) return;
        setReport(data);
        if (data.status === "queued" || data.status === "generating") timer.current = setTimeout(() => void load(), POLL_MS);
      } catch (e) {
        if (!stopped) setError(t("assess.load.error", { message: e instanceof Error ? e.message : String(e) }));
      }
    };
    void load();
    fetch(`/api/assessments/${id}/result?lang=${locale}`, { headers })
      .then(async (r) => (r.ok ? ((await r.json()) as ResultView) : null))
      .then((v) => !stopped && setResult(v))
      .catch(() => undefined);
    return () => {
      stopped = true;
      clearTimeout(timer.current);
    };
    // Loaded once per assessment and language, and again after a review change.
  }, [id, locale, reloads]);

  async function downloadPdf() {
    const token = readToken(id);
    setPdfState("busy");
    try {
      const r = await fetch(`/api/assessments/${id}/report/pdf?lang=${locale}`, { headers: accessHeaders(token) });
      if (!r.ok) throw new Error(String(r.status));
      const name = /filename\*=UTF-8''([^;]+)/.exec(r.headers.get("content-disposition") ?? "")?.[1];
      const url = URL.createObjectURL(await r.blob());
      const a = document.createElement("a");
      a.href = url;
      a.download = name ? decodeURIComponent(name) : "report.pdf";
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setPdfState("idle");
    } catch {
      setPdfState("failed");
    }
  }

  if (error) {
    return (
      <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-800">
        {error}
      </p>
    );
  }
  if (!report) return <p aria-live="polite">{t("report.loading")}</p>;

  const done = report.sections.filter((s) => s.content).length;
  const models = report.method.models.join(", ");
  const writers = report.method.writers;
  const byModel = (writers.llm ?? 0) + (writers.llm_repaired ?? 0);
  const method = byModel === 0 ? t("report.method.deterministic") : writers.deterministic ? t("report.method.mixed", { models }) : t("report.method.llm", { models });
  const r = result?.result;

  return (
    <article className="space-y-8" data-testid="report" data-status={report.status}>
      <header>
        <p className="text-sm text-muted">
          {result ? `${result.enterprise.name} · ${t("report.date")} ${new Date(result.submittedAt).toLocaleDateString(locale)}` : null}
        </p>
        <h1 className="mt-1 text-2xl font-bold sm:text-3xl">{t("report.title")}</h1>
        {r && result ? (
          <p className="mt-3 text-lg">
            {t("report.level")}
            {locale === "en" ? ": " : "："}
            <strong data-testid="report-level">{result.template.levelNames[r.level]}</strong>
            {r.isReference ? ` · ${t("assess.reference")}` : ""} · {t("report.total")} <strong>{num(r.total)}</strong> / 100
          </p>
        ) : null}
        <p className="mt-2 text-sm text-muted" data-testid="report-method">
          {report.status === "ready" ? method : null}
          {writers.edited ? ` ${t("report.method.edited")}` : ""}
          {report.version > 0 ? ` · ${t("report.version", { version: report.version })}` : ""}
        </p>
      </header>

      {report.status !== "ready" ? (
        <div className="print:hidden rounded-md border border-slate-200 bg-surface p-4" role="status" aria-live="polite">
          <p>{report.status === "failed" ? t("report.status.failed", { error: report.error ?? "" }) : report.status === "queued" ? t("report.status.queued") : t("report.status.generating", { done, total: report.sections.length })}</p>
          <progress className="mt-2 w-full" max={report.sections.length} value={done} aria-label={t("report.progress")} />
          <ul className="mt-2 grid grid-cols-2 gap-1 text-sm sm:grid-cols-4">
            {report.sections.map((s) => (
              <li key={s.key} data-testid={`progress-${s.key}`} data-state={s.content ? "done" : s.state}>
                {s.content ? "✓" : "…"} {s.title}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {result ? (
        <section aria-labelledby="charts-title" className="report-section">
          <h2 id="charts-title" className="text-xl font-semibold">
            {t("report.charts")}
          </h2>
          <div className="mt-4 grid items-center gap-6 sm:grid-cols-2">
            <RadarChart
              title={t("assess.r.radar")}
              axes={result.radar.map((a) => a.label)}
              series={[
                { label: t("assess.r.radar.mine"), values: result.radar.map((a) => a.value), className: "fill-brand stroke-brand" },
                ...(result.radar.some((a) => a.peerMedian !== null)
                  ? [{ label: t("assess.r.radar.peers"), values: result.radar.map((a) => a.peerMedian ?? 0), dashed: true, className: "stroke-orange-600 fill-none" }]
                  : []),
              ]}
            />
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t("assess.r.radar")}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-1">{t("assess.r.progress.item")}</th>
                  <th scope="col" className="py-1">{t("assess.r.radar.mine")}</th>
                  <th scope="col" className="py-1">{t("assess.r.radar.peers")}</th>
                </tr>
              </thead>
              <tbody>
                {result.radar.map((a) => (
                  <tr key={a.key} className="border-b border-slate-100">
                    <th scope="row" className="py-1 font-normal">{a.label}</th>
                    <td className="py-1">{a.value}%</td>
                    <td className="py-1">{a.peerMedian === null ? "—" : `${a.peerMedian}%`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <dl className="mt-6 space-y-3">
            {result.template.dimensions.map((d) => {
              const value = result.result.dimensions[d.code] ?? 0;
              return (
                <div key={d.code}>
                  <dt className="flex justify-between text-sm">
                    <span>{d.label}</span>
                    <span>{t("assess.r.outOf", { value: num(value), max: d.max })}</span>
                  </dt>
                  <dd className="mt-1 h-3 overflow-hidden rounded bg-slate-200 print:border print:border-slate-400">
                    <div className="h-full bg-brand" style={{ width: `${(value / d.max) * 100}%` }} />
                  </dd>
                </div>
              );
            })}
          </dl>
          <table className="mt-6 w-full border-collapse text-left text-sm" data-testid="report-scenes">
            <caption className="text-left font-medium">{t("assess.r.scenes")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1">{t("assess.r.progress.item")}</th>
                <th scope="col" className="py-1">{t("report.sceneLevel")}</th>
              </tr>
            </thead>
            <tbody>
              {result.result.scenes.map((sc) => (
                <tr key={sc.code} className="border-b border-slate-100">
                  <th scope="row" className="py-1 font-normal">
                    {result.template.scenes.find((x) => x.code === sc.code)?.label ?? sc.code}
                    {sc.constrained ? ` · ${t("report.constrained")}` : ""}
                  </th>
                  <td className="py-1">{sc.level}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {report.status === "ready" && (report.access.edit || report.access.publish) ? (
        <ReviewTools report={report} headers={accessHeaders(readToken(id))} t={t} onChanged={() => setReloads((n) => n + 1)} />
      ) : null}

      {report.sections.map((s) => (
        <Section key={s.key} section={s} view={report} t={t} locale={locale} />
      ))}

      <EvidenceAppendix id={id} headers={accessHeaders(readToken(id))} t={t} />

      <footer className="print:hidden flex flex-wrap gap-3 border-t border-slate-200 pt-6">
        <a href={`/assess/${id}/result`} className="rounded-md border border-slate-300 px-4 py-2">
          {t("report.backToResult")}
        </a>
        <button
          type="button"
          onClick={() => void downloadPdf()}
          disabled={report.status !== "ready" || pdfState === "busy"}
          className="rounded-md bg-brand px-4 py-2 font-medium text-white disabled:opacity-60"
          data-testid="download-pdf"
        >
          {pdfState === "busy" ? t("report.pdf.busy") : t("report.pdf")}
        </button>
        <button type="button" onClick={() => window.print()} className="rounded-md border border-slate-300 px-4 py-2">
          {t("report.print")}
        </button>
        {pdfState === "failed" ? (
          <p role="alert" className="w-full text-sm text-red-700">
            {t("report.pdf.failed")}
          </p>
        ) : null}
        <a href="/assess/mine" className="self-center text-sm text-brand underline">
          {t("report.mine")}
        </a>
        {report.tokenUsage && report.tokenUsage.calls > 0 ? (
          <p className="w-full text-xs text-muted">{t("report.tokens", { calls: report.tokenUsage.calls, tokens: report.tokenUsage.prompt + report.tokenUsage.completion })}</p>
        ) : null}
      </footer>
    </article>
  );
}
