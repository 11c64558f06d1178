import type { PolicyEntry } from "@/db/catalogue/policies";
import type { Db } from "@/db/client";
import { isoDay } from "@/lib/i18n/figures";
import { loadCatalogues } from "@/lib/recommendations/catalogue-store";
import { resolveTenant } from "./index";

/** A policy as a portal's home page lists it: what it is, who issued it, what it pays, until when. */
export interface PortalPolicy {
  id: string;
  kind: PolicyEntry["kind"];
  title: { "zh-CN": string; en: string };
  issuer: string | null;
  docNo: string | null;
  demo: boolean;
  percent: number | null;
  capYuan: number | null;
  until: string | null;
}

/** Policies that apply where the portal is (national ones included; a region the source leaves unsaid is not). Pure. */
export function policiesForPlace(
  policies: readonly PolicyEntry[],
  place: { provinceCode: string | null; cityCode: string | null },
  today: string,
): PortalPolicy[] {
  return policies
    .filter((p) => {
      const r = p.region.value;
      if (!r) return false;
      if (r.provinceCode !== null && r.provinceCode !== place.provinceCode) return false;
      if (r.cityCodes && !(place.cityCode && r.cityCodes.includes(place.cityCode))) return false;
      const until = p.window.value?.until;
      return !until || until >= today;
    })
    .map((p) => {
      const cap = p.cap.value;
      return {
        id: p.id,
        kind: p.kind,
        title: { "zh-CN": p.title, en: p.titleEn },
        issuer: p.issuer,
        docNo: p.docNo,
        demo: p.demo,
        percent: p.percent.value,
        capYuan: cap ? (cap.kind === "flat" ? cap.yuan : Math.max(...cap.tiers.map((t) => t.yuan))) : null,
        until: p.window.value?.until ?? null,
      };
    })
    .sort((a, b) => Number(a.demo) - Number(b.demo) || Number(b.kind === "subsidy") - Number(a.kind === "subsidy") || a.id.localeCompare(b.id));
}

/** The policies a portal's home page shows: its own and the platform's, where the portal is. */
export async function portalPolicies(db: Db, slug: string, today = isoDay()): Promise<PortalPolicy[]> {
  const tenant = await resolveTenant(db, slug);
  const { policies } = await loadCatalogues(db, tenant.id);
  return policiesForPlace(policies, { provinceCode: tenant.provinceCode, cityCode: tenant.cityCode }, today);
}
