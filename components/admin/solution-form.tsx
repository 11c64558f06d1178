"use client";

import { useState } from "react";
import { readSolution } from "@/lib/admin/catalogue-entries";
import { INDUSTRIES } from "@/lib/enterprise/industries";
import type { ClientT } from "@/lib/i18n/format";
import { EntryFormShell, type SubmitResult } from "./entry-form-shell";
import { CheckGroup, SelectInput, TextArea, TextInput } from "./form-parts";
import { LiftRows } from "./solution-lifts";
import {
  COST_TYPES,
  DEPLOYMENTS,
  emptySolutionForm,
  formToSolution,
  SIZE_CLASSES,
  SOLUTION_CATEGORIES,
  solutionToForm,
  type SolutionFormState,
} from "./solution-form-state";

type Text = { [K in keyof SolutionFormState]: SolutionFormState[K] extends string ? K : never }[keyof SolutionFormState];

const TEXT_SLOTS = ["id", "name.zh-CN", "name.en", "provider.id", "provider.name.zh-CN", "provider.name.en", "description.zh-CN", "description.en"];
// A range's own error (max below min) goes with its max; a bad min with the min.
const RANGES = ["price.oneOff", "price.yearly", "durationWeeks"].flatMap((r) => [r, `${r}.min`]);
const SLOTS = [...TEXT_SLOTS, ...RANGES, "category", "deployment", "costType", "lifts", "industries", "sizes"];
const rangeSlot = (key: string) => `${key.startsWith("weeks") ? "durationWeeks" : `price.${key.replace(/M(in|ax)$/, "")}`}${key.endsWith("Min") ? ".min" : ""}`;
const PAIRS = [
  ["nameZh", "name.zh-CN"],
  ["nameEn", "name.en"],
  ["providerZh", "provider.name.zh-CN"],
  ["providerEn", "provider.name.en"],
  ["providerId", "provider.id"],
  ["id", "id"],
] as const;

/** A solution as a form: what it is, who provides it, the scenes it lifts, its price and the firms it suits. */
export function SolutionForm({
  initial,
  scenes,
  t,
  onSubmit,
  submitLabel,
  idLocked = false,
}: {
  initial: unknown;
  scenes: readonly { code: string; label: string }[];
  t: ClientT;
  onSubmit: (entry: unknown, status: string) => Promise<SubmitResult>;
  submitLabel: string;
  idLocked?: boolean;
}) {
  const [form, setForm] = useState<SolutionFormState>(() => {
    const parsed = readSolution(initial, t("ws.pf.locale"));
    return parsed.ok ? solutionToForm(parsed.entry) : emptySolutionForm(String((initial as { id?: unknown } | null)?.id ?? ""));
  });
  const text = (key: Text) => ({ value: form[key], onChange: (v: string) => setForm((f) => ({ ...f, [key]: v })) });
  const choice = (key: Text, list: readonly string[], prefix: string) => ({
    ...text(key),
    slot: key,
    options: list.map((v) => ({ value: v, label: t(`${prefix}${v}`) })),
  });
  const load = (raw: unknown) => {
    const parsed = readSolution(raw, t("ws.pf.locale"));
    if (!parsed.ok) return `${t("ws.pf.jsonBad")}\n${parsed.issues.map((i) => `${i.field}: ${i.message}`).join("\n")}`;
    setForm(solutionToForm(parsed.entry));
    return null;
  };

  return (
    <EntryFormShell t={t} slots={SLOTS} build={() => formToSolution(form)} load={load} onSubmit={onSubmit} submitLabel={submitLabel} testId="solution-form">
      <fieldset className="grid gap-3 rounded-md border border-slate-200 p-3 md:grid-cols-2">
        <legend className="px-1 font-semibold">{t("ws.sf.basics")}</legend>
        {PAIRS.filter(([key]) => !(idLocked && key === "id")).map(([key, slot]) => (
          <TextInput key={key} label={t(key === "id" ? "ws.pf.id" : `ws.sf.${key}`)} slot={slot} {...text(key)} />
        ))}
        <SelectInput label={t("ws.sf.category")} {...choice("category", SOLUTION_CATEGORIES, "ws.sf.category.")} />
        <SelectInput label={t("ws.sf.deployment")} {...choice("deployment", DEPLOYMENTS, "ws.sf.deployment.")} />
        <SelectInput label={t("ws.sf.costType")} {...choice("costType", COST_TYPES, "ws.pf.cost.")} />
        <label className="inline-flex min-h-8 items-center gap-2 self-end text-sm">
          <input type="checkbox" checked={form.xiaokuaiqingzhun} onChange={(e) => setForm((f) => ({ ...f, xiaokuaiqingzhun: e.target.checked }))} />
          {t("ws.sf.xkqz")}
        </label>
        <TextArea label={t("ws.sf.descZh")} slot="description.zh-CN" {...text("descZh")} />
        <TextArea label={t("ws.sf.descEn")} slot="description.en" {...text("descEn")} />
      </fieldset>
      <LiftRows lifts={form.lifts} onChange={(lifts) => setForm((f) => ({ ...f, lifts }))} scenes={scenes} t={t} />
      <fieldset className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2">
        <legend className="px-1 font-semibold">{t("ws.sf.price")}</legend>
        {(["oneOffMin", "oneOffMax", "yearlyMin", "yearlyMax", "weeksMin", "weeksMax"] as const).map((key) => (
          <TextInput key={key} label={t(`ws.sf.${key}`)} slot={rangeSlot(key)} inputMode="decimal" {...text(key)} />
        ))}
      </fieldset>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 font-semibold">{t("ws.sf.fit")}</legend>
        <CheckGroup
          legend={t("ws.sf.sizes")}
          slot="sizes"
          value={form.sizes}
          onChange={(sizes) => setForm((f) => ({ ...f, sizes }))}
          options={SIZE_CLASSES.map((s) => ({ value: s, label: t(`ws.pf.size.${s}`) }))}
        />
        <label className="inline-flex min-h-8 items-center gap-2 text-sm">
          <input type="checkbox" checked={form.allIndustries} onChange={(e) => setForm((f) => ({ ...f, allIndustries: e.target.checked }))} />
          {t("ws.pf.allIndustries")}
        </label>
        {form.allIndustries ? null : (
          <details className="rounded-md border border-slate-200 p-2">
            <summary className="cursor-pointer text-sm font-medium">{t("ws.sf.industries", { count: form.industries.length })}</summary>
            <div className="max-h-64 overflow-auto">
              <CheckGroup
                legend={t("ws.pf.codes", { count: form.industries.length })}
                slot="industries"
                value={form.industries}
                onChange={(industries) => setForm((f) => ({ ...f, industries }))}
                options={INDUSTRIES.map((i) => ({ value: i.code, label: `${i.code} ${i.zh}` }))}
              />
            </div>
          </details>
        )}
      </fieldset>
    </EntryFormShell>
  );
}
