"use client";

import { useState } from "react";
import type { Division } from "@/lib/enterprise/regions";
import { clientTranslator, type ClientT } from "@/lib/i18n/format";
import { api, type ApiError } from "../client/http";
import { secondaryButtonClass } from "../ui/field";
import { ErrorNotice } from "../ui/notice";
import { submitEntry, type SubmitResult } from "./entry-form-shell";
import { PolicyForm } from "./policy-form";
import { SolutionForm } from "./solution-form";

interface Row {
  code: string;
  title: string;
  titleEn: string | null;
  status: string;
  own: boolean;
  demo: boolean;
  entry: Record<string, unknown>;
}

type Lists = { provinces: readonly Division[]; scenes: readonly { code: string; label: string }[] };

/** The portal's policies or solutions: list, add, edit (as a form), retire; the platform's shared ones read only. */
export function CatalogueManager({
  tenant,
  kind,
  rows,
  template,
  messages,
  provinces,
  scenes,
}: {
  tenant: string;
  kind: "policies" | "solutions";
  rows: Row[];
  template: unknown;
  messages: Record<string, string>;
} & Lists) {
  const t = clientTranslator(messages);
  const english = t("ws.pf.locale") === "en";
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const base = `/api/tenants/${tenant}/${kind}`;
  const reload = () => window.location.reload();

  async function setStatus(code: string, status: string) {
    const r = await api("PATCH", `${base}/${code}`, { status });
    if (!r.ok) return setError(r.error);
    reload();
  }

  return (
    <div className="space-y-6">
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid={`catalogue-${kind}`}>
        {rows.map((r) => (
          <li key={r.code} className="space-y-2 p-3">
            <div className="flex flex-wrap items-center gap-2">
              {english && r.titleEn ? (
                <span className="font-medium" lang="en">
                  {r.titleEn}
                </span>
              ) : (
                <span className="font-medium" lang="zh-CN">
                  {r.title}
                </span>
              )}
              <code className="text-xs text-muted">{r.code}</code>
              <span className="rounded-full bg-slate-100 px-2 text-xs">{r.own ? t("ws.catalogue.own") : t("ws.catalogue.shared")}</span>
              {r.demo ? <span className="rounded-full bg-amber-100 px-2 text-xs">{t("ws.catalogue.demo")}</span> : null}
              <span className="text-xs text-muted">{t(`ws.catalogue.status.${r.status as "active" | "draft" | "retired"}`)}</span>
              {r.own ? (
                <>
                  <button
                    type="button"
                    className={secondaryButtonClass}
                    onClick={() => setEditing(editing === r.code ? null : r.code)}
                    aria-expanded={editing === r.code}
                  >
                    {t("ws.edit")}
                  </button>
                  <button type="button" className={secondaryButtonClass} onClick={() => void setStatus(r.code, r.status === "retired" ? "active" : "retired")}>
                    {r.status === "retired" ? t("ws.reactivate") : t("ws.retire")}
                  </button>
                </>
              ) : null}
            </div>
            {editing === r.code ? (
              <EntryForm
                kind={kind}
                lists={{ provinces, scenes }}
                initial={r.entry}
                idLocked
                submitLabel={t("ws.save")}
                t={t}
                onSubmit={async (entry) => {
                  const res = await submitEntry("PATCH", `${base}/${r.code}`, { entry });
                  if (res.ok) reload();
                  return res;
                }}
              />
            ) : null}
          </li>
        ))}
      </ul>
      <details className="rounded-lg border border-slate-200 bg-white p-4">
        <summary className="cursor-pointer font-semibold">{kind === "policies" ? t("ws.catalogue.newPolicy") : t("ws.catalogue.newSolution")}</summary>
        <div className="mt-3">
          <EntryForm
            kind={kind}
            lists={{ provinces, scenes }}
            initial={template}
            submitLabel={t("ws.catalogue.create")}
            t={t}
            statusChoice={kind === "policies"}
            onSubmit={async (entry, status) => {
              const res = await submitEntry("POST", base, { entry, status });
              if (res.ok) reload();
              return res;
            }}
          />
        </div>
      </details>
      <ErrorNotice error={error} />
    </div>
  );
}

function EntryForm({
  kind,
  lists,
  ...props
}: {
  kind: "policies" | "solutions";
  lists: Lists;
  initial: unknown;
  idLocked?: boolean;
  submitLabel: string;
  t: ClientT;
  statusChoice?: boolean;
  onSubmit: (entry: unknown, status: string) => Promise<SubmitResult>;
}) {
  return kind === "policies" ? <PolicyForm {...props} provinces={lists.provinces} testId="policy-form" /> : <SolutionForm {...props} scenes={lists.scenes} />;
}
