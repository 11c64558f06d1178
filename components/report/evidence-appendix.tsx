"use client";

import { useEffect, useState } from "react";
import type { EvidenceFile } from "@/lib/assessments/evidence-files";
import type { ClientT } from "@/lib/i18n/format";
import type { AssessmentApi } from "../client/api";
import { DownloadLink } from "../ui/download";

/** 附录：现场佐证材料 — the evidence the consultant collected, for readers of the report. */
export function EvidenceAppendix({ api, t }: { api: AssessmentApi; t: ClientT }) {
  const [files, setFiles] = useState<EvidenceFile[]>([]);
  useEffect(() => {
    void api.evidence().then((r) => setFiles(r.ok ? r.data.files : []));
  }, [api]);
  if (files.length === 0) return null;
  return (
    <section aria-labelledby="appendix-title" className="report-section border-t border-slate-200 pt-6" data-testid="evidence-appendix">
      <h2 id="appendix-title" className="text-xl font-semibold">
        {t("report.appendix")}
      </h2>
      <ul className="mt-3 space-y-1 text-sm">
        {files.map((f) => (
          <li key={f.id}>
            {f.questionCode} · <DownloadLink save={() => api.downloadEvidence(f)}>{f.fileName}</DownloadLink>{" "}
            <span className="text-muted">
              {Math.max(1, Math.round(f.sizeBytes / 1024))} KB{f.caption ? ` · ${f.caption}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
