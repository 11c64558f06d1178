"use client";

import { useEffect, useState } from "react";
import type { ResultView } from "@/lib/assessments/result-view";
import { clientTranslator, type ClientT } from "@/lib/i18n/format";
import type { ReportView } from "@/lib/reports/service";
import type { AssessmentApi } from "../client/api";
import { loadFailure, useAssessment, type LoadFailure } from "../client/hooks";
import { LoadFailureNotice } from "../client/load-failure";
import { EvidenceAppendix } from "./evidence-appendix";
import { GenerationStatus, ReportCharts, ReportHeader } from "./report-parts";
import { Section } from "./report-section";
import { RegenerateSection, ReviewTools } from "./review-tools";

interface Props {
  id: string;
  locale: "zh-CN" | "en";
  messages: Record<string, string>;
}

const POLL_MS = 1500;

/** The report, polled while it is written, and the result it describes; again after a review change. */
function useReport(api: AssessmentApi | null, token: string | null, t: ClientT, reloads: number) {
  const [report, setReport] = useState<ReportView | null>(null);
  const [result, setResult] = useState<ResultView | null>(null);
  const [error, setError] = useState<LoadFailure | null>(null);

  useEffect(() => {
    if (!api) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      let r = await api.report();
      // Not asked for in this language yet (another language was submitted): ask, then follow it.
      if (!r.ok && r.status === 404 && r.error.issues?.some((i) => i.field === "language")) r = await api.requestReport();
      if (stopped) return;
      if (!r.ok) return setError(loadFailure(t, token, r.error));
      setReport(r.data);
      if (r.data.status === "queued" || r.data.status === "generating") timer = setTimeout(() => void load(), POLL_MS);
    };
    void load();
    void api.result().then((r) => !stopped && setResult(r.ok ? r.data : null));
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
    // Loaded once per assessment and language, and again after a review change.
  }, [api, reloads]);

  return { report, result, error };
}

/** Back to the result, the PDF, printing; what the model calls cost. */
function ReportFooter({ id, report, api, t }: { id: string; report: ReportView; api: AssessmentApi; t: ClientT }) {
  const [pdfState, setPdfState] = useState<"idle" | "busy" | "failed">("idle");
  async function downloadPdf() {
    setPdfState("busy");
    setPdfState((await api.downloadPdf()).ok ? "idle" : "failed");
  }
  return (
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
        <p className="w-full text-xs text-muted">
          {t("report.tokens", { calls: report.tokenUsage.calls, tokens: report.tokenUsage.prompt + report.tokenUsage.completion })}
        </p>
      ) : null}
    </footer>
  );
}

export function ReportPage({ id, locale, messages }: Props) {
  const t = clientTranslator(messages);
  const { token, api } = useAssessment(id, locale);
  const [reloads, setReloads] = useState(0);
  const { report, result, error } = useReport(api, token, t, reloads);

  if (error) return <LoadFailureNotice failure={error} t={t} embedded={false} />;
  if (!report || !api) return <p aria-live="polite">{t("report.loading")}</p>;
  // Review needs a version to work on; a regeneration that failed leaves the current one to review and retry.
  const reviewable = report.status === "ready" || (report.status === "failed" && report.version > 0);
  const changed = () => setReloads((n) => n + 1);

  return (
    <article className="space-y-8" data-testid="report" data-status={report.status}>
      <ReportHeader report={report} result={result} t={t} locale={locale} />
      <GenerationStatus report={report} t={t} />
      {result ? <ReportCharts result={result} t={t} /> : null}

      {reviewable && (report.access.edit || report.access.publish) ? <ReviewTools report={report} api={api} t={t} locale={locale} onChanged={changed} /> : null}

      {report.sections.map((s) => (
        <Section
          key={s.key}
          section={s}
          view={report}
          t={t}
          locale={locale}
          tools={
            reviewable && report.access.edit && !s.legacy ? <RegenerateSection report={report} sectionKey={s.key} api={api} t={t} onChanged={changed} /> : null
          }
        />
      ))}

      <EvidenceAppendix api={api} t={t} />
      <ReportFooter id={id} report={report} api={api} t={t} />
    </article>
  );
}
