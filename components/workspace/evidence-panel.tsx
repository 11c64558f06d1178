"use client";

import { download } from "../client/download";
import { DownloadLink } from "../ui/download";
import { useCallback, useEffect, useState, type FormEvent } from "react";
import { clientTranslator, type ClientT } from "@/lib/i18n/format";
import { api, type ApiError } from "../client/http";
import { buttonClass, inputClass, labelClass, secondaryButtonClass } from "../ui/field";
import { ErrorNotice } from "../ui/notice";

interface EvidenceFile {
  id: string;
  questionCode: string;
  caption: string | null;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
}

/** On-site evidence of one assessment: upload against a question, list, open, remove (until submitted). */
export function EvidencePanel({
  assessmentId,
  questions,
  editable,
  messages,
}: {
  assessmentId: string;
  questions: { code: string; label: string }[];
  editable: boolean;
  messages: Record<string, string>;
}) {
  const t = clientTranslator(messages);
  const [files, setFiles] = useState<EvidenceFile[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const label = new Map(questions.map((q) => [q.code, q.label]));

  const load = useCallback(async () => {
    const r = await api<{ files: EvidenceFile[] }>("GET", `/api/assessments/${assessmentId}/evidence`);
    if (r.ok) setFiles(r.data.files);
    else setError(r.error);
  }, [assessmentId]);
  useEffect(() => void load(), [load]);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setBusy(true);
    setError(null);
    const r = await api("POST", `/api/assessments/${assessmentId}/evidence`, new FormData(form));
    setBusy(false);
    if (!r.ok) return setError(r.error);
    form.reset();
    await load();
  }

  async function remove(id: string) {
    const r = await api("DELETE", `/api/assessments/${assessmentId}/evidence/${id}`);
    if (!r.ok) return setError(r.error);
    await load();
  }

  return (
    <div className="space-y-3" data-testid={`evidence-${assessmentId}`}>
      {files.length === 0 ? (
        <p className="text-sm text-muted">{t("ws.evidence.none")}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {files.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center gap-2">
              <DownloadLink save={() => download(`/api/assessments/${assessmentId}/evidence/${f.id}`, { fileName: f.fileName })}>{f.fileName}</DownloadLink>
              <span className="text-muted">
                {f.questionCode} {label.get(f.questionCode) ?? ""} · {Math.max(1, Math.round(f.sizeBytes / 1024))} KB{f.caption ? ` · ${f.caption}` : ""}
              </span>
              {editable ? (
                <button
                  type="button"
                  className={secondaryButtonClass}
                  onClick={() => void remove(f.id)}
                  aria-label={t("ws.evidence.removeFile", { name: f.fileName })}
                >
                  {t("ws.evidence.remove")}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editable ? <EvidenceUploadForm assessmentId={assessmentId} questions={questions} busy={busy} t={t} onUpload={(e) => void upload(e)} /> : null}
      <ErrorNotice error={error} />
    </div>
  );
}

/** A file (PDF or image) with the question it supports and an optional caption. */
function EvidenceUploadForm({
  assessmentId,
  questions,
  busy,
  t,
  onUpload,
}: {
  assessmentId: string;
  questions: { code: string; label: string }[];
  busy: boolean;
  t: ClientT;
  onUpload: (event: FormEvent<HTMLFormElement>) => void;
}) {
  return (
    <form onSubmit={onUpload} className="grid gap-3 sm:grid-cols-2">
      <div>
        <label htmlFor={`ev-q-${assessmentId}`} className={labelClass}>
          {t("ws.evidence.question")}
        </label>
        <select id={`ev-q-${assessmentId}`} name="questionCode" className={inputClass} required>
          {questions.map((q) => (
            <option key={q.code} value={q.code}>
              {q.code} {q.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`ev-c-${assessmentId}`} className={labelClass}>
          {t("ws.evidence.caption")}
        </label>
        <input id={`ev-c-${assessmentId}`} name="caption" maxLength={200} className={inputClass} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor={`ev-f-${assessmentId}`} className={labelClass}>
          {t("ws.evidence.file")}
        </label>
        <input
          id={`ev-f-${assessmentId}`}
          name="file"
          type="file"
          accept="application/pdf,image/png,image/jpeg,image/webp"
          required
          className="mt-1 block w-full text-sm"
        />
        <p className="mt-1 text-xs text-muted">{t("ws.evidence.limits")}</p>
      </div>
      <div>
        <button type="submit" className={buttonClass} disabled={busy}>
          {t("ws.evidence.upload")}
        </button>
      </div>
    </form>
  );
}
