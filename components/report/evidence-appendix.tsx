"use client";

import { downloadFile } from "../workspace/download";
import { useEffect, useState } from "react";
import type { ClientT } from "@/lib/i18n/format";

interface EvidenceFile {
  id: string;
  questionCode: string;
  caption: string | null;
  fileName: string;
  sizeBytes: number;
}

/** 附录：现场佐证材料 — the evidence the consultant collected, for readers of the report. */
export function EvidenceAppendix({ id, headers, t }: { id: string; headers: Record<string, string>; t: ClientT }) {
  const [files, setFiles] = useState<EvidenceFile[]>([]);
  useEffect(() => {
    fetch(`/api/assessments/${id}/evidence`, { headers })
      .then(async (r) => (r.ok ? ((await r.json()) as { files: EvidenceFile[] }).files : []))
      .then(setFiles)
      .catch(() => setFiles([]));
    // Headers are fixed for the page.
  }, [id]);
  if (files.length === 0) return null;
  return (
    <section aria-labelledby="appendix-title" className="report-section border-t border-slate-200 pt-6" data-testid="evidence-appendix">
      <h2 id="appendix-title" className="text-xl font-semibold">
        {t("report.appendix")}
      </h2>
      <ul className="mt-3 space-y-1 text-sm">
        {files.map((f) => (
          <li key={f.id}>
            {f.questionCode} ·{" "}
            <button type="button" className="text-brand underline" onClick={() => void downloadFile(`/api/assessments/${id}/evidence/${f.id}`, f.fileName, headers)}>
              {f.fileName}
            </button>{" "}
            <span className="text-muted">
              {Math.max(1, Math.round(f.sizeBytes / 1024))} KB{f.caption ? ` · ${f.caption}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
