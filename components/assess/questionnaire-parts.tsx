"use client";

import type { RefObject } from "react";
import type { StepView } from "@/lib/assessments/template-view";
import type { ClientT } from "@/lib/i18n/format";
import type { SaveState } from "./use-autosave";

/** The sticky bar above the questions: the firm, whether the draft is saved, and progress. */
export function SaveBar({
  name,
  save,
  saveError,
  onRetry,
  step,
  steps,
  done,
  total,
  t,
}: {
  name: string;
  save: SaveState;
  saveError: string | null;
  onRetry: () => void;
  step: number;
  steps: number;
  done: number;
  total: number;
  t: ClientT;
}) {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <span className="font-medium">{name}</span>
        <span
          role="status"
          aria-live="polite"
          data-testid="save-status"
          data-state={save}
          className={save === "saved" ? "text-emerald-700" : save === "saving" ? "text-muted" : "text-red-700"}
        >
          {save === "saved"
            ? `✓ ${t("assess.save.saved")}`
            : save === "saving"
              ? t("assess.save.saving")
              : save === "offline"
                ? t("assess.save.offline")
                : t("assess.save.failed", { message: saveError ?? "" })}
          {save === "failed" || save === "offline" ? (
            <button type="button" onClick={onRetry} className="ml-2 underline">
              {t("assess.save.retry")}
            </button>
          ) : null}
        </span>
      </div>
      <div className="mt-2" data-testid="progress">
        <div className="flex justify-between text-xs text-muted">
          <span>{t("assess.q.step", { n: step + 1, total: steps })}</span>
          <span>{t("assess.q.progress", { answered: done, total, percent })}</span>
        </div>
        <div
          className="mt-1 h-2 overflow-hidden rounded bg-slate-200"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-label={t("assess.q.progress", { answered: done, total, percent })}
        >
          <div className="h-full bg-brand transition-all" style={{ width: `${percent}%` }} />
        </div>
      </div>
    </div>
  );
}

/** The steps as buttons, the current one marked; then the step's title, which takes focus on a change. */
export function StepNav({
  steps,
  step,
  goTo,
  headingRef,
  t,
}: {
  steps: StepView[];
  step: number;
  goTo: (index: number) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  t: ClientT;
}) {
  const current = steps[step] ?? steps[0];
  return (
    <>
      <nav aria-label={t("assess.q.step", { n: step + 1, total: steps.length })} className="-mx-1 flex gap-1 overflow-x-auto pb-1 text-xs">
        {steps.map((s, i) => (
          <button
            key={s.key}
            type="button"
            onClick={() => goTo(i)}
            aria-current={i === step ? "step" : undefined}
            className={`shrink-0 rounded-full border px-3 py-1 ${i === step ? "border-brand bg-brand text-white" : "border-slate-300 text-ink"}`}
          >
            {i + 1}. {s.title}
          </button>
        ))}
      </nav>

      <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold outline-none" data-testid="step-title">
        {current?.title}
      </h2>
    </>
  );
}

/** Back and forward between steps (forward becomes "to review" before the last one). */
export function StepButtons({ step, steps, goTo, t }: { step: number; steps: number; goTo: (index: number) => void; t: ClientT }) {
  return (
    <div className="flex justify-between gap-3 border-t border-slate-200 pt-4">
      <button type="button" onClick={() => goTo(step - 1)} disabled={step === 0} className="rounded-md border border-slate-300 px-4 py-2 disabled:opacity-40">
        {t("assess.q.prev")}
      </button>
      {step < steps - 1 ? (
        <button
          type="button"
          onClick={() => goTo(step + 1)}
          id="next-step-button"
          className="rounded-md bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-strong"
          data-testid="next-step"
        >
          {step === steps - 2 ? t("assess.q.toReview") : t("assess.q.next")}
        </button>
      ) : null}
    </div>
  );
}
