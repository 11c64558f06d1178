"use client";

import { useEffect, useState } from "react";
import { clientTranslator } from "@/lib/i18n/format";
import type { PolicyDocumentView } from "@/lib/admin/policy-documents";
import { api } from "../client/http";
import { Done } from "../ui/notice";
import { EntryEditor, submitEntry } from "./entry-editor";

/**
 * The document's text beside the draft policy: the model's proposal (each condition quoting its
 * clause) or an empty form. Saving puts the reviewed entry into the catalogue.
 */
export function DocumentReview({ tenant, initial, messages }: { tenant: string; initial: PolicyDocumentView; messages: Record<string, string> }) {
  const t = clientTranslator(messages);
  const [doc, setDoc] = useState(initial);
  const [applied, setApplied] = useState<string | null>(initial.policyCode);

  useEffect(() => {
    if (doc.status !== "proposing") return;
    const timer = setTimeout(async () => {
      const r = await api<PolicyDocumentView>("GET", `/api/tenants/${tenant}/policy-documents/${doc.id}`);
      if (r.ok) setDoc(r.data);
    }, 1500);
    return () => clearTimeout(timer);
  }, [doc, tenant]);

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="doc-text" className="space-y-2">
        <h2 id="doc-text" className="text-lg font-semibold">
          {t("ws.docs.text")} <span className="text-sm font-normal text-muted">{doc.fileName}</span>
        </h2>
        {doc.truncated ? <p className="text-xs text-muted">{t("ws.docs.truncated")}</p> : null}
        <pre
          className="max-h-[70vh] overflow-auto whitespace-pre-wrap rounded-md border border-slate-200 bg-white p-3 text-sm"
          data-testid="document-text"
          tabIndex={0}
        >
          {doc.text}
        </pre>
      </section>
      <section aria-labelledby="doc-draft" className="space-y-3">
        <h2 id="doc-draft" className="text-lg font-semibold">
          {t("ws.docs.draft")}
        </h2>
        <p className="text-sm" role="status" data-testid="document-status" data-status={doc.status}>
          {t(`ws.docs.status.${doc.status}`)}
        </p>
        {doc.error ? <p className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm">{doc.error}</p> : null}
        {doc.notes.length > 0 ? (
          <details className="text-sm">
            <summary className="cursor-pointer">{t("ws.docs.dropped", { count: doc.notes.length })}</summary>
            <ul className="mt-1 list-disc pl-5 text-muted">
              {doc.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </details>
        ) : null}
        <ConditionList draft={doc.draft} t={t} />
        {applied ? (
          <Done testId="document-applied">{t("ws.docs.applied", { code: applied })}</Done>
        ) : doc.status === "proposing" ? null : (
          <EntryEditor
            key={doc.status}
            initial={doc.draft}
            submitLabel={t("ws.docs.apply")}
            t={t}
            statusChoice
            testId="document-editor"
            onSubmit={async (entry, status) => {
              const r = await submitEntry("POST", `/api/tenants/${tenant}/policy-documents/${doc.id}/apply`, { entry, status });
              if (r.ok) setApplied(String((entry as { id?: string }).id ?? ""));
              return r;
            }}
          />
        )}
      </section>
    </div>
  );
}

const CONDITIONS = ["region", "industries", "sizeClasses", "aboveScale", "levelBefore", "levelAfter", "eligibleCosts", "percent", "cap", "window", "documents"];

/** The draft's conditions that have a value, each beside the words of the document it rests on. */
function ConditionList({ draft, t }: { draft: Record<string, unknown>; t: ReturnType<typeof clientTranslator> }) {
  const rows = CONDITIONS.flatMap((key) => {
    const c = draft[key] as { value: unknown; clause: { quote: string } | null } | undefined;
    return c && c.value !== null ? [{ key, value: JSON.stringify(c.value), quote: c.clause?.quote ?? null }] : [];
  });
  if (rows.length === 0) return <p className="text-sm text-muted">{t("ws.docs.noConditions")}</p>;
  return (
    <dl className="space-y-2 rounded-md border border-slate-200 bg-white p-3 text-sm" data-testid="document-conditions">
      {rows.map((r) => (
        <div key={r.key}>
          <dt className="font-medium">
            <code>{r.key}</code> = <code>{r.value}</code>
          </dt>
          <dd className="text-muted">{r.quote ? `「${r.quote}」` : t("ws.docs.noQuote")}</dd>
        </div>
      ))}
    </dl>
  );
}
