"use client";

import { useState } from "react";
import type { TemplateView } from "@/lib/assessments/template-view";
import type { ClientT } from "@/lib/i18n/format";
import type { AssessmentApi } from "../client/api";
import { AnswerSummary } from "./answer-summary";
import type { AnswerValue, Figures } from "./draft-store";
import type { DraftWarning } from "./questionnaire";
import { inCurrentPortal } from "@/lib/tenants/site-path";

export interface FirmContext {
  description?: string;
  painPoints?: string;
  /** A consultant's visit: the people met, for the report's 调研记录. */
  visitPeople?: string;
}

/** Who answers the questionnaire (as the server states it). */
export type AssessmentMode = "self" | "consultant_onsite" | "consultant_remote" | "embed";

interface Props {
  /** Where the result opens after submitting (inside the embed routes when embedded). */
  resultPath: string;
  api: AssessmentApi;
  locale: "zh-CN" | "en";
  template: TemplateView;
  answers: Record<string, AnswerValue>;
  /** Figures behind derived answers, shown in the summary of answers. */
  evidence: Record<string, Figures | null>;
  /** The draft's contradictions as the server last saw them: shown before the pledge. */
  warnings: DraftWarning[];
  initialContext: FirmContext;
  mode: AssessmentMode;
  skipped: Map<string, string>;
  t: ClientT;
  flush: () => Promise<boolean>;
  goTo: (code: string) => void;
}

const answered = (v: AnswerValue | undefined) => v !== undefined && (!Array.isArray(v) || v.length > 0);

/** Unanswered and contradictory answers with links to them, the pledge, and the (idempotent) submit. */
export function ReviewStep({ api, locale, template, answers, evidence, warnings, initialContext, mode, skipped, t, flush, goTo, resultPath }: Props) {
  // Only a consultant meets people at the firm; a firm answering for itself is not asked whom it met.
  const visit = mode === "consultant_onsite" || mode === "consultant_remote";
  const [pledge, setPledge] = useState(false);
  const [context, setContext] = useState<FirmContext>(initialContext);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const labels = new Map<string, string>([
    ...template.questions.map((q) => [q.code, q.label] as const),
    ...template.scenes.map((s) => [s.code, s.label] as const),
  ]);
  const missing = [...template.questions.map((q) => q.code), ...template.scenes.map((s) => s.code)].filter((c) => !skipped.has(c) && !answered(answers[c]));

  async function submit() {
    setError(null);
    if (!pledge) return setError(t("assess.review.needPledge"));
    if (missing.length > 0) return setError(t("assess.review.needAnswers"));
    setBusy(true);
    await flush();
    const changed = (["description", "painPoints", "visitPeople"] as const).some((k) => context[k] !== initialContext[k]);
    if (changed) {
      const saved = await api.patch({
        context: {
          description: context.description ?? "",
          painPoints: context.painPoints ?? "",
          ...(visit ? { visitPeople: context.visitPeople ?? "" } : {}),
        },
      });
      if (!saved.ok) {
        setError(saved.status === 0 ? t("assess.errors.network") : saved.error.message);
        setBusy(false);
        return;
      }
    }
    const response = await api.submit();
    if (response.ok) {
      window.location.assign(inCurrentPortal(resultPath));
      return;
    }
    setError(response.status === 0 ? t("assess.errors.network") : response.error.message);
    setBusy(false);
  }

  return (
    <div className="space-y-6" data-testid="review">
      <MissingAnswers missing={missing} labels={labels} t={t} goTo={goTo} />
      {warnings.length > 0 ? <AnswerWarnings warnings={warnings} locale={locale} t={t} goTo={goTo} /> : null}
      <AnswerSummary
        template={template}
        answers={answers}
        evidence={evidence}
        skipped={skipped}
        flagged={new Set(warnings.flatMap((w) => w.questions))}
        t={t}
        goTo={goTo}
      />
      <ContextFieldset context={context} onChange={setContext} visit={visit} t={t} />
      <div className="rounded-xl border border-slate-300 p-4">
        <label htmlFor="pledge" className="flex items-start gap-3 text-sm leading-relaxed">
          <input id="pledge" type="checkbox" checked={pledge} onChange={(e) => setPledge(e.target.checked)} className="mt-1 h-5 w-5 shrink-0" />
          <span>{t("assess.review.pledge")}</span>
        </label>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <button
        id="submit-button"
        type="button"
        onClick={() => void submit()}
        disabled={busy}
        className="w-full rounded-lg bg-brand px-6 py-3 font-semibold text-white hover:bg-brand-strong disabled:opacity-60 sm:w-auto"
        data-testid="submit"
      >
        {busy ? t("assess.review.submitting") : t("assess.review.submit")}
      </button>
    </div>
  );
}

/** The questions and scenes still unanswered (not skipped), each with a link to it. */
function MissingAnswers({ missing, labels, t, goTo }: { missing: string[]; labels: Map<string, string>; t: ClientT; goTo: (code: string) => void }) {
  return (
    <section aria-labelledby="missing-title">
      <h3 id="missing-title" className="font-semibold">
        {missing.length > 0 ? t("assess.review.missing", { count: missing.length }) : t("assess.review.allAnswered")}
      </h3>
      {missing.length > 0 ? (
        <ul className="mt-2 space-y-1 text-sm">
          {missing.map((code) => (
            <li key={code} className="flex items-center justify-between gap-3 rounded-md border border-slate-200 px-3 py-2">
              <span>{labels.get(code) ?? code}</span>
              <button type="button" className="shrink-0 text-brand underline" onClick={() => goTo(code)}>
                {t("assess.review.goTo")}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** The draft's contradictions as the server last saw them, each with a link to its first question. */
function AnswerWarnings({ warnings, locale, t, goTo }: Pick<Props, "warnings" | "locale" | "t" | "goTo">) {
  return (
    <section aria-labelledby="inconsistent-title" data-testid="answer-warnings">
      <h3 id="inconsistent-title" className="font-semibold">
        {t("assess.review.inconsistent")}
      </h3>
      <p className="mt-1 text-sm text-muted">{t("assess.review.inconsistentHint")}</p>
      <ul className="mt-2 space-y-1 text-sm">
        {warnings.map((w) => (
          <li
            key={`${w.code}:${w.questions.join(",")}`}
            className="flex items-center justify-between gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2"
            data-warning={w.code}
          >
            <span>{w.message[locale]}</span>
            {w.questions[0] ? (
              <button type="button" className="shrink-0 text-brand underline" onClick={() => goTo(w.questions[0]!)}>
                {t("assess.review.check")}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the firm does and what troubles it, in its own words (optional; saved before submitting). */
function ContextFieldset({ context, onChange, visit, t }: { context: FirmContext; onChange: (next: FirmContext) => void; visit: boolean; t: ClientT }) {
  return (
    <fieldset className="space-y-3 rounded-xl border border-slate-200 p-4">
      <legend className="px-1 font-semibold">{t("assess.context.title")}</legend>
      <p className="text-sm text-muted">{t("assess.context.hint")}</p>
      <label className="block text-sm">
        <span className="font-medium">{t("assess.context.description")}</span>
        <textarea
          name="description"
          maxLength={1000}
          rows={2}
          value={context.description ?? ""}
          onChange={(e) => onChange({ ...context, description: e.target.value })}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
        />
      </label>
      <label className="block text-sm">
        <span className="font-medium">{t("assess.context.painPoints")}</span>
        <textarea
          name="painPoints"
          maxLength={1000}
          rows={2}
          value={context.painPoints ?? ""}
          onChange={(e) => onChange({ ...context, painPoints: e.target.value })}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
        />
      </label>
      {visit ? (
        <label className="block text-sm">
          <span className="font-medium">{t("assess.context.visitPeople")}</span>
          <textarea
            name="visitPeople"
            maxLength={300}
            rows={2}
            value={context.visitPeople ?? ""}
            onChange={(e) => onChange({ ...context, visitPeople: e.target.value })}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
            data-testid="visit-people"
          />
        </label>
      ) : null}
    </fieldset>
  );
}
