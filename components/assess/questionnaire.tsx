"use client";

import { useEffect, useMemo, useRef } from "react";
import type { TemplateView } from "@/lib/assessments/template-view";
import { clientTranslator, type ClientT } from "@/lib/i18n/format";
import type { AnswerValue } from "./draft-store";
import { embedPath, postToHost, type EmbedContext } from "../embed/host-bridge";
import { LoadFailureNotice } from "../client/load-failure";
import { QuestionField } from "./question-field";
import { SaveBar, StepButtons, StepNav } from "./questionnaire-parts";
import { ResumeLink } from "./resume-link";
import { QuestionEvidence, useEvidence } from "./question-evidence";
import { ReviewStep } from "./review-step";
import { SceneField } from "./scene-field";
import { useDraft, type DraftState } from "./use-draft";

/** An answer contradiction the server found in the draft (see scoring/engine/warnings.ts). */
export interface DraftWarning {
  code: string;
  questions: string[];
  message: { "zh-CN": string; en: string };
}

export interface QuestionnaireProps {
  id: string;
  locale: "zh-CN" | "en";
  messages: Record<string, string>;
  /** Inside a portal's page: result inside the embed routes, steps told to the host. */
  embed?: EmbedContext;
}

const answered = (v: AnswerValue | undefined) => v !== undefined && (!Array.isArray(v) || v.length > 0);

/**
 * Questions a skip rule fills, for display and for what counts as answered: only those left
 * unanswered (an answer given stays the firm's, as the server scores it).
 */
function skippedReasons(template: TemplateView, answers: Record<string, AnswerValue>): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of template.skipRules) {
    const v = answers[r.when.question];
    if (!answered(answers[r.question]) && !out.has(r.question) && typeof v === "string" && r.when.in.includes(v)) out.set(r.question, r.reason);
  }
  return out;
}

/** The questions or scenes of one step, each with its answer and how to change it. */
function StepItems({
  codes,
  kind,
  state,
  skipped,
  t,
  edit,
  evidence,
  assessmentId,
}: {
  codes: string[];
  kind: "questions" | "scenes";
  state: DraftState;
  skipped: Map<string, string>;
  t: ClientT;
  edit: Pick<ReturnType<typeof useDraft>, "setAnswer" | "setFigures" | "addTime">;
  /** On site: each question takes its evidence where it is asked. */
  evidence: ReturnType<typeof useEvidence>;
  assessmentId: string;
}) {
  const questions = new Map(state.template.questions.map((q) => [q.code, q]));
  const scenes = new Map(state.template.scenes.map((s) => [s.code, s]));
  const constrained = new Set(state.template.constrained);
  return codes.map((code) => {
    if (kind === "questions") {
      const q = questions.get(code);
      if (!q) return null;
      return (
        <div key={code}>
          <QuestionField
            q={q}
            value={state.answers[code]}
            figures={state.evidence[code]}
            skippedReason={skipped.get(code) ?? null}
            flatPercent={state.template.trendFlatPercent}
            t={t}
            onAnswer={(v) => edit.setAnswer(code, v)}
            onFigures={(f, d) => edit.setFigures(code, f, d)}
            onFocusTime={(s) => edit.addTime(code, s)}
          />
          {evidence.enabled ? <QuestionEvidence assessmentId={assessmentId} code={code} label={q.label} evidence={evidence} t={t} /> : null}
        </div>
      );
    }
    const scene = scenes.get(code);
    if (!scene) return null;
    const v = state.answers[code];
    return (
      <div key={code}>
        <SceneField
          scene={scene}
          value={typeof v === "number" ? v : undefined}
          constrained={constrained.has(code)}
          t={t}
          onAnswer={(level) => edit.setAnswer(code, level)}
        />
        {evidence.enabled ? <QuestionEvidence assessmentId={assessmentId} code={code} label={scene.label} evidence={evidence} t={t} /> : null}
      </div>
    );
  });
}

export function Questionnaire({ id, locale, messages, embed }: QuestionnaireProps) {
  const t = clientTranslator(messages);
  const resultPath = embed ? embedPath(embed, `/a/${id}/result`) : `/assess/${id}/result`;
  const draft = useDraft(id, locale, t, resultPath);
  const { token, api, state, step, setStep, autosave } = draft;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Evidence where each question is asked: a consultant on site, never inside an embed.
  const evidence = useEvidence(id, !embed && !!state?.evidenceUpload);

  // The host page follows the steps (and keeps the resume token: our storage may be partitioned).
  const stepKey = state?.template.steps[step]?.key;
  useEffect(() => {
    if (!embed || !state || !stepKey) return;
    postToHost(embed, {
      type: "shuzhen:step",
      detail: { assessmentId: id, step: stepKey, index: step, total: state.template.steps.length, resumeToken: token || null },
    });
  }, [embed, id, state, step, stepKey, token]);

  const skipped = useMemo(() => (state ? skippedReasons(state.template, state.answers) : new Map<string, string>()), [state]);
  const total = state ? state.template.questions.length + state.template.scenes.length : 0;
  const done = state
    ? [...state.template.questions.map((q) => q.code), ...state.template.scenes.map((s) => s.code)].filter((c) => skipped.has(c) || answered(state.answers[c]))
        .length
    : 0;

  function goTo(index: number, focusCode?: string) {
    if (!state) return;
    const key = state.template.steps[index]?.key;
    setStep(index);
    if (key) draft.saveStep(key);
    requestAnimationFrame(() => {
      if (focusCode) {
        const el = document.getElementById(`q-${focusCode}`);
        el?.scrollIntoView({ block: "start" });
        el?.querySelector<HTMLInputElement>("input")?.focus();
      } else {
        window.scrollTo({ top: 0 });
        headingRef.current?.focus();
      }
    });
  }

  if (draft.loadError) return <LoadFailureNotice failure={draft.loadError} t={t} embedded={!!embed} />;
  if (!state || token === null || !api) return <p aria-live="polite">{t("assess.load.loading")}</p>;

  const steps = state.template.steps;
  const current = steps[step] ?? steps[0]!;

  return (
    <div className="space-y-6" data-testid="questionnaire">
      <SaveBar
        name={state.enterprise.name}
        save={autosave.save}
        saveError={autosave.saveError}
        onRetry={() => void autosave.flush()}
        step={step}
        steps={steps.length}
        done={done}
        total={total}
        t={t}
      />
      <StepNav steps={steps} step={step} goTo={goTo} headingRef={headingRef} t={t} />

      {current.kind === "review" ? (
        <ReviewStep
          api={api}
          locale={locale}
          template={state.template}
          answers={state.answers}
          evidence={state.evidence}
          warnings={state.warnings}
          initialContext={state.context ?? {}}
          mode={state.mode}
          skipped={skipped}
          t={t}
          flush={autosave.flush}
          resultPath={resultPath}
          goTo={(code) => {
            const index = steps.findIndex((s) => (s.items as string[]).includes(code));
            if (index >= 0) goTo(index, code);
          }}
        />
      ) : (
        <StepItems codes={current.items} kind={current.kind} state={state} skipped={skipped} t={t} edit={draft} evidence={evidence} assessmentId={id} />
      )}

      <StepButtons step={step} steps={steps.length} goTo={goTo} t={t} />

      {embed ? null : <ResumeLink id={id} token={token} t={t} />}
    </div>
  );
}
