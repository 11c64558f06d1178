"use client";

import type { TemplateView } from "@/lib/assessments/template-view";
import type { ClientT } from "@/lib/i18n/format";
import type { AnswerValue, Figures } from "./draft-store";

interface Props {
  template: TemplateView;
  answers: Record<string, AnswerValue>;
  evidence: Record<string, Figures | null>;
  skipped: Map<string, string>;
  /** Codes with a contradiction the server flagged: marked in the list. */
  flagged: ReadonlySet<string>;
  t: ClientT;
  goTo: (code: string) => void;
}

/** The figures behind an answer, in words: "设备总数 120，数字化设备 45" or "前 3.2 → 后 2.8". */
function figuresText(q: TemplateView["questions"][number], figures: Figures | null | undefined, t: ClientT): string | null {
  if (!figures || !q.figures) return null;
  if (q.figures.kind === "ratio") {
    const a = figures[q.figures.numerator.key];
    const b = figures[q.figures.denominator.key];
    return a === undefined || b === undefined ? null : `${q.figures.denominator.label} ${b}，${q.figures.numerator.label} ${a}`;
  }
  const { before, after } = figures;
  return before === undefined || after === undefined ? null : t("assess.summary.trend", { measure: q.figures.measure, before, after });
}

function answerText(q: TemplateView["questions"][number], value: AnswerValue | undefined, t: ClientT): string {
  const codes = Array.isArray(value) ? value : value === undefined ? [] : [String(value)];
  return codes.map((c) => q.options.find((o) => o.code === c)?.label ?? c).join("、") || t("assess.summary.none");
}

/**
 * Every answer before the pledge, as the firm will be scored on it: grouped as the questionnaire is,
 * with the figures behind derived answers, skipped questions and contradictions marked, and a way
 * back to each. Folded by default on a phone-length page, open on request.
 */
export function AnswerSummary({ template, answers, evidence, skipped, flagged, t, goTo }: Props) {
  const questions = new Map(template.questions.map((q) => [q.code, q]));
  const scenes = new Map(template.scenes.map((s) => [s.code, s]));
  const item = (code: string, label: string, text: string, note: string | null) => (
    <li key={code} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 border-b border-slate-100 py-2 last:border-0">
      <span className="min-w-0 flex-1">
        <span className="text-slate-500">{label}</span>
        <span className="block font-medium text-ink">{text}</span>
        {note ? <span className="block text-xs text-slate-500">{note}</span> : null}
        {flagged.has(code) ? <span className="block text-xs text-amber-800">{t("assess.summary.flagged")}</span> : null}
      </span>
      <button type="button" className="text-sm text-brand underline" onClick={() => goTo(code)} aria-label={t("assess.summary.changeOne", { item: label })}>
        {t("assess.summary.change")}
      </button>
    </li>
  );
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4" data-testid="answer-summary">
      <summary className="cursor-pointer font-semibold">{t("assess.summary.title", { count: template.questions.length + template.scenes.length })}</summary>
      {template.steps.map((step) =>
        step.kind === "review" ? null : (
          <section key={step.key} aria-label={step.title} className="mt-3">
            <h3 className="text-sm font-semibold text-slate-700">{step.title}</h3>
            <ul className="text-sm">
              {step.items.map((code) => {
                const q = questions.get(code);
                if (q)
                  return item(
                    code,
                    q.label,
                    skipped.has(code) ? t("assess.summary.skipped", { reason: skipped.get(code)! }) : answerText(q, answers[code], t),
                    figuresText(q, evidence[code], t),
                  );
                const s = scenes.get(code);
                if (!s) return null;
                const level = typeof answers[code] === "number" ? (answers[code] as number) : null;
                const text =
                  level === null
                    ? t("assess.summary.none")
                    : level === 0
                      ? t("assess.summary.notDone")
                      : `${t("assess.summary.level", { level })} · ${s.ladder[level]}`;
                return item(code, s.label, text, null);
              })}
            </ul>
          </section>
        ),
      )}
    </details>
  );
}
