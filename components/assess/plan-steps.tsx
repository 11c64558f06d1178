"use client";

import type { Plan } from "@/lib/recommendations/plan";
import { colon, enumSeparator } from "@/lib/i18n/localized";
import type { PlanProps } from "./plan-section";

/** A plan's steps: what changes, the solutions bought for it, and others to compare. */
export function PlanSteps({ plan, view, template, locale, t }: PlanProps) {
  const label = (code: string) =>
    template.questions.find((q) => q.code === code)?.label.replace(/[？?]\s*$/, "") ?? template.scenes.find((s) => s.code === code)?.label ?? code;
  const optionLabels = (code: string, value: Plan["steps"][number]["from"]) => {
    const q = template.questions.find((x) => x.code === code);
    const codes = Array.isArray(value) ? value : value === null ? [] : [String(value)];
    return codes.map((c) => q?.options.find((o) => o.code === c)?.label ?? c).join(enumSeparator(locale));
  };
  const change = (step: Plan["steps"][number]) => {
    if (step.kind === "scene") return t("assess.plan.sceneStep", { from: String(step.from), to: String(step.to) });
    if (Array.isArray(step.to)) {
      const before = new Set(Array.isArray(step.from) ? step.from : []);
      return `+ ${optionLabels(
        step.code,
        step.to.filter((o) => !before.has(o)),
      )}`;
    }
    return `${step.from === null ? t("assess.r.path.none") : optionLabels(step.code, step.from)} → ${optionLabels(step.code, step.to)}`;
  };
  return (
    <ol className="space-y-3">
      {plan.steps.map((step) => {
        const chosen = step.solutionIds.map((id) => view.solutions[id]).filter((s) => s !== undefined);
        return (
          <li key={step.code} className="rounded-xl border border-slate-200 p-4 text-sm">
            <p className="font-medium">
              {label(step.code)}
              {colon(locale)}
              {change(step)}
            </p>
            {chosen.map((s) => (
              <p key={s.id} className="mt-1">
                {t("assess.plan.recommended", { name: s.name[locale], provider: s.provider.name[locale] })}
              </p>
            ))}
            <details className="mt-2">
              <summary className="cursor-pointer text-brand">{t("assess.plan.compare")}</summary>
              <ul className="mt-2 space-y-2">
                {step.candidates.map((c) => {
                  const s = view.solutions[c.id];
                  if (!s) return null;
                  return (
                    <li key={c.id} className="rounded-md border border-slate-100 p-2">
                      <p className="font-medium">
                        {s.name[locale]} · {s.provider.name[locale]}
                        {s.xiaokuaiqingzhun ? (
                          <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-900">{t("assess.plan.xkqz")}</span>
                        ) : null}
                      </p>
                      <p className="text-muted">{s.description[locale]}</p>
                      <p className="text-muted">
                        {t("assess.plan.price", {
                          a: s.price.oneOff.min,
                          b: s.price.oneOff.max,
                          c: s.price.yearly.min,
                          d: s.price.yearly.max,
                          w1: s.durationWeeks.min,
                          w2: s.durationWeeks.max,
                        })}
                      </p>
                    </li>
                  );
                })}
              </ul>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
