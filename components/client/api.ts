"use client";

import type { z } from "zod";
import type { claimAssessment } from "@/lib/assessments/claim";
import type { EvidenceFile } from "@/lib/assessments/evidence-files";
import type { ResultView } from "@/lib/assessments/result-view";
import type { CreateAssessmentResponse, PatchAssessmentRequest, PatchAssessmentResponse, createAssessmentRequest } from "@/lib/assessments/schemas";
import type { AssessmentState, HistoryEntry, SubmitOutcome, reassess } from "@/lib/assessments/service";
import type { addClient } from "@/lib/consultants/clients";
import type { Division } from "@/lib/enterprise/regions";
import type { PlanView } from "@/lib/recommendations/service";
import type { ExportStatus } from "@/lib/reports/export";
import type { ReportView } from "@/lib/reports/service";
import { download } from "./download";
import { request } from "./http";

/** Typed calls to our API, one per endpoint; response types come from the modules that write them. */

export type Locale = "zh-CN" | "en";
type Result<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

/** Names in the page's language: an embed has no language cookie, so the page says which (`lang`). */
export const regions = {
  cities: (provinceCode: string, signal?: AbortSignal, lang?: Locale) =>
    request<{ divisions: Division[] }>("GET", `/api/regions?province=${provinceCode}${lang ? `&lang=${lang}` : ""}`, { signal }),
  districts: (cityCode: string, signal?: AbortSignal, lang?: Locale) =>
    request<{ divisions: Division[] }>("GET", `/api/regions?city=${cityCode}${lang ? `&lang=${lang}` : ""}`, { signal }),
};

type StartRequest = z.input<typeof createAssessmentRequest>;
/** The firm as the form sends it: any figure may be missing, for the server to name what is wrong. */
export type EnterpriseDraft = { [K in keyof StartRequest["enterprise"]]?: StartRequest["enterprise"][K] | undefined };

// Errors come back in the form's language (?lang=): an embed has no language cookie.
export const createAssessment = (body: Omit<StartRequest, "enterprise"> & { enterprise: EnterpriseDraft }) =>
  request<CreateAssessmentResponse>("POST", `/api/assessments?lang=${body.language ?? "zh-CN"}`, { body });

export interface NewClientBody {
  enterprise: EnterpriseDraft;
  contactName?: string;
  contactEmail?: string;
  note?: string;
}

export const createClient = (tenant: string, body: NewClientBody, locale: Locale) =>
  request<Result<typeof addClient>>("POST", `/api/tenants/${tenant}/clients?lang=${locale}`, { body });

export const session = () => request<{ user?: { email?: string } } | null>("GET", "/api/auth/session");

export type ReviewAction = "versions" | "restore" | "publish" | "regenerate";

/** Everything about one assessment, with its resume token (none: the session cookie decides). */
export function assessmentApi(id: string, locale: Locale, token: string | null) {
  const base = `/api/assessments/${id}`;
  const lang = `?lang=${locale}`;
  return {
    state: () => request<AssessmentState>("GET", base + lang, { token }),
    patch: (body: PatchAssessmentRequest) => request<PatchAssessmentResponse>("PATCH", base + lang, { token, body }),
    submit: () => request<SubmitOutcome>("POST", `${base}/submit${lang}`, { token, body: { pledge: true } }),
    result: () => request<ResultView>("GET", `${base}/result${lang}`, { token }),
    plan: () => request<PlanView>("GET", `${base}/plan`, { token }),
    history: () => request<{ assessments: HistoryEntry[] }>("GET", `${base}/history`, { token }),
    reassess: () => request<Result<typeof reassess>>("POST", `${base}/reassess`, { token }),
    claim: () => request<Result<typeof claimAssessment>>("POST", `${base}/claim`, { token }),
    report: () => request<ReportView>("GET", `${base}/report${lang}`, { token }),
    /** Ask for the report in this language (a read never starts one). */
    requestReport: () => request<ReportView>("POST", `${base}/report${lang}`, { token }),
    /** Edit a section (versions), go back to a version (restore), write it again keeping edits (regenerate) or release one (publish). */
    review: (action: ReviewAction, body: unknown) => request<{ version: number }>("POST", `${base}/report/${action}`, { token, body }),
    downloadPdf: () => download(`${base}/report/pdf${lang}`, { token, fallbackName: "report.pdf" }),
    evidence: () => request<{ files: EvidenceFile[] }>("GET", `${base}/evidence`, { token }),
    downloadEvidence: (file: Pick<EvidenceFile, "id" | "fileName">) => download(`${base}/evidence/${file.id}`, { token, fileName: file.fileName }),
  };
}

export type AssessmentApi = ReturnType<typeof assessmentApi>;

export const exportsApi = {
  start: (locale: Locale, items: { id: string; token: string }[]) =>
    request<{ id: number; exportToken: string; total: number; statusPath: string }>("POST", `/api/exports?lang=${locale}`, {
      body: { language: locale, items },
    }),
  status: (id: number, token: string) => request<ExportStatus>("GET", `/api/exports/${id}`, { token }),
  download: (id: number, token: string, fileName: string) => download(`/api/exports/${id}/download`, { token, fileName }),
};
