"use client";

import { useState } from "react";
import type { ClientT } from "@/lib/i18n/format";
import { api, type ApiError } from "../client/http";
import { buttonClass, labelClass } from "../ui/field";
import { ErrorNotice } from "../ui/notice";

/**
 * A catalogue entry as JSON, validated by the server against the catalogue schema; every problem comes
 * back with its path (e.g. entry.cap.value.yuan) so the administrator sees where.
 */
export function EntryEditor({
  initial,
  submitLabel,
  t,
  onSubmit,
  statusChoice,
  testId,
}: {
  initial: unknown;
  submitLabel: string;
  t: ClientT;
  onSubmit: (entry: unknown, status: string) => Promise<{ ok: true } | { ok: false; error: ApiError }>;
  statusChoice?: boolean;
  testId?: string;
}) {
  const [text, setText] = useState(() => JSON.stringify(initial, null, 2));
  const [status, setStatus] = useState("active");
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    let entry: unknown;
    try {
      entry = JSON.parse(text);
    } catch (e) {
      setError({ status: 0, code: "validation_failed", message: `${t("ws.catalogue.badJson")} ${e instanceof Error ? e.message : ""}`, issues: [] });
      return;
    }
    setBusy(true);
    setError(null);
    const r = await onSubmit(entry, status);
    setBusy(false);
    if (!r.ok) setError(r.error);
  }

  return (
    <div className="space-y-3" data-testid={testId}>
      <label className={labelClass}>
        {t("ws.catalogue.json")}
        <textarea
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={22}
          spellCheck={false}
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 font-mono text-xs"
        />
      </label>
      {statusChoice ? (
        <label className={labelClass}>
          {t("ws.catalogue.status")}
          <select value={status} onChange={(e) => setStatus(e.target.value)} className="mt-1 block rounded-md border border-slate-400 px-3 py-2">
            <option value="active">{t("ws.catalogue.status.active")}</option>
            <option value="draft">{t("ws.catalogue.status.draft")}</option>
          </select>
        </label>
      ) : null}
      <button type="button" className={buttonClass} disabled={busy} onClick={() => void save()}>
        {submitLabel}
      </button>
      <ErrorNotice error={error} />
    </div>
  );
}

export async function submitEntry(method: "POST" | "PATCH", url: string, body: unknown): Promise<{ ok: true } | { ok: false; error: ApiError }> {
  const r = await api(method, url, body);
  return r.ok ? { ok: true } : { ok: false, error: r.error };
}
