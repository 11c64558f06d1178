"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import type { PolicyDocumentView } from "@/lib/admin/policy-documents";
import type { Division } from "@/lib/enterprise/regions";
import { clientTranslator } from "@/lib/i18n/format";
import { api } from "../client/http";
import { Done } from "../ui/notice";
import { submitEntry } from "./entry-form-shell";
import { PolicyForm } from "./policy-form";
import { POLICY_CONDITIONS, type PolicyFormState } from "./policy-form-state";
import { markQuotes } from "./quote-marks";

type Quote = { key: string; quote: string };

/**
 * The document's text beside the draft policy as a form: the model's proposal (each condition quoting
 * its clause) or an empty form. Each condition's quoted words are marked in the text, and its 定位
 * button scrolls the text to them. Saving puts the reviewed entry into the catalogue.
 */
export function DocumentReview({
  tenant,
  initial,
  provinces,
  messages,
}: {
  tenant: string;
  initial: PolicyDocumentView;
  provinces: readonly Division[];
  messages: Record<string, string>;
}) {
  const t = clientTranslator(messages);
  const [doc, setDoc] = useState(initial);
  const [applied, setApplied] = useState<string | null>(initial.policyCode);
  const [quotes, setQuotes] = useState<Quote[]>([]);

  useEffect(() => {
    if (doc.status !== "proposing" && doc.status !== "reading") return;
    const timer = setTimeout(async () => {
      const r = await api<PolicyDocumentView>("GET", `/api/tenants/${tenant}/policy-documents/${doc.id}`);
      if (r.ok) setDoc(r.data);
    }, 1500);
    return () => clearTimeout(timer);
  }, [doc, tenant]);

  const onChange = useCallback((form: PolicyFormState) => {
    const next = POLICY_CONDITIONS.filter((k) => !form[k].unknown || form[k].clause.quote).map((k) => ({ key: k, quote: form[k].clause.quote.trim() }));
    setQuotes((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
  }, []);
  const pieces = useMemo(() => markQuotes(doc.text, quotes), [doc.text, quotes]);
  const locate = (key: string) => {
    const mark = document.getElementById(`quote-${key}`);
    if (!mark) return;
    mark.scrollIntoView({ block: "center", behavior: "smooth" });
    mark.focus({ preventScroll: true });
  };

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="doc-text" className="space-y-2 lg:sticky lg:top-4 lg:self-start">
        <h2 id="doc-text" className="text-lg font-semibold">
          {t("ws.docs.text")} <span className="text-sm font-normal text-muted">{doc.fileName}</span>
        </h2>
        {doc.truncated ? <p className="text-xs text-muted">{t("ws.docs.truncated")}</p> : null}
        {doc.ocr && doc.status !== "reading" ? (
          <p className="rounded-md border border-amber-300 bg-amber-50 p-2 text-xs" data-testid="document-ocr">
            {doc.ocr.confidence === null ? t("ws.docs.ocr") : t("ws.docs.ocrConfidence", { percent: Math.round(doc.ocr.confidence * 100) })}
          </p>
        ) : null}
        <pre
          className="max-h-[45vh] overflow-auto whitespace-pre-wrap rounded-md border border-slate-200 bg-white p-3 text-sm lg:max-h-[80vh]"
          data-testid="document-text"
          tabIndex={0}
        >
          {pieces.map((p, i) =>
            p.key ? (
              <mark key={i} id={`quote-${p.key}`} tabIndex={-1} title={t(`ws.pf.c.${p.key}`)} className="rounded bg-amber-200 text-ink">
                {p.text}
              </mark>
            ) : (
              p.text
            ),
          )}
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
        {applied ? (
          <Done testId="document-applied">{t("ws.docs.applied", { code: applied })}</Done>
        ) : doc.status === "proposing" || doc.status === "reading" ? null : (
          <PolicyForm
            key={doc.status}
            initial={doc.draft}
            provinces={provinces}
            submitLabel={t("ws.docs.apply")}
            t={t}
            statusChoice
            testId="document-editor"
            onChange={onChange}
            onLocate={locate}
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
