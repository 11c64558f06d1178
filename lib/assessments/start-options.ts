import { INDUSTRIES, REAL_ESTATE_SUBCODES, SECTIONS } from "@/lib/enterprise/industries";
import { listProvinces } from "@/lib/enterprise/regions";
import type { Locale } from "@/lib/i18n/locales";
import { getTemplate, TEMPLATE_IDS, type TemplateId } from "@/scoring";

/** The choices the start form offers (industries, regions, models), in one language. */
export function startFormOptions(locale: Locale) {
  const sections = new Map(SECTIONS.map((s) => [s.code, s]));
  const name = (x: { zh: string; en: string }) => (locale === "en" ? x.en : x.zh);
  return {
    industries: INDUSTRIES.map((i) => ({ code: i.code, name: name(i), section: name(sections.get(i.section) ?? { zh: "", en: "" }) })),
    realEstateGroups: REAL_ESTATE_SUBCODES.map((i) => ({ code: i.code, name: name(i) })),
    provinces: [...listProvinces()],
    templates: Object.fromEntries(TEMPLATE_IDS.map((id) => [id, { label: getTemplate(id).def.label[locale], isReference: getTemplate(id).def.isReference }])) as Record<TemplateId, { label: string; isReference: boolean }>,
  };
}
