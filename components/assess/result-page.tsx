"use client";

import { useEffect, useState } from "react";
import type { ResultView } from "@/lib/assessments/result-view";
import type { HistoryEntry } from "@/lib/assessments/service";
import { formatDate } from "@/lib/i18n/figures";
import { clientTranslator, type ClientT } from "@/lib/i18n/format";
import type { PlanView } from "@/lib/recommendations/service";
import { inCurrentPortal } from "@/lib/tenants/site-path";
import type { AssessmentApi } from "../client/api";
import { loadFailure, useAssessment, type LoadFailure } from "../client/hooks";
import { LoadFailureNotice } from "../client/load-failure";
import { saveToken } from "../client/token-store";
import { embedPath, postToHost, type EmbedContext } from "../embed/host-bridge";
import { ClaimCard } from "./claim-card";
import { PainPlanSection } from "./pain-plan-section";
import { PeerStandingSection } from "./peer-standing";
import { PlanSection } from "./plan-section";
import { AnswerWarnings, DimensionBars, GapSection, HistorySection, LevelCard, Progress, QuestionDetail, RadarSection, SceneSection } from "./result-sections";
import { SpecializedSection } from "./specialized-section";

interface Props {
  id: string;
  locale: "zh-CN" | "en";
  messages: Record<string, string>;
  /** Inside a portal's page: the host is told the level when the result shows. */
  embed?: EmbedContext;
}

/** The result, then the plan and the firm's history (both optional: the page shows without them). */
function useResult(id: string, api: AssessmentApi | null, token: string | null, t: ClientT, embed?: EmbedContext) {
  const [view, setView] = useState<ResultView | null>(null);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [plan, setPlan] = useState<PlanView | null>(null);
  const [planLoading, setPlanLoading] = useState(true);
  const [error, setError] = useState<LoadFailure | null>(null);

  useEffect(() => {
    if (!api) return;
    void api.result().then((r) => {
      if (!r.ok) return setError(loadFailure(t, token, r.error));
      const data = r.data;
      setView(data);
      if (embed) {
        const level = data.result.level;
        postToHost(embed, {
          type: "shuzhen:completed",
          detail: {
            assessmentId: id,
            level,
            levelName: data.template.levelNames[level] ?? String(level),
            total: data.result.total,
            isReference: data.result.isReference,
            resumeToken: token || null,
          },
        });
      }
    });
    void api.plan().then((r) => {
      setPlan(r.ok ? r.data : null);
      setPlanLoading(false);
    });
    void api.history().then((r) => setHistory(r.ok ? r.data.assessments : []));
    // Loaded once per assessment.
  }, [api]);

  return { view, history, plan, planLoading, error };
}

export function ResultPage({ id, locale, messages, embed }: Props) {
  const t = clientTranslator(messages);
  const { token, api } = useAssessment(id, locale);
  const { view, history, plan, planLoading, error } = useResult(id, api, token, t, embed);

  async function reassess() {
    if (!api) return;
    const r = await api.reassess();
    if (r.ok && r.data.id && r.data.resumeToken && r.data.resumePath) {
      saveToken(r.data.id, r.data.resumeToken);
      window.location.assign(embed ? `${embedPath(embed, `/a/${r.data.id}`)}#k=${r.data.resumeToken}` : inCurrentPortal(r.data.resumePath));
    }
  }

  if (error) return <LoadFailureNotice failure={error} t={t} embedded={!!embed} />;
  if (!view) return <p aria-live="polite">{t("assess.load.loading")}</p>;

  const tv = view.template;

  return (
    <div className="space-y-10" data-testid="result">
      <header>
        <p className="text-sm text-muted">
          {view.enterprise.name} · {t("assess.r.submittedAt", { date: formatDate(view.submittedAt, locale) })}
        </p>
        <h1 className="mt-1 text-2xl font-bold sm:text-3xl">{t("assess.r.title")}</h1>
        <p className="mt-3 print:hidden">
          <a
            href={embed ? `/assess/${id}/report#k=${token ?? ""}` : `/assess/${id}/report`}
            target={embed ? "_blank" : undefined}
            rel={embed ? "noopener" : undefined}
            className="inline-block rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong"
            data-testid="open-report"
          >
            {t("assess.r.report")}
          </a>
          <span className="mt-1 block text-xs text-muted">{t("assess.r.reportHint")}</span>
        </p>
      </header>

      <LevelCard view={view} t={t} />

      <section aria-labelledby="dims-title">
        <h2 id="dims-title" className="text-xl font-semibold">
          {t("assess.r.dimensions")}
        </h2>
        <DimensionBars view={view} t={t} />
      </section>

      <RadarSection view={view} t={t} />
      <GapSection view={view} t={t} planLoading={planLoading} />

      {plan?.next ? <PlanSection plan={plan.next} view={plan} template={tv} locale={locale} t={t} /> : null}
      {plan?.level2 ? <PlanSection plan={plan.level2} view={plan} template={tv} locale={locale} t={t} /> : null}
      {plan?.painNext ? <PainPlanSection plan={plan.painNext} leastCost={plan.next} view={plan} template={tv} locale={locale} t={t} /> : null}
      {plan?.painLevel2 ? <PainPlanSection plan={plan.painLevel2} leastCost={plan.level2} view={plan} template={tv} locale={locale} t={t} /> : null}

      <SceneSection view={view} t={t} />
      <PeerStandingSection peers={view.peers} t={t} locale={locale} />
      <SpecializedSection view={view.specialized} levelNames={view.template.levelNames} revenueWan={view.enterprise.revenueWan} t={t} locale={locale} />
      <AnswerWarnings view={view} t={t} locale={locale} />
      <QuestionDetail view={view} t={t} locale={locale} />
      <Progress current={id} history={history} view={view} t={t} locale={locale} />
      <HistorySection current={id} history={history} view={view} t={t} locale={locale} />

      {token && api && !embed ? <ClaimCard id={id} api={api} t={t} /> : null}

      <div className="flex flex-wrap gap-3 print:hidden">
        <button type="button" onClick={() => void reassess()} className="rounded-md border border-slate-300 px-4 py-2">
          {t("assess.r.reassess")}
        </button>
        <button type="button" onClick={() => window.print()} className="rounded-md border border-slate-300 px-4 py-2">
          {t("assess.r.print")}
        </button>
      </div>
    </div>
  );
}
