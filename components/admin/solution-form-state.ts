import type { SolutionEntry } from "@/db/catalogue/solution-schema";
import { SOLUTION_CATEGORIES } from "@/lib/admin/catalogue-entries";
import { COST_TYPES, SIZE_CLASSES } from "./policy-form-state";

/**
 * The solution form's state and its conversion to and from a catalogue entry. Figures are kept as
 * typed; one that is not a number goes as typed for the server to name. A lift is one step, so the
 * form asks only where it starts (to = from + 1). What the form does not edit (the scored answers a
 * solution brings, the demo flag) is carried through unchanged.
 */

export { COST_TYPES, SIZE_CLASSES, SOLUTION_CATEGORIES };
export const DEPLOYMENTS = ["saas", "on_premises", "hybrid", "service"] as const satisfies readonly SolutionEntry["deployment"][];

export interface SolutionFormState {
  id: string;
  category: string;
  nameZh: string;
  nameEn: string;
  providerId: string;
  providerZh: string;
  providerEn: string;
  descZh: string;
  descEn: string;
  deployment: string;
  costType: string;
  lifts: { scene: string; from: string }[];
  allIndustries: boolean;
  industries: string[];
  sizes: string[];
  oneOffMin: string;
  oneOffMax: string;
  yearlyMin: string;
  yearlyMax: string;
  weeksMin: string;
  weeksMax: string;
  xiaokuaiqingzhun: boolean;
  extra: Pick<SolutionEntry, "improves" | "demo">;
}

const num = (text: string): number | string => {
  const n = Number(text.trim());
  return text.trim() !== "" && Number.isFinite(n) ? n : text.trim();
};

export function solutionToForm(s: SolutionEntry): SolutionFormState {
  const all = s.industries.includes("*");
  return {
    id: s.id,
    category: s.category,
    nameZh: s.name["zh-CN"],
    nameEn: s.name.en,
    providerId: s.provider.id,
    providerZh: s.provider.name["zh-CN"],
    providerEn: s.provider.name.en,
    descZh: s.description["zh-CN"],
    descEn: s.description.en,
    deployment: s.deployment,
    costType: s.costType,
    lifts: s.lifts.map((l) => ({ scene: l.scene, from: String(l.from) })),
    allIndustries: all,
    industries: all ? [] : [...s.industries],
    sizes: [...s.sizes],
    oneOffMin: String(s.price.oneOff.min),
    oneOffMax: String(s.price.oneOff.max),
    yearlyMin: String(s.price.yearly.min),
    yearlyMax: String(s.price.yearly.max),
    weeksMin: String(s.durationWeeks.min),
    weeksMax: String(s.durationWeeks.max),
    xiaokuaiqingzhun: s.xiaokuaiqingzhun,
    extra: { improves: s.improves, demo: s.demo },
  };
}

export function formToSolution(f: SolutionFormState): Record<string, unknown> {
  const text = (zh: string, en: string) => ({ "zh-CN": zh.trim(), en: en.trim() });
  const range = (min: string, max: string) => ({ min: num(min), max: num(max) });
  return {
    id: f.id.trim(),
    category: f.category,
    name: text(f.nameZh, f.nameEn),
    provider: { id: f.providerId.trim(), name: text(f.providerZh, f.providerEn) },
    description: text(f.descZh, f.descEn),
    lifts: f.lifts.map((l) => {
      const from = num(l.from);
      return { scene: l.scene, from, to: typeof from === "number" ? from + 1 : from };
    }),
    improves: f.extra.improves,
    industries: f.allIndustries ? ["*"] : f.industries,
    sizes: f.sizes,
    deployment: f.deployment,
    price: { oneOff: range(f.oneOffMin, f.oneOffMax), yearly: range(f.yearlyMin, f.yearlyMax) },
    durationWeeks: range(f.weeksMin, f.weeksMax),
    costType: f.costType,
    xiaokuaiqingzhun: f.xiaokuaiqingzhun,
    demo: f.extra.demo,
  };
}

/** A new solution of the portal's own: nothing filled in but what every product has to say. */
export function emptySolutionForm(id: string): SolutionFormState {
  return {
    id,
    category: "saas",
    ...{ nameZh: "", nameEn: "", providerId: "", providerZh: "", providerEn: "", descZh: "", descEn: "" },
    deployment: "saas",
    costType: "software",
    lifts: [],
    allIndustries: true,
    industries: [],
    sizes: ["micro", "small", "medium"],
    ...{ oneOffMin: "", oneOffMax: "", yearlyMin: "", yearlyMax: "", weeksMin: "", weeksMax: "" },
    xiaokuaiqingzhun: false,
    extra: { improves: [], demo: false },
  };
}
