"use client";

import type { ReactNode } from "react";
import type { ClientT } from "@/lib/i18n/format";
import { SelectInput, SlotError, TextArea, TextInput, useGroupSlot } from "./form-parts";
import { CLAUSE_KINDS, type ClauseState, type Cond } from "./policy-form-state";

/**
 * One condition of a policy: its value, or 未知/原文未说明, and beside it the words of the policy it
 * rests on and where they are, so that no value is entered without its evidence.
 */
export function ConditionFieldset({
  name,
  legend,
  cond,
  onChange,
  t,
  onLocate,
  children,
}: {
  name: string;
  legend: string;
  cond: Cond<unknown>;
  onChange: (patch: { unknown?: boolean; clause?: ClauseState }) => void;
  t: ClientT;
  /** Scrolls the document beside the form to the quote (文档解读); absent elsewhere. */
  onLocate?: () => void;
  children: ReactNode;
}) {
  const setClause = (patch: Partial<ClauseState>) => onChange({ clause: { ...cond.clause, ...patch } });
  const a11y = useGroupSlot(name);
  return (
    <fieldset className="rounded-md border border-slate-200 p-3" data-testid={`condition-${name}`} {...a11y}>
      <legend className="px-1 font-semibold">{legend}</legend>
      <div className="grid gap-3 md:grid-cols-2">
        <div className="space-y-2">
          <label className="inline-flex min-h-8 items-center gap-2 text-sm">
            <input type="checkbox" checked={cond.unknown} onChange={(e) => onChange({ unknown: e.target.checked })} />
            {t("ws.pf.unknown")}
          </label>
          {/* The value stays in the state while unknown, but is not offered: the source says nothing. */}
          {cond.unknown ? null : <div className="space-y-2">{children}</div>}
          <SlotError slot={name} />
        </div>
        <div className="space-y-2 rounded-md bg-slate-50 p-2">
          <TextArea
            label={t("ws.pf.quote")}
            hint={t("ws.pf.quoteHint")}
            slot={`${name}.clause`}
            value={cond.clause.quote}
            onChange={(quote) => setClause({ quote })}
            rows={2}
          />
          <TextInput
            label={t("ws.pf.source")}
            hint={t("ws.pf.sourceHint")}
            slot={`${name}.clause.source`}
            type="url"
            value={cond.clause.source}
            onChange={(source) => setClause({ source })}
          />
          <SelectInput
            label={t("ws.pf.clauseKind")}
            slot={`${name}.clause.kind`}
            value={cond.clause.kind}
            onChange={(kind) => setClause({ kind: CLAUSE_KINDS.find((k) => k === kind) ?? "quote" })}
            options={CLAUSE_KINDS.map((k) => ({ value: k, label: t(`ws.pf.clauseKind.${k}`) }))}
          />
          {onLocate && cond.clause.quote.trim() ? (
            <button type="button" className="text-sm text-brand underline" onClick={onLocate}>
              {t("ws.pf.locate")}
            </button>
          ) : null}
        </div>
      </div>
    </fieldset>
  );
}
