import { isAppError, type IssueOut } from "@/lib/errors";
import { industryByCode } from "@/lib/enterprise/industries";
import { divisionName } from "@/lib/enterprise/regions";
import { segmentName } from "@/lib/enterprise/segments";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { QuerySource } from "@/lib/http/query";
import { getTemplate, TEMPLATE_IDS } from "@/scoring";
import type { DashboardFilters } from "./filters";
import { filtersFrom } from "./query-params";

/** The page's own parameters, not filters. */
const PAGE_PARAMS = new Set(["lang"]);

/**
 * The dashboard page's filters, read by the same parser as its API: a filter the API would refuse
 * with a 400 is named on the page (field and reason) and the figures are shown unfiltered.
 */
export function pageFilters(searchParams: Record<string, string | string[] | undefined>, locale: Locale): { filters: DashboardFilters; rejected: IssueOut[] } {
  const source: QuerySource = Object.fromEntries(Object.entries(searchParams).filter(([k]) => !PAGE_PARAMS.has(k)));
  try {
    return { filters: filtersFrom(source), rejected: [] };
  } catch (error) {
    if (isAppError(error) && error.code === "validation_failed") return { filters: {}, rejected: error.issuesIn(locale) };
    throw error;
  }
}

/** Names for the codes the dashboard's figures are keyed by, in the reader's language. */
export function dashboardLabels(locale: Locale, t: Translate) {
  // Scenes by template: the service template words a shared code its own way (生产 scenes become service ones).
  const sceneLabel = new Map<string, string>(
    TEMPLATE_IDS.flatMap((id) => getTemplate(id).scenes.map((x) => [`${id}:${x.code}`, x.def.label[locale]] as const)),
  );
  const dimensionLabel = new Map<string, string>(TEMPLATE_IDS.flatMap((id) => getTemplate(id).def.dimensions.map((x) => [x.code, x.label[locale]] as const)));
  // A code shared by several templates keeps the first template's wording (hence the reverse).
  const questionLabel = new Map<string, string>(
    TEMPLATE_IDS.flatMap((id) => [
      ...getTemplate(id).questions.map((q) => [q.code, q.def.label[locale]] as const),
      ...getTemplate(id).scenes.map((x) => [x.code, x.def.label[locale]] as const),
    ]).reverse(),
  );
  const industryName = (code: string) => {
    const ind = industryByCode(code);
    return ind ? (locale === "zh-CN" ? ind.zh : ind.en) : code;
  };
  return {
    scene: (code: string, template: string = TEMPLATE_IDS[0]) => sceneLabel.get(`${template}:${code}`) ?? code,
    dimension: (code: string) => dimensionLabel.get(code) ?? code,
    question: (code: string) => (questionLabel.get(code) ? `${code} ${questionLabel.get(code)}` : code),
    step: (step: string) =>
      dimensionLabel.get(step.toUpperCase()) ?? (["start", "scenes", "review"].includes(step) ? t(`ws.dash.step.${step as "start"}`) : step),
    district: (code: string) => divisionName(code, locale),
    segment: (key: string) => (key.startsWith("industry:") ? t("ws.dash.industryGroup", { name: industryName(key.slice(9)) }) : segmentName(key, locale)),
    industry: (code: string) => (locale === "en" ? `${industryName(code)} (${code})` : `${industryName(code)}（${code}）`),
    size: (k: string) => (["large", "medium", "small", "micro"].includes(k) ? t(`assess.size.${k as "large"}`) : t("ws.dash.unknown")),
    template: (id: string) => ((TEMPLATE_IDS as readonly string[]).includes(id) ? getTemplate(id as (typeof TEMPLATE_IDS)[number]).def.label[locale] : id),
  };
}
