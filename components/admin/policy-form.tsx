"use client";

import { useEffect, useState } from "react";
import { readPolicy } from "@/lib/admin/catalogue-entries";
import type { Division } from "@/lib/enterprise/regions";
import type { ClientT } from "@/lib/i18n/format";
import { EntryFormShell, type SubmitResult } from "./entry-form-shell";
import { TextArea } from "./form-parts";
import { PolicyBasics } from "./policy-basics";
import { ConditionFieldset } from "./policy-condition";
import { conditionsWithoutEvidence, emptyPolicyForm, entryToForm, formToEntry, POLICY_CONDITIONS, type PolicyFormState } from "./policy-form-state";
import { RegionFields } from "./policy-region";
import { ConditionValue } from "./policy-values";

/** Where the server's issues are shown: each field's path, and each condition's value and evidence. */
const SLOTS = [
  ...["id", "title", "titleEn", "docNo", "issuer", "issuedOn", "sources", "exclusions", "note"],
  ...POLICY_CONDITIONS.flatMap((k) => [k, `${k}.clause`, `${k}.clause.source`, `${k}.clause.kind`]),
  ...["percent.value", "cap.value.kind", "cap.value.yuan", "cap.value.tiers", "window.value.from", "window.value.until", "levelBefore.value.max"],
  ...["levelAfter.value.min", "region.value.provinceCode", "region.value.cityCodes", "region.value.districtCodes", "industries.value.segments"],
  ...["sizeClasses.value", "eligibleCosts.value", "aboveScale.value", "payment.value", "documents.value"],
];

/**
 * A stored entry as form state. One that no longer fits the schema starts an empty form under its id
 * and title, `unreadable` (the JSON disclosure shows it); a new one with no title yet is no such case.
 */
export function policyFormOf(raw: unknown, locale: string): { form: PolicyFormState; unreadable: boolean } {
  const parsed = readPolicy(raw, locale);
  if (parsed.ok) return { form: entryToForm(parsed.entry), unreadable: false };
  const r = (raw ?? {}) as { id?: unknown; title?: unknown };
  const unreadable = parsed.issues.some((i) => i.field !== "title");
  return { form: emptyPolicyForm(typeof r.id === "string" ? r.id : "", typeof r.title === "string" ? r.title : ""), unreadable };
}

/**
 * A policy as a form: its identity, then one fieldset per condition (value or 未知, beside the words
 * of the policy it rests on), exclusions and a note. Builds the entry the catalogue API takes.
 */
export function PolicyForm({
  initial,
  provinces,
  t,
  onSubmit,
  submitLabel,
  statusChoice,
  idLocked = false,
  testId,
  onChange,
  onLocate,
}: {
  initial: unknown;
  provinces: readonly Division[];
  t: ClientT;
  onSubmit: (entry: unknown, status: string) => Promise<SubmitResult>;
  submitLabel: string;
  statusChoice?: boolean;
  idLocked?: boolean;
  testId?: string;
  /** The state as it changes (文档解读 highlights the quotes in the document). */
  onChange?: (form: PolicyFormState) => void;
  onLocate?: (condition: string) => void;
}) {
  const [start] = useState(() => policyFormOf(initial, t("ws.pf.locale")));
  const [form, setForm] = useState<PolicyFormState>(start.form);
  useEffect(() => onChange?.(form), [form, onChange]);

  const load = (raw: unknown) => {
    const parsed = readPolicy(raw, t("ws.pf.locale"));
    if (!parsed.ok) return `${t("ws.pf.jsonBad")}\n${parsed.issues.map((i) => `${i.field}: ${i.message}`).join("\n")}`;
    setForm(entryToForm(parsed.entry));
    return null;
  };

  return (
    <EntryFormShell
      t={t}
      slots={SLOTS}
      build={() => formToEntry(form)}
      check={() => conditionsWithoutEvidence(form).map((k) => ({ field: `entry.${k}.clause`, message: t("ws.pf.needQuote") }))}
      load={load}
      onSubmit={onSubmit}
      submitLabel={submitLabel}
      statusChoice={statusChoice}
      testId={testId}
    >
      {start.unreadable ? <p className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm">{t("ws.pf.unreadable")}</p> : null}
      <PolicyBasics form={form} set={(key, v) => setForm((f) => ({ ...f, [key]: v }))} t={t} idLocked={idLocked} />
      {POLICY_CONDITIONS.map((k) => (
        <ConditionFieldset
          key={k}
          name={k}
          legend={t(`ws.pf.c.${k}`)}
          cond={form[k]}
          onChange={(patch) => setForm((f) => ({ ...f, [k]: { ...f[k], ...patch } }))}
          t={t}
          onLocate={onLocate ? () => onLocate(k) : undefined}
        >
          {k === "region" ? (
            <RegionFields
              value={form.region.value}
              onChange={(value) => setForm((f) => ({ ...f, region: { ...f.region, value } }))}
              provinces={provinces}
              t={t}
            />
          ) : (
            <ConditionValue name={k} form={form} set={(key, value) => setForm((f) => ({ ...f, [key]: { ...f[key], value } }))} t={t} />
          )}
        </ConditionFieldset>
      ))}
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 font-semibold">{t("ws.pf.more")}</legend>
        <TextArea
          label={t("ws.pf.exclusions")}
          hint={t("ws.pf.onePerLine")}
          slot="exclusions"
          value={form.exclusions}
          onChange={(exclusions) => setForm((f) => ({ ...f, exclusions }))}
        />
        <TextArea label={t("ws.pf.note")} slot="note" value={form.note} onChange={(note) => setForm((f) => ({ ...f, note }))} rows={2} />
      </fieldset>
    </EntryFormShell>
  );
}
