"use client";

import { useId, useState, type ReactNode } from "react";
import type { ClientT } from "@/lib/i18n/format";
import { api, type ApiError } from "../client/http";
import { buttonClass, inputClass, labelClass } from "../ui/field";
import { ErrorNotice } from "../ui/notice";
import { issuesBySlot, type FormIssue, type SlotIssues } from "./form-issues";
import { FormErrors } from "./form-parts";
import { JsonDisclosure } from "./json-disclosure";

export type SubmitResult = { ok: true } | { ok: false; error: ApiError };

/**
 * What the policy and solution forms share: the save button, the status, the JSON disclosure, and the
 * server's issues spread to the fields they name (the rest, and the summary, at the top).
 */
export function EntryFormShell({
  t,
  slots,
  build,
  check,
  load,
  onSubmit,
  submitLabel,
  statusChoice,
  testId,
  children,
}: {
  t: ClientT;
  slots: readonly string[];
  build: () => unknown;
  /** Problems the form finds before sending (a value without its evidence). */
  check?: () => FormIssue[];
  load: (raw: unknown) => string | null;
  onSubmit: (entry: unknown, status: string) => Promise<SubmitResult>;
  submitLabel: string;
  statusChoice?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  const formId = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const [status, setStatus] = useState("active");
  const [error, setError] = useState<ApiError | null>(null);
  const [issues, setIssues] = useState<SlotIssues>({});
  const [busy, setBusy] = useState(false);

  function show(e: ApiError) {
    const bySlot = issuesBySlot(e.issues, slots);
    setIssues(bySlot);
    const placed = e.issues.length - (bySlot._?.length ?? 0);
    const top = e.issues.filter((i) => (bySlot._ ?? []).includes(i.message));
    setError({
      ...e,
      // The summary names no path (the fields show their own errors); what fits no field stays listed here.
      message: placed > 0 ? t("ws.pf.fixBelow", { count: placed }) : e.message,
      issues: top,
    });
  }

  async function save() {
    const local = check?.() ?? [];
    if (local.length > 0) return show({ status: 0, code: "validation_failed", message: t("ws.pf.checkFirst"), issues: local });
    setBusy(true);
    setError(null);
    setIssues({});
    const r = await onSubmit(build(), status);
    setBusy(false);
    if (!r.ok) show(r.error);
  }

  return (
    <FormErrors.Provider value={{ formId, issues, clear: (slot) => issues[slot] && setIssues(({ [slot]: _gone, ...rest }) => rest) }}>
      <form
        className="space-y-4"
        data-testid={testId}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {children}
        <JsonDisclosure current={build} load={load} t={t} />
        {statusChoice ? (
          <label className={labelClass}>
            {t("ws.catalogue.status")}
            <select value={status} onChange={(e) => setStatus(e.target.value)} className={`${inputClass} sm:w-auto`}>
              <option value="active">{t("ws.catalogue.status.active")}</option>
              <option value="draft">{t("ws.catalogue.status.draft")}</option>
            </select>
          </label>
        ) : null}
        <ErrorNotice error={error} testId="entry-error" />
        <button type="submit" className={`${buttonClass} w-full sm:w-auto`} disabled={busy}>
          {submitLabel}
        </button>
      </form>
    </FormErrors.Provider>
  );
}

/** Sends an entry (POST a new one, PATCH an edit) and answers the API's error as it came. */
export async function submitEntry(method: "POST" | "PATCH", url: string, body: unknown): Promise<SubmitResult> {
  const r = await api(method, url, body);
  return r.ok ? { ok: true } : { ok: false, error: r.error };
}
