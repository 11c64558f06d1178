"use client";

import { useState, type FormEvent } from "react";
import { clientTranslator } from "@/lib/i18n/format";
import { api, type ApiError } from "../client/http";
import { buttonClass, labelClass } from "../ui/field";
import { ErrorNotice } from "../ui/notice";

/** Upload a policy document; on success, straight to its review page. */
export function DocumentUpload({ tenant, messages }: { tenant: string; messages: Record<string, string> }) {
  const t = clientTranslator(messages);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const r = await api<{ id: string }>("POST", `/api/tenants/${tenant}/policy-documents`, new FormData(event.currentTarget));
    if (r.ok) window.location.assign(`/admin/${tenant}/documents/${r.data.id}`);
    else {
      setBusy(false);
      setError(r.error);
    }
  }
  return (
    <form onSubmit={(e) => void upload(e)} className="space-y-3">
      <label className={labelClass}>
        {t("ws.docs.file")}
        <input type="file" name="file" accept="application/pdf,text/plain,.txt" required className="mt-1 block w-full text-sm" />
      </label>
      <p className="text-xs text-muted">{t("ws.docs.limits")}</p>
      <button type="submit" className={buttonClass} disabled={busy} data-testid="upload-document">
        {busy ? t("ws.docs.reading") : t("ws.docs.upload")}
      </button>
      <ErrorNotice error={error} testId="document-error" />
    </form>
  );
}
