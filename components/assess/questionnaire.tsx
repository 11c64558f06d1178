"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { TemplateView } from "@/lib/assessments/template-view";
import { clientTranslator } from "@/lib/i18n/format";
import { accessHeaders, emptyPending, isEmpty, readPending, readToken, settle, writePending, type AnswerValue, type Figures, type Pending } from "./draft-store";
import { embedPath, postToHost, type EmbedContext } from "../embed/host-bridge";
import { QuestionField } from "./question-field";
import { ResumeLink } from "./resume-link";
import { ReviewStep, type FirmContext } from "./review-step";
import { SceneField } from "./scene-field";
import { inCurrentPortal } from "@/lib/tenants/site-path";

/** An answer contradiction the server found in the draft (see scoring/engine/warnings.ts). */
export interface DraftWarning {
  code: string;
  questions: string[];
  message: { "zh-CN": string; en: string };
}

interface State {
  status: "draft" | "submitted";
  answers: Record<string, AnswerValue>;
  evidence: Record<string, Figures>;
  currentStep: string | null;
  context?: FirmContext;
  enterprise: { name: string };
  template: TemplateView;
  warnings: DraftWarning[];
}

type SaveState = "saved" | "saving" | "offline" | "failed";

export interface QuestionnaireProps {
  id: string;
  locale: "zh-CN" | "en";
  messages: Record<string, string>;
  /** Inside a portal's page: result inside the embed routes, steps told to the host. */
  embed?: EmbedContext;
}

const DEBOUNCE_MS = 600;

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

export function Questionnaire({ id, locale, messages, embed }: QuestionnaireProps) {
  const t = clientTranslator(messages);
  const [token, setToken] = useState<string | null>(null);
  const [state, setState] = useState<State | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [step, setStep] = useState(0);
  const [save, setSave] = useState<SaveState>("saved");
  const [saveError, setSaveError] = useState<string | null>(null);
  const pending = useRef<Pending>(emptyPending());
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retryDelay = useRef(2000);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultPath = embed ? embedPath(embed, `/a/${id}/result`) : `/assess/${id}/result`;

  // The host page follows the steps (and keeps the resume token: our storage may be partitioned).
  const stepKey = state?.template.steps[step]?.key;
  useEffect(() => {
    if (!embed || !state || !stepKey) return;
    postToHost(embed, { type: "shuzhen:step", detail: { assessmentId: id, step: stepKey, index: step, total: state.template.steps.length, resumeToken: token || null } });
  }, [embed, id, state, step, stepKey, token]);

  const flush = useCallback(async (): Promise<boolean> => {
    if (token === null || inFlight.current) return false;
    if (isEmpty(pending.current)) {
      setSave("saved");
      return true;
    }
    const sent: Pending = JSON.parse(JSON.stringify(pending.current)) as Pending;
    inFlight.current = true;
    setSave("saving");
    try {
      const body: Record<string, unknown> = {};
      if (Object.keys(sent.answers).length) body.answers = sent.answers;
      if (Object.keys(sent.evidence).length) body.evidence = sent.evidence;
      if (Object.keys(sent.timings).length) body.timings = Object.fromEntries(Object.entries(sent.timings).map(([k, v]) => [k, Math.round(v)]));
      if (sent.currentStep) body.currentStep = sent.currentStep;
      const response = await fetch(`/api/assessments/${id}?lang=${locale}`, {
        method: "PATCH",
        headers: { "content-type": "application/json", ...accessHeaders(token) },
        body: JSON.stringify(body),
      });
      if (response.ok) {
        const saved = (await response.json().catch(() => ({}))) as { warnings?: DraftWarning[] };
        if (saved.warnings) {
          const warnings = saved.warnings;
          setState((s) => (s ? { ...s, warnings } : s));
        }
        pending.current = settle(pending.current, sent);
        writePending(id, pending.current);
        retryDelay.current = 2000;
        setSave(isEmpty(pending.current) ? "saved" : "saving");
        setSaveError(null);
        inFlight.current = false;
        if (!isEmpty(pending.current)) void flush();
        return true;
      }
      const data = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
      inFlight.current = false;
      if (response.status >= 500) throw new Error(data.error?.message ?? String(response.status));
      // Rejected by the server: keep the local copy and say why; nothing already saved is touched.
      setSave("failed");
      setSaveError(data.error?.message ?? String(response.status));
      return false;
    } catch {
      inFlight.current = false;
      setSave("offline");
      const delay = retryDelay.current;
      retryDelay.current = Math.min(30_000, delay * 2);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
      return false;
    }
  }, [id, locale, token]);

  const schedule = useCallback(() => {
    writePending(id, pending.current);
    setSave("saving");
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
  }, [flush, id]);

  // Load: token from the link (or this device), the server state, then any unsaved local changes.
  useEffect(() => {
    // No token on this device: a signed-in owner or consultant opens it with their session.
    const found = readToken(id) ?? "";
    if (window.location.hash) history.replaceState(null, "", window.location.pathname + window.location.search);
    setToken(found);
    fetch(`/api/assessments/${id}?lang=${locale}`, { headers: accessHeaders(found) })
      .then(async (r) => {
        const data = (await r.json()) as State & { error?: { message: string } };
        if (!r.ok) throw new Error(!found && r.status === 401 ? t("assess.load.noToken") : (data.error?.message ?? String(r.status)));
        if (data.status === "submitted") {
          window.location.replace(inCurrentPortal(resultPath));
          return;
        }
        const local = readPending(id);
        const answers = { ...data.answers };
        const evidence = { ...data.evidence };
        if (local) {
          for (const [k, v] of Object.entries(local.answers)) if (v === null) delete answers[k]; else answers[k] = v;
          for (const [k, v] of Object.entries(local.evidence)) if (v === null) delete evidence[k]; else evidence[k] = v;
          pending.current = local;
        }
        setState({ ...data, answers, evidence, warnings: data.warnings ?? [] });
        const stepKey = local?.currentStep ?? data.currentStep;
        const index = data.template.steps.findIndex((s) => s.key === stepKey);
        setStep(index >= 0 ? index : 0);
      })
      .catch((e: unknown) => setLoadError(t("assess.load.error", { message: e instanceof Error ? e.message : String(e) })));
    // Load once per assessment; the translator's messages do not change on a page.
  }, [id, locale]);

  // Unsaved local changes from an earlier visit go out as soon as the token is known.
  useEffect(() => {
    if (token !== null && !isEmpty(pending.current)) void flush();
  }, [token, flush]);

  useEffect(() => {
    const online = () => void flush();
    const hide = () => {
      if (document.visibilityState === "hidden") void flush();
    };
    window.addEventListener("online", online);
    document.addEventListener("visibilitychange", hide);
    return () => {
      window.removeEventListener("online", online);
      document.removeEventListener("visibilitychange", hide);
    };
  }, [flush]);

  const skipped = useMemo(() => (state ? skippedReasons(state.template, state.answers) : new Map<string, string>()), [state]);
  const total = state ? state.template.questions.length + state.template.scenes.length : 0;
  const done = state
    ? [...state.template.questions.map((q) => q.code), ...state.template.scenes.map((s) => s.code)].filter((c) => skipped.has(c) || answered(state.answers[c])).length
    : 0;

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

  function goTo(index: number, focusCode?: string) {
    if (!state) return;
    const key = state.template.steps[index]?.key;
    setStep(index);
    if (key) {
      pending.current.currentStep = key;
      schedule();
    }
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

  if (loadError) {
    return (
      <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-800">
        {loadError}
      </p>
    );
  }
  if (!state || token === null) return <p aria-live="polite">{t("assess.load.loading")}</p>;

  const steps = state.template.steps;
  const current = steps[step] ?? steps[0]!;
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  const questions = new Map(state.template.questions.map((q) => [q.code, q]));
  const scenes = new Map(state.template.scenes.map((s) => [s.code, s]));
  const constrained = new Set(state.template.constrained);

  return (
    <div className="space-y-6" data-testid="questionnaire">
      <div className="sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6">
        <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
          <span className="font-medium">{state.enterprise.name}</span>
          <span role="status" aria-live="polite" data-testid="save-status" data-state={save} className={save === "saved" ? "text-emerald-700" : save === "saving" ? "text-muted" : "text-red-700"}>
            {save === "saved" ? `✓ ${t("assess.save.saved")}` : save === "saving" ? t("assess.save.saving") : save === "offline" ? t("assess.save.offline") : t("assess.save.failed", { message: saveError ?? "" })}
            {save === "failed" || save === "offline" ? (
              <button type="button" onClick={() => void flush()} className="ml-2 underline">
                {t("assess.save.retry")}
              </button>
            ) : null}
          </span>
        </div>
        <div className="mt-2" data-testid="progress">
          <div className="flex justify-between text-xs text-muted">
            <span>{t("assess.q.step", { n: step + 1, total: steps.length })}</span>
            <span>{t("assess.q.progress", { answered: done, total, percent })}</span>
          </div>
          <div className="mt-1 h-2 overflow-hidden rounded bg-slate-200" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={t("assess.q.progress", { answered: done, total, percent })}>
            <div className="h-full bg-brand transition-all" style={{ width: `${percent}%` }} />
          </div>
        </div>
      </div>

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
        {current.title}
      </h2>

      {current.kind === "questions"
        ? current.items.map((code) => {
            const q = questions.get(code);
            if (!q) return null;
            return (
              <QuestionField
                key={code}
                q={q}
                value={state.answers[code]}
                figures={state.evidence[code]}
                skippedReason={skipped.get(code) ?? null}
                flatPercent={state.template.trendFlatPercent}
                t={t}
                onAnswer={(v) => setAnswer(code, v)}
                onFigures={(f, d) => setFigures(code, f, d)}
                onFocusTime={(s) => addTime(code, s)}
              />
            );
          })
        : null}
      {current.kind === "scenes"
        ? current.items.map((code) => {
            const scene = scenes.get(code);
            if (!scene) return null;
            const v = state.answers[code];
            return <SceneField key={code} scene={scene} value={typeof v === "number" ? v : undefined} constrained={constrained.has(code)} t={t} onAnswer={(level) => setAnswer(code, level)} />;
          })
        : null}
      {current.kind === "review" ? (
        <ReviewStep
          id={id}
          token={token}
          locale={locale}
          template={state.template}
          answers={state.answers}
          warnings={state.warnings}
          initialContext={state.context ?? {}}
          skipped={skipped}
          t={t}
          flush={flush}
          resultPath={resultPath}
          goTo={(code) => {
            const index = steps.findIndex((s) => (s.items as string[]).includes(code));
            if (index >= 0) goTo(index, code);
          }}
        />
      ) : null}

      <div className="flex justify-between gap-3 border-t border-slate-200 pt-4">
        <button type="button" onClick={() => goTo(step - 1)} disabled={step === 0} className="rounded-md border border-slate-300 px-4 py-2 disabled:opacity-40">
          {t("assess.q.prev")}
        </button>
        {step < steps.length - 1 ? (
          <button type="button" onClick={() => goTo(step + 1)} id="next-step-button" className="rounded-md bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-strong" data-testid="next-step">
            {step === steps.length - 2 ? t("assess.q.toReview") : t("assess.q.next")}
          </button>
        ) : null}
      </div>

      {embed ? null : <ResumeLink id={id} token={token} t={t} />}
    </div>
  );
}
