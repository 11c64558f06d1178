import { loadPolicyCatalogue } from "@/db/catalogue/policies";
import { INDUSTRIES, REAL_ESTATE_SUBCODES, SECTIONS } from "@/lib/enterprise/industries";
import { listProvinces } from "@/lib/enterprise/regions";
import { localizePair } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { getTemplate, TEMPLATE_IDS, type TemplateId } from "@/scoring";

/**
 * The pilot segments each city's policies name (the seeded policy catalogue; real and demo entries of
 * one city name the same segments), by city code, in the policies' order.
 */
export function segmentsByCity(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of loadPolicyCatalogue()) {
    const names = p.industries.value?.segments ?? [];
    for (const city of p.region.value?.cityCodes ?? []) {
      const list = (out[city] ??= []);
      for (const n of names) if (!list.includes(n)) list.push(n);
    }
  }
  return Object.fromEntries(Object.entries(out).filter(([, list]) => list.length > 0));
}

/** The choices the start form offers (industries, regions, models), in one language. */
export function startFormOptions(locale: Locale) {
  const sections = new Map(SECTIONS.map((s) => [s.code, s]));
  const name = (x: { zh: string; en: string }) => localizePair(x.zh, x.en, locale);
  return {
    industries: INDUSTRIES.map((i) => ({ code: i.code, name: name(i), section: name(sections.get(i.section) ?? { zh: "", en: "" }) })),
    realEstateGroups: REAL_ESTATE_SUBCODES.map((i) => ({ code: i.code, name: name(i) })),
    provinces: listProvinces(locale),
    segmentsByCity: segmentsByCity(),
    templates: Object.fromEntries(
      TEMPLATE_IDS.map((id) => [id, { label: getTemplate(id).def.label[locale], isReference: getTemplate(id).def.isReference }]),
    ) as Record<TemplateId, { label: string; isReference: boolean }>,
  };
}
