"use client";

import type { ReactNode } from "react";
import { INDUSTRIES, SECTIONS } from "@/lib/enterprise/industries";
import type { ClientT } from "@/lib/i18n/format";
import { CheckGroup, SelectInput, TextArea, TextInput } from "./form-parts";
import { CapValue } from "./policy-cap";
import { ABOVE_SCALE, COST_TYPES, PAYMENTS, SIZE_CLASSES, type PolicyCondition, type PolicyFormState } from "./policy-form-state";

export type Set = <K extends PolicyCondition>(key: K, value: PolicyFormState[K]["value"]) => void;

const levels = (from: number, t: ClientT) => [0, 1, 2, 3, 4].filter((l) => l >= from).map((l) => ({ value: String(l), label: t(`ws.level.${l}`) }));

/** The value inputs of one condition (the region has its own component: it loads its lists). */
export function ConditionValue({ name, form, set, t }: { name: Exclude<PolicyCondition, "region">; form: PolicyFormState; set: Set; t: ClientT }): ReactNode {
  const slot = `${name}.value`;
  switch (name) {
    case "industries": {
      const v = form.industries.value;
      return (
        <div className="space-y-2">
          <label className="inline-flex min-h-8 items-center gap-2 text-sm">
            <input type="checkbox" checked={v.all} onChange={(e) => set("industries", { ...v, all: e.target.checked })} />
            {t("ws.pf.allIndustries")}
          </label>
          {v.all ? null : (
            <>
              <details className="rounded-md border border-slate-200 p-2">
                <summary className="cursor-pointer text-sm font-medium">{t("ws.pf.codes", { count: v.codes.length })}</summary>
                <div className="max-h-64 space-y-2 overflow-auto">
                  {SECTIONS.map((s) => {
                    const options = INDUSTRIES.filter((i) => i.section === s.code).map((i) => ({ value: i.code, label: `${i.code} ${i.zh}` }));
                    if (options.length === 0) return null;
                    const others = v.codes.filter((c) => !options.some((o) => o.value === c));
                    return (
                      <CheckGroup
                        key={s.code}
                        legend={`${s.code} ${s.zh}`}
                        slot={`${slot}.codes`}
                        value={v.codes}
                        onChange={(mine) => set("industries", { ...v, codes: [...others, ...mine].sort() })}
                        options={options}
                      />
                    );
                  })}
                </div>
              </details>
              <TextArea
                label={t("ws.pf.segments")}
                hint={t("ws.pf.onePerLine")}
                slot={`${slot}.segments`}
                value={v.segments}
                onChange={(segments) => set("industries", { ...v, segments })}
              />
            </>
          )}
        </div>
      );
    }
    case "sizeClasses":
    case "eligibleCosts": {
      const list = name === "sizeClasses" ? SIZE_CLASSES : COST_TYPES;
      const prefix = name === "sizeClasses" ? "ws.pf.size." : "ws.pf.cost.";
      return (
        <CheckGroup
          legend={t(`ws.pf.c.${name}`)}
          slot={slot}
          value={form[name].value}
          onChange={(next) => set(name, next)}
          options={list.map((v) => ({ value: v, label: t(`${prefix}${v}`) }))}
        />
      );
    }
    case "aboveScale":
    case "payment": {
      const list = name === "aboveScale" ? ABOVE_SCALE : PAYMENTS;
      const prefix = name === "aboveScale" ? "ws.pf.above." : "ws.pf.pay.";
      return (
        <SelectInput
          label={t(`ws.pf.c.${name}`)}
          slot={slot}
          value={form[name].value}
          onChange={(v) => set(name, v)}
          options={list.map((v) => ({ value: v, label: t(`${prefix}${v}`) }))}
        />
      );
    }
    case "levelBefore":
    case "levelAfter":
      return (
        <SelectInput
          label={t(`ws.pf.c.${name}`)}
          slot={`${slot}.${name === "levelBefore" ? "max" : "min"}`}
          value={form[name].value}
          onChange={(v) => set(name, v)}
          options={levels(name === "levelBefore" ? 0 : 1, t)}
        />
      );
    case "percent":
      return (
        <TextInput label={t("ws.pf.percent")} slot={slot} type="text" inputMode="decimal" value={form.percent.value} onChange={(v) => set("percent", v)} />
      );
    case "cap":
      return <CapValue form={form} set={set} t={t} />;
    case "window": {
      const v = form.window.value;
      return (
        <div className="grid gap-2 sm:grid-cols-2">
          <TextInput label={t("ws.pf.from")} slot={`${slot}.from`} type="date" value={v.from} onChange={(from) => set("window", { ...v, from })} />
          <TextInput label={t("ws.pf.until")} slot={`${slot}.until`} type="date" value={v.until} onChange={(until) => set("window", { ...v, until })} />
          <label className="inline-flex min-h-8 items-center gap-2 text-sm">
            <input type="checkbox" checked={v.rolling} onChange={(e) => set("window", { ...v, rolling: e.target.checked })} />
            {t("ws.pf.rolling")}
          </label>
        </div>
      );
    }
    case "documents":
      return (
        <TextArea label={t("ws.pf.c.documents")} hint={t("ws.pf.onePerLine")} slot={slot} value={form.documents.value} onChange={(v) => set("documents", v)} />
      );
  }
}
