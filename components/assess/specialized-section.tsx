"use client";

import { useState } from "react";
import { SPECIALIZED_GATES_SOURCE, specializedGates, type GateStatus, type SpecializedView } from "@/lib/assessments/specialized";
import type { ClientT } from "@/lib/i18n/format";

const figure = (text: string): number | null => {
  const n = Number(text.trim().replace(/,/g, ""));
  return text.trim() === "" || !Number.isFinite(n) || n < 0 ? null : n;
};

const MARK: Record<GateStatus, string> = { met: "✓", unmet: "✗", unknown: "?" };

/**
 * 专精特新: the digital-level criterion in one unit (points of 5 at the official level, with what the
 * next levels give), no verdict on a reference level, and a pre-check of the other gates on figures
 * the firm enters itself, each marked as its own declaration against thresholds as we read them.
 */
export function SpecializedSection({
  view,
  levelNames,
  revenueWan,
  t,
  locale,
}: {
  view: SpecializedView;
  levelNames: string[];
  revenueWan: number | null;
  t: ClientT;
  locale: "zh-CN" | "en";
}) {
  const [nicheYears, setNicheYears] = useState("");
  const [rdSpend, setRdSpend] = useState("");
  const [revenue, setRevenue] = useState(revenueWan === null ? "" : String(revenueWan));
  const [equity, setEquity] = useState("");
  const gates = specializedGates({ nicheYears: figure(nicheYears), rdSpendWan: figure(rdSpend), revenueWan: figure(revenue), equityWan: figure(equity) });
  const input = "mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base";
  return (
    <section aria-labelledby="zjtx-title" className="rounded-xl bg-surface p-4" data-testid="specialized">
      <h2 id="zjtx-title" className="font-semibold">
        {t("assess.zjtx.title")}
      </h2>
      {view.kind === "reference" ? (
        <p className="mt-1 text-sm" data-testid="specialized-digital">
          {t("assess.zjtx.reference")}
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm" data-testid="specialized-digital">
            {t("assess.zjtx.digital", { level: levelNames[view.level] ?? String(view.level), points: view.points, max: view.max })}
          </p>
          <p className="mt-1 text-sm text-muted">
            {t("assess.zjtx.byLevel", { level2: view.byLevel[2], level3: view.byLevel[3], max: view.max })} {t("assess.zjtx.estimate")}
          </p>
        </>
      )}
      <details className="mt-3">
        <summary className="cursor-pointer text-brand">{t("assess.zjtx.precheck")}</summary>
        <p className="mt-2 text-sm text-muted">{t("assess.zjtx.precheck.lead")}</p>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {(
            [
              ["nicheYears", nicheYears, setNicheYears],
              ["rdSpend", rdSpend, setRdSpend],
              ["revenue", revenue, setRevenue],
              ["equity", equity, setEquity],
            ] as const
          ).map(([key, value, set]) => (
            <div key={key}>
              <label htmlFor={`zjtx-${key}`} className="block text-sm font-medium">
                {t(`assess.zjtx.field.${key}`)}
              </label>
              <input id={`zjtx-${key}`} className={input} inputMode="decimal" value={value} onChange={(e) => set(e.target.value)} />
            </div>
          ))}
        </div>
        <ul className="mt-3 space-y-1 text-sm" aria-live="polite" data-testid="specialized-gates">
          {gates.map((g) => (
            <li key={g.key} data-status={g.status}>
              <span aria-hidden="true">{MARK[g.status]} </span>
              {g.rule[locale]}：{t(`assess.zjtx.status.${g.status}`)}
              {g.key === "rd_share" && g.figure !== null ? t("assess.zjtx.share", { share: g.figure }) : ""}
              <span className="text-muted"> · {t("assess.zjtx.declared")}</span>
            </li>
          ))}
        </ul>
        <p className="mt-2 text-xs text-muted">{SPECIALIZED_GATES_SOURCE[locale]}</p>
      </details>
    </section>
  );
}
