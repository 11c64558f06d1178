"use client";

import { useEffect, useState } from "react";
import type { TemplateView } from "@/lib/assessments/template-view";
import type { ClientT } from "@/lib/i18n/format";
import { inCurrentPortal } from "@/lib/tenants/site-path";
import type { Locale } from "../client/api";
import { loadFailure, useAssessment, type LoadFailure } from "../client/hooks";
import { readPending, writePending, type AnswerValue, type Figures } from "./draft-store";
import type { DraftWarning } from "./questionnaire";
import type { AssessmentMode, FirmContext } from "./review-step";
import { useAutosave } from "./use-autosave";

export interface DraftState {
  status: "draft" | "submitted";
  answers: Record<string, AnswerValue>;
  evidence: Record<string, Figures>;
  currentStep: string | null;
  context?: FirmContext;
  mode: AssessmentMode;
  /** Files may be attached to answers (an on-site visit, a project's re-assessment). */
  evidenceUpload: boolean;
  enterprise: { name: string };
  template: TemplateView;
  warnings: DraftWarning[];
}

/**
 * A draft assessment being answered: loaded with the resume token (a submitted one opens its result),
 * merged with changes this device has not saved yet, edited locally and saved by `useAutosave`.
 */
export function useDraft(id: string, locale: Locale, t: ClientT, resultPath: string) {
  const { token, api } = useAssessment(id, locale);
  const [state, setState] = useState<DraftState | null>(null);
  const [loadError, setLoadError] = useState<LoadFailure | null>(null);
  const [step, setStep] = useState(0);
  const autosave = useAutosave(id, api, (warnings) => setState((s) => (s ? { ...s, warnings } : s)));
  const { pending, schedule } = autosave;

  // Load: the server state, then any unsaved local changes.
  useEffect(() => {
    if (!api) return;
    void api.state().then((r) => {
      if (!r.ok) return setLoadError(loadFailure(t, token, r.error));
      const data = r.data;
      if (data.status === "submitted") return window.location.replace(inCurrentPortal(resultPath));
      const local = readPending(id);
      // Stored answers are what the questionnaire wrote: option codes, lists of them, scene levels.
      const answers = { ...(data.answers as Record<string, AnswerValue>) };
      const evidence = { ...(data.evidence as Record<string, Figures>) };
      if (local) {
        for (const [k, v] of Object.entries(local.answers))
          if (v === null) delete answers[k];
          else answers[k] = v;
        for (const [k, v] of Object.entries(local.evidence))
          if (v === null) delete evidence[k];
          else evidence[k] = v;
        pending.current = local;
      }
      setState({ ...data, answers, evidence, warnings: data.warnings ?? [] });
      const stepKey = local?.currentStep ?? data.currentStep;
      const index = data.template.steps.findIndex((s) => s.key === stepKey);
      setStep(index >= 0 ? index : 0);
    });
    // Load once per assessment; the translator's messages do not change on a page.
  }, [api]);

  function setAnswer(code: string, value: AnswerValue) {
    setState((s) => (s ? { ...s, answers: { ...s.answers, [code]: value } } : s));
    pending.current.answers[code] = value;
    // A directly chosen answer replaces figures entered before (the server drops them too).
    if (state?.evidence[code]) {
      setState((s) => {
        if (!s) return s;
        const evidence = { ...s.evidence };
        delete evidence[code];
        return { ...s, evidence };
      });
    }
    delete pending.current.evidence[code];
    schedule();
  }

  function setFigures(code: string, figures: Figures | null, derived: string | null) {
    setState((s) => {
      if (!s) return s;
      const evidence = { ...s.evidence };
      if (figures) evidence[code] = figures;
      else delete evidence[code];
      const answers = derived ? { ...s.answers, [code]: derived } : s.answers;
      return { ...s, evidence, answers };
    });
    pending.current.evidence[code] = figures;
    delete pending.current.answers[code];
    schedule();
  }

  function addTime(code: string, seconds: number) {
    if (seconds < 0.5) return;
    pending.current.timings[code] = (pending.current.timings[code] ?? 0) + seconds;
    writePending(id, pending.current);
  }

  /** The step shown is saved with the draft, to reopen there. */
  function saveStep(key: string) {
    pending.current.currentStep = key;
    schedule();
  }

  return { token, api, state, loadError, step, setStep, autosave, setAnswer, setFigures, addTime, saveStep };
}
