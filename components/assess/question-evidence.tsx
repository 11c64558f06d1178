"use client";

import { useCallback, useEffect, useState, type FormEvent } from "react";
import type { ClientT } from "@/lib/i18n/format";
import { download } from "../client/download";
import { api, type ApiError } from "../client/http";
import { DownloadLink } from "../ui/download";
import { inputClass, secondaryButtonClass } from "../ui/field";
import { ErrorNotice } from "../ui/notice";

export interface EvidenceFile {
  id: string;
  questionCode: string;
  caption: string | null;
  fileName: string;
  sizeBytes: number;
}

/**
 * A consultant on site attaches evidence where the question is asked: the assessment's files, loaded
 * once for the whole questionnaire (the consultant's session authorises it; a firm answering alone
 * has no such panel).
 */
export function useEvidence(assessmentId: string, enabled: boolean) {
  const [files, setFiles] = useState<EvidenceFile[]>([]);
  const reload = useCallback(async () => {
    if (!enabled) return;
    const r = await api<{ files: EvidenceFile[] }>("GET", `/api/assessments/${assessmentId}/evidence`);
    if (r.ok) setFiles(r.data.files);
  }, [assessmentId, enabled]);
  useEffect(() => void reload(), [reload]);
  return { files, reload, enabled };
}

/** The files of one question, and a photo (a phone opens its camera for image/*) or PDF with a caption that reaches the PDF's appendix. */
export function QuestionEvidence({
  assessmentId,
  code,
  label,
  evidence,
  t,
}: {
  assessmentId: string;
  code: string;
  label: string;
  evidence: ReturnType<typeof useEvidence>;
  t: ClientT;
}) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const mine = evidence.files.filter((f) => f.questionCode === code);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setBusy(true);
    setError(null);
    const r = await api("POST", `/api/assessments/${assessmentId}/evidence`, new FormData(form));
    setBusy(false);
    if (!r.ok) return setError(r.error);
    form.reset();
    await evidence.reload();
  }

  async function remove(id: string) {
    const r = await api("DELETE", `/api/assessments/${assessmentId}/evidence/${id}`);
    if (!r.ok) return setError(r.error);
    await evidence.reload();
  }

  return (
    <details className="mt-2 rounded-md border border-dashed border-slate-300 p-3 text-sm" data-testid={`evidence-${code}`}>
      <summary className="cursor-pointer text-brand">{t("assess.evidence.toggle", { count: mine.length })}</summary>
      {mine.length > 0 ? (
        <ul className="mt-2 space-y-1">
          {mine.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center gap-2">
              <DownloadLink save={() => download(`/api/assessments/${assessmentId}/evidence/${f.id}`, { fileName: f.fileName })}>{f.fileName}</DownloadLink>
              {f.caption ? <span className="text-muted">{f.caption}</span> : null}
              <button
                type="button"
                className={secondaryButtonClass}
                onClick={() => void remove(f.id)}
                aria-label={t("assess.evidence.remove", { name: f.fileName })}
              >
                {t("assess.evidence.removeShort")}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={(e) => void upload(e)} className="mt-2 grid gap-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <input type="hidden" name="questionCode" value={code} />
        <label className="text-xs text-muted">
          {t("assess.evidence.file")}
          <input name="file" type="file" accept="image/jpeg,image/png,image/webp,application/pdf" required className="mt-1 block w-full text-sm" />
        </label>
        <label className="text-xs text-muted">
          {t("assess.evidence.caption")}
          <input name="caption" maxLength={200} className={inputClass} placeholder={t("assess.evidence.captionHint", { item: label })} />
        </label>
        <button type="submit" disabled={busy} className={secondaryButtonClass}>
          {t("assess.evidence.upload")}
        </button>
      </form>
      <ErrorNotice error={error} />
    </details>
  );
}
