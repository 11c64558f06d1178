import type { SolutionEntry } from "@/db/catalogue/solutions";

/** A catalogue entry for tests: a cheap small-firm SaaS offer unless `over` says otherwise. */
export function solutionEntry(id: string, provider: string, over: Partial<SolutionEntry> = {}): SolutionEntry {
  return {
    id,
    category: "saas",
    name: { "zh-CN": id, en: id },
    provider: { id: provider, name: { "zh-CN": provider, en: provider } },
    description: { "zh-CN": "d", en: "d" },
    lifts: [],
    improves: [],
    industries: ["*"],
    sizes: ["micro", "small", "medium"],
    deployment: "saas",
    price: { oneOff: { min: 0, max: 0 }, yearly: { min: 0, max: 0 } },
    durationWeeks: { min: 1, max: 2 },
    costType: "cloud",
    xiaokuaiqingzhun: false,
    demo: true,
    ...over,
  };
}
