"use client";

import { useState } from "react";
import type { QuestionView } from "@/lib/assessments/template-view";
import type { ClientT } from "@/lib/i18n/format";
import { bandFor, changeOf, percentText, readableChange, readableShare, shareOf, trendFor } from "@/scoring/engine/derive";
import type { AnswerValue, Figures } from "./draft-store";

interface Props {
  q: QuestionView;
  value: AnswerValue | undefined;
  figures: Figures | undefined;
  skippedReason: string | null;
  flatPercent: number;
  t: ClientT;
  onAnswer: (value: AnswerValue) => void;
  onFigures: (figures: Figures | null, derived: string | null) => void;
  onFocusTime: (seconds: number) => void;
}

/** A figure as typed (thousands separators allowed); shown back by its shortest decimal form. */
const parseFigure = (text: string) => Number(text.replace(/,/g, ""));

/** What the figures give, in the engine's exact arithmetic, whatever option is ticked; null until both are typed. */
function figuresExplanation(q: Props["q"], figureKeys: string[], texts: Record<string, string>, flatPercent: number, t: ClientT): string | null {
  if (!q.figures) return null;
  const nums = figureKeys.map((k) => parseFigure(texts[k] ?? ""));
  if (figureKeys.some((k) => (texts[k] ?? "").trim() === "") || nums.some((n) => !Number.isFinite(n) || n < 0)) return null;
  const [a = 0, b = 0] = nums;
  if (q.figures.kind === "ratio") {
    if (b === 0) return t("assess.q.figures.invalid");
    if (!q.figures.allowAbove100 && a > b)
      return t("assess.q.figures.tooMany", { numerator: q.figures.numerator.label, denominator: q.figures.denominator.label });
    const bands = q.options.map((o) => ({ code: o.code, label: o.label, min: o.min ?? 0, max: o.max ?? 100 }));
    const share = shareOf(a, b);
    const band = bandFor(bands, a, b);
    return t("assess.q.figures.derived", {
      explanation: `${String(a)} ÷ ${String(b)} ${percentText(readableShare(bands, share), { equation: true })} → ${band?.label ?? ""}`,
    });
  }
  const figures = q.figures;
  const option = q.options.find((o) => o.code === trendFor(a, b, figures.better, flatPercent));
  const change = changeOf(a, b);
  const shown = change === null ? "" : ` (${percentText(readableChange(change, flatPercent), { signed: true })})`;
  return t("assess.q.figures.derived", { explanation: `${String(a)} → ${String(b)}${shown} → ${option?.label ?? ""}` });
}

/** One scored question as native radios or checkboxes in a fieldset, with help and optional figures. */
export function QuestionField({ q, value, figures, skippedReason, flatPercent, t, onAnswer, onFigures, onFocusTime }: Props) {
  const [focusAt, setFocusAt] = useState<number | null>(null);
  const figureKeys = q.figures?.kind === "ratio" ? [q.figures.numerator.key, q.figures.denominator.key] : q.figures ? ["before", "after"] : [];
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(figureKeys.map((k) => [k, figures?.[k] !== undefined ? String(figures[k]) : ""])),
  );

  function figuresChanged(next: Record<string, string>) {
    setTexts(next);
    const nums = figureKeys.map((k) => parseFigure(next[k] ?? ""));
    if (figureKeys.every((k) => (next[k] ?? "").trim() === "")) return onFigures(null, null);
    if (nums.some((n, i) => !Number.isFinite(n) || n < 0 || (next[figureKeys[i]!] ?? "").trim() === "")) return;
    const [a = 0, b = 0] = nums;
    if (q.figures?.kind === "ratio") {
      if (b === 0 || (!q.figures.allowAbove100 && a > b)) return;
      const band = bandFor(
        q.options.map((o) => ({ code: o.code, min: o.min ?? 0, max: o.max ?? 100 })),
        a,
        b,
      );
      onFigures({ [figureKeys[0]!]: a, [figureKeys[1]!]: b }, band?.code ?? null);
    } else if (q.figures?.kind === "trend") {
      onFigures({ before: a, after: b }, trendFor(a, b, q.figures.better, flatPercent));
    }
  }

  const selected = new Set(Array.isArray(value) ? value : typeof value === "string" ? [value] : []);
  const helpId = `help-${q.code}`;
  const derivedText = figuresExplanation(q, figureKeys, texts, flatPercent, t);

  return (
    <fieldset
      id={`q-${q.code}`}
      className="scroll-mt-24 rounded-xl border border-slate-200 p-4 sm:p-5"
      aria-describedby={helpId}
      onFocus={() => setFocusAt((v) => v ?? Date.now())}
      onBlur={(e) => {
        if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
        if (focusAt) onFocusTime(Math.min(300, (Date.now() - focusAt) / 1000));
        setFocusAt(null);
      }}
      data-question={q.code}
    >
      <legend className="px-1 text-base font-semibold leading-snug">{q.label}</legend>
      <p className="mt-1 text-xs text-muted">
        {q.indicator} · {t("assess.q.max", { max: q.max })} · {q.kind === "multi" ? t("assess.q.multi") : t("assess.q.single")}
      </p>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand">{t("assess.q.help")}</summary>
        <p id={helpId} className="mt-1 text-muted">
          {q.meaning} {t("assess.q.evidence", { text: q.evidenceHint })}
        </p>
      </details>
      {skippedReason ? (
        <p className="mt-3 rounded-md bg-surface p-3 text-sm text-muted">{t("assess.q.skipped", { reason: skippedReason })}</p>
      ) : (
        <AnswerOptions q={q} selected={selected} onAnswer={onAnswer} />
      )}
      {q.figures && !skippedReason ? (
        <FiguresInput q={q} figureKeys={figureKeys} texts={texts} onTexts={figuresChanged} open={figures !== undefined} derivedText={derivedText} t={t} />
      ) : null}
    </fieldset>
  );
}

/** The question's options: radios for a single choice, checkboxes for a multiple one (its "none" option excludes the others). */
function AnswerOptions({ q, selected, onAnswer }: Pick<Props, "q" | "onAnswer"> & { selected: Set<string> }) {
  return (
    <div className="mt-3 space-y-2">
      {q.options.map((o) => {
        const id = `${q.code}-${o.code}`;
        const checked = selected.has(o.code);
        return (
          <label
            key={o.code}
            htmlFor={id}
            className={`flex cursor-pointer items-start gap-3 rounded-md border px-3 py-2 ${checked ? "border-brand bg-blue-50" : "border-slate-200"}`}
          >
            <input
              id={id}
              type={q.kind === "multi" ? "checkbox" : "radio"}
              name={q.code}
              value={o.code}
              checked={checked}
              className="mt-1 h-5 w-5 shrink-0 accent-[var(--color-brand)]"
              onChange={(e) => {
                if (q.kind !== "multi") return onAnswer(o.code);
                let next = [...selected];
                if (e.target.checked) next = o.code === q.none ? [o.code] : [...next.filter((c) => c !== q.none), o.code];
                else next = next.filter((c) => c !== o.code);
                onAnswer(next);
              }}
            />
            <span className="text-sm leading-relaxed">{o.label}</span>
          </label>
        );
      })}
    </div>
  );
}

/** The figures behind the answer (a ratio's two counts, or a trend's before and after), and what they give. */
function FiguresInput({
  q,
  figureKeys,
  texts,
  onTexts,
  open,
  derivedText,
  t,
}: {
  q: QuestionView;
  figureKeys: string[];
  texts: Record<string, string>;
  onTexts: (next: Record<string, string>) => void;
  open: boolean;
  derivedText: string | null;
  t: ClientT;
}) {
  return (
    <details className="mt-3 rounded-md bg-surface p-3 text-sm" open={open}>
      <summary className="cursor-pointer font-medium">{t("assess.q.figures")}</summary>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        {figureKeys.map((k, i) => {
          const label =
            q.figures?.kind === "ratio"
              ? i === 0
                ? q.figures.numerator.label
                : q.figures.denominator.label
              : t(i === 0 ? "assess.q.figures.before" : "assess.q.figures.after", { measure: q.figures?.kind === "trend" ? q.figures.measure : "" });
          return (
            <div key={k}>
              <label htmlFor={`${q.code}-fig-${k}`} className="block text-sm">
                {label}
              </label>
              <input
                id={`${q.code}-fig-${k}`}
                inputMode="decimal"
                className="mt-1 w-full rounded-md border border-slate-400 px-3 py-2"
                value={texts[k] ?? ""}
                onChange={(e) => onTexts({ ...texts, [k]: e.target.value })}
              />
            </div>
          );
        })}
      </div>
      <p className="mt-2 text-sm" aria-live="polite" data-testid={`derived-${q.code}`}>
        {derivedText}
      </p>
    </details>
  );
}
