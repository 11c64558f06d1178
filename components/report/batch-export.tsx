"use client";

import { useEffect, useState } from "react";
import { formatDate } from "@/lib/i18n/figures";
import { clientTranslator, type ClientT } from "@/lib/i18n/format";
import type { ExportStatus } from "@/lib/reports/export";
import { assessmentApi, exportsApi } from "../client/api";
import { storedTokens } from "../client/token-store";

interface Props {
  locale: "zh-CN" | "en";
  messages: Record<string, string>;
}

interface Row {
  id: string;
  token: string;
  name: string;
  status: "draft" | "submitted";
  submittedAt: string | null;
}

/** The assessments kept on this device, and their reports exported together as one zip. */
export function BatchExport({ locale, messages }: Props) {
  const t = clientTranslator(messages);
  const { rows, chosen, setChosen } = useStoredAssessments(locale);
  const [job, setJob] = useState<{ id: number; token: string; status: ExportStatus | null } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!job || job.status?.status === "completed" || job.status?.status === "failed") return;
    const timer = setTimeout(async () => {
      const r = await exportsApi.status(job.id, job.token);
      if (r.ok) setJob({ ...job, status: r.data });
    }, 800);
    return () => clearTimeout(timer);
  }, [job]);

  async function start() {
    setError(null);
    const items = (rows ?? []).filter((r) => chosen.has(r.id)).map((r) => ({ id: r.id, token: r.token }));
    const r = await exportsApi.start(locale, items);
    if (!r.ok) return setError(r.error.message);
    setJob({ id: r.data.id, token: r.data.exportToken, status: null });
  }

  async function save() {
    if (!job?.status?.fileName) return;
    const saved = await exportsApi.download(job.id, job.token, job.status.fileName);
    if (!saved.ok) setError(String(saved.status));
  }

  if (!rows) return <p aria-live="polite">{t("report.loading")}</p>;
  if (rows.length === 0) return <p className="text-muted">{t("export.none")}</p>;
  const s = job?.status;
  return (
    <div className="space-y-6" data-testid="batch-export">
      <ExportChoice rows={rows} chosen={chosen} onChosen={setChosen} locale={locale} t={t} />
      <button
        type="button"
        onClick={() => void start()}
        disabled={chosen.size === 0 || (!!job && s?.status !== "completed" && s?.status !== "failed")}
        className="rounded-md bg-brand px-4 py-2 font-medium text-white disabled:opacity-60"
        data-testid="start-export"
      >
        {t("export.start", { count: chosen.size })}
      </button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {job ? <ExportProgress status={job.status} chosenCount={chosen.size} t={t} onSave={() => void save()} /> : null}
    </div>
  );
}

/** The assessments whose resume tokens this device keeps, newest submission first; the submitted ones chosen. */
function useStoredAssessments(locale: Props["locale"]) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());

  useEffect(() => {
    const keys = storedTokens();
    void Promise.all(
      keys.map(async ({ id, token }) => {
        const r = await assessmentApi(id, locale, token).state();
        if (!r.ok) return null;
        return { id, token, name: r.data.enterprise.name, status: r.data.status, submittedAt: r.data.submittedAt };
      }),
    ).then((found) => {
      const list = found.filter((x): x is Row => x !== null).sort((a, b) => (b.submittedAt ?? "").localeCompare(a.submittedAt ?? ""));
      setRows(list);
      setChosen(new Set(list.filter((r) => r.status === "submitted").map((r) => r.id)));
    });
  }, [locale]);
  return { rows, chosen, setChosen };
}

/** One checkbox an assessment (only submitted ones can be chosen), with a link to its report. */
function ExportChoice({
  rows,
  chosen,
  onChosen,
  locale,
  t,
}: {
  rows: Row[];
  chosen: Set<string>;
  onChosen: (next: Set<string>) => void;
  locale: Props["locale"];
  t: ClientT;
}) {
  return (
    <fieldset>
      <legend className="font-semibold">{t("export.choose")}</legend>
      <ul className="mt-2 divide-y divide-slate-200 rounded-md border border-slate-200">
        {rows.map((r) => (
          <li key={r.id} className="flex items-center gap-3 px-3 py-2">
            <input
              id={`x-${r.id}`}
              type="checkbox"
              className="h-5 w-5"
              disabled={r.status !== "submitted"}
              checked={chosen.has(r.id)}
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.target.checked) next.add(r.id);
                else next.delete(r.id);
                onChosen(next);
              }}
            />
            <label htmlFor={`x-${r.id}`} className="flex-1">
              {r.name}
              <span className="ml-2 text-sm text-muted">
                {r.status === "submitted" && r.submittedAt ? formatDate(r.submittedAt, locale) : t("export.draft")}
              </span>
            </label>
            {r.status === "submitted" ? (
              <a className="text-sm text-brand underline" href={`/assess/${r.id}/report`}>
                {t("export.open")}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** Where the export stands (polled until it is done or failed), and the zip to save once it is done. */
function ExportProgress({ status: s, chosenCount, t, onSave }: { status: ExportStatus | null; chosenCount: number; t: ClientT; onSave: () => void }) {
  return (
    <div
      role="status"
      aria-live="polite"
      className="rounded-md border border-slate-200 bg-surface p-4"
      data-testid="export-status"
      data-state={s?.status ?? "queued"}
    >
      <p>
        {s?.status === "completed"
          ? t("export.done", { count: s.included ?? 0 })
          : s?.status === "failed"
            ? t("export.failed", { error: s.error ?? "" })
            : t("export.progress", { done: s?.progress.done ?? 0, total: s?.progress.total ?? chosenCount })}
      </p>
      <progress className="mt-2 w-full" max={s?.progress.total || 1} value={s?.progress.done ?? 0} aria-label={t("export.progressLabel")} />
      {s && s.missing.length > 0 ? <p className="mt-2 text-sm text-amber-800">{t("export.missing", { count: s.missing.length })}</p> : null}
      {s?.status === "completed" ? (
        <button type="button" onClick={onSave} className="mt-3 rounded-md border border-slate-300 px-4 py-2" data-testid="save-export">
          {t("export.save", { size: Math.max(1, Math.round((s.sizeBytes ?? 0) / 1024)) })}
        </button>
      ) : null}
    </div>
  );
}
