"use client";

import { useState } from "react";
import { clientTranslator } from "@/lib/i18n/format";
import { api } from "../client/http";
import { saveToken } from "../client/token-store";
import { buttonClass, inputClass, labelClass } from "../ui/field";
import { ErrorNotice } from "../ui/notice";

/** Starts an assessment on the client's behalf and opens it on this device. */
export function StartVisit({
  tenant,
  enterpriseId,
  locale,
  messages,
}: {
  tenant: string;
  enterpriseId: string;
  locale: "zh-CN" | "en";
  messages: Record<string, string>;
}) {
  const t = clientTranslator(messages);
  const [mode, setMode] = useState<"consultant_onsite" | "consultant_remote">("consultant_onsite");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Parameters<typeof ErrorNotice>[0]["error"]>(null);
  async function start() {
    setBusy(true);
    const r = await api<{ id: string; resumeToken: string; resumePath: string }>("POST", `/api/tenants/${tenant}/clients/${enterpriseId}/assessments`, {
      mode,
      language: locale,
    });
    if (!r.ok) {
      setError(r.error);
      setBusy(false);
      return;
    }
    saveToken(r.data.id, r.data.resumeToken);
    window.location.assign(r.data.resumePath);
  }
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="visit-mode" className={labelClass}>
          {t("ws.visit.mode")}
        </label>
        <select id="visit-mode" className={inputClass} value={mode} onChange={(e) => setMode(e.target.value as typeof mode)}>
          <option value="consultant_onsite">{t("ws.visit.onsite")}</option>
          <option value="consultant_remote">{t("ws.visit.remote")}</option>
        </select>
      </div>
      <button type="button" className={buttonClass} onClick={() => void start()} disabled={busy} data-testid="start-visit">
        {t("ws.visit.start")}
      </button>
      <ErrorNotice error={error} />
    </div>
  );
}
