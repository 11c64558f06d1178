import type { Cap, Clause, PolicyEntry } from "@/db/catalogue/policies";
import { pilotSegment, segmentFit, segmentName, type SegmentFit } from "@/lib/enterprise/segments";

/**
 * Whether a firm and its plan meet a policy, condition by condition, each answer quoting the clause it
 * rests on. Pure. A condition the source does not state, or a fact the firm has not given, makes the
 * policy "possibly eligible" with the facts to confirm — never a guess.
 */

export type CostType = "software" | "cloud" | "hardware" | "network" | "consulting" | "training" | "security" | "integration" | "equipment";

export interface FirmFacts {
  provinceCode: string;
  cityCode: string;
  districtCode: string | null;
  industryCode: string;
  /** The firm's 小类 (or 中类) when it gave one: decides pilot-segment checks exactly. */
  industrySubCode?: string | null;
  industrySegment: string | null;
  sizeClass: "micro" | "small" | "medium" | "large" | null;
  aboveScale: boolean | null;
  levelNow: number;
  /**
   * The level is a reference level (services and other templates: our reference template, not the
   * official indicators): criteria such as 专精特新 are not judged on it (no points, no verdict).
   */
  levelIsReference?: boolean;
  /** The level the plan reaches. */
  levelAfter: number;
  /** Planned spend in yuan by cost type. */
  spend: Partial<Record<CostType, number>>;
  /** The plan's items one by one (first-year yuan), for policies that fund some items only. */
  items?: readonly PlanItemSpend[];
  /** YYYY-MM-DD. */
  today: string;
  /** YYYY-MM-DD: when the plan's work can be finished at the latest (today + its longest duration). */
  finishBy?: string | null;
}

export interface PlanItemSpend {
  id: string;
  costType: CostType;
  yuan: number;
  xiaokuaiqingzhun: boolean;
  provider: string;
}

export type ConditionKey = "region" | "industries" | "sizeClasses" | "aboveScale" | "levelBefore" | "levelAfter" | "window" | "exclusions";
export type CheckStatus = "met" | "unmet" | "unknown";

export interface ConditionCheck {
  condition: ConditionKey;
  status: CheckStatus;
  /** Why, in both languages. */
  reason: { "zh-CN": string; en: string };
  clause: Clause | null;
  /** The firm fact to give, or "source" when the policy text does not say. */
  missing?: "district" | "industrySegment" | "sizeClass" | "aboveScale" | "source" | "exclusions";
  /** Met now, but something to watch (a window that closes before the plan can be finished). */
  warning?: { "zh-CN": string; en: string };
}

export type Verdict = "eligible" | "possibly_eligible" | "not_eligible";

export interface SubsidyEstimate {
  /** Spend on cost types the policy covers (yuan); null when the policy does not say which. */
  eligibleSpend: number | null;
  percent: number | null;
  /** The cap for the level the plan reaches, if any. */
  capYuan: number | null;
  /** min(percent × eligible spend, cap); null when the source gives too little to compute it. */
  amountYuan: number | null;
  /** When only a cap is known: the most the plan could get. */
  upToYuan: number | null;
  /** The plan's items the money can go to (all of them when the policy names no item rule). */
  itemIds: string[] | null;
  /** The policy funds only some items (小快轻准 or listed providers): in both languages. */
  itemRule: { "zh-CN": string; en: string } | null;
}

export interface PolicyMatch {
  policyId: string;
  verdict: Verdict;
  checks: ConditionCheck[];
  missing: NonNullable<ConditionCheck["missing"]>[];
  subsidy: SubsidyEstimate | null;
  /** For criteria such as 专精特新: points for the level the plan reaches. */
  points: number | null;
  /** When the money comes: after_acceptance is 先建后补 (the firm pays first). */
  payment: { value: "after_acceptance" | "in_advance" | "staged"; clause: Clause | null } | null;
  /** Things to watch although the policy may pay. */
  warnings: { "zh-CN": string; en: string }[];
}

const L = (zh: string, en: string) => ({ "zh-CN": zh, en });
const unknownSource = (condition: ConditionKey): ConditionCheck => ({
  condition,
  status: "unknown",
  reason: L("政策原文未说明此条件，请向主管部门确认", "The source does not state this condition; confirm with the issuer"),
  clause: null,
  missing: "source",
});

function checkRegion(p: PolicyEntry, f: FirmFacts): ConditionCheck {
  const c = p.region;
  if (!c.value) return unknownSource("region");
  const v = c.value;
  const base = { condition: "region" as const, clause: c.clause };
  if (v.provinceCode && v.provinceCode !== f.provinceCode)
    return { ...base, status: "unmet", reason: L("企业不在政策适用的省份", "The firm is outside the policy's province") };
  if (v.cityCodes && !v.cityCodes.includes(f.cityCode))
    return { ...base, status: "unmet", reason: L("企业不在政策适用的城市", "The firm is outside the policy's cities") };
  if (v.districtCodes) {
    if (!f.districtCode) return { ...base, status: "unknown", reason: L("请填写所在区县以确认", "Give the district to confirm"), missing: "district" };
    if (!v.districtCodes.includes(f.districtCode))
      return { ...base, status: "unmet", reason: L("企业不在政策适用的区县", "The firm is outside the policy's districts") };
  }
  return { ...base, status: "met", reason: L("企业注册地在政策适用地区内", "The firm is registered in the policy's region") };
}

/**
 * Strict: a firm is in a policy's industries when its 大类 is named, or its segment is one of the named
 * 细分行业, or its class lies in one (our reading of the segment's codes, lib/enterprise/segments.ts).
 * A firm whose segment or class is outside every named one is not eligible, with the reason; only a
 * firm that could be in one and has not said is asked to confirm.
 */
function checkIndustry(p: PolicyEntry, f: FirmFacts): ConditionCheck {
  const c = p.industries;
  if (!c.value) return unknownSource("industries");
  const v = c.value;
  const base = { condition: "industries" as const, clause: c.clause };
  if (v.all) return { ...base, status: "met", reason: L("不限行业", "All industries qualify") };
  if (v.codes.includes(f.industryCode)) return { ...base, status: "met", reason: L("所属行业在政策范围内", "The firm's industry is covered") };
  const named = v.segments.join("、");
  const namedEn = v.segments.map((name) => segmentName(name, "en")).join(", ");
  if (f.industrySegment && v.segments.includes(f.industrySegment))
    return { ...base, status: "met", reason: L(`属于试点细分行业“${f.industrySegment}”`, `In the pilot segment “${segmentName(f.industrySegment, "en")}”`) };
  if (f.industrySegment) {
    return {
      ...base,
      status: "unmet",
      reason: L(
        `企业所属细分行业“${f.industrySegment}”不在政策列明的细分行业（${named || "无"}）之内`,
        `The firm's segment “${segmentName(f.industrySegment, "en")}” is not among the policy's (${namedEn || "none"})`,
      ),
    };
  }
  const code = f.industrySubCode && f.industrySubCode.startsWith(f.industryCode) ? f.industrySubCode : f.industryCode;
  // Segments we have no reading of can hold any firm: those are the firm's to say.
  const fits: SegmentFit[] = v.segments.map((name) => {
    const s = pilotSegment(name);
    return s ? segmentFit(s, code) : "maybe";
  });
  const inSegment = v.segments.find((_, i) => fits[i] === "in");
  if (inSegment) {
    return {
      ...base,
      status: "met",
      reason: L(
        `行业代码 ${code} 属于试点细分行业“${inSegment}”（数诊对细分行业范围的理解）`,
        `Industry code ${code} lies in the pilot segment “${segmentName(inSegment, "en")}” (our reading of the segment)`,
      ),
    };
  }
  if (fits.includes("maybe")) {
    return {
      ...base,
      status: "unknown",
      reason: L(`请确认是否属于试点细分行业：${named}`, `Confirm whether the firm is in a pilot segment: ${namedEn}`),
      missing: "industrySegment",
    };
  }
  if (v.segments.length > 0) {
    return {
      ...base,
      status: "unmet",
      reason: L(
        `行业代码 ${code} 不属于政策列明的试点细分行业（${named}）（数诊对细分行业范围的理解）`,
        `Industry code ${code} is in none of the policy's pilot segments (${namedEn}) (our reading of the segments)`,
      ),
    };
  }
  return { ...base, status: "unmet", reason: L("所属行业不在政策范围内", "The firm's industry is not covered") };
}

function checkSize(p: PolicyEntry, f: FirmFacts): ConditionCheck {
  const c = p.sizeClasses;
  if (!c.value) return unknownSource("sizeClasses");
  const base = { condition: "sizeClasses" as const, clause: c.clause };
  if (!f.sizeClass)
    return {
      ...base,
      status: "unknown",
      reason: L("缺少判定企业规模所需的营业收入等数据", "Revenue or other figures are needed to know the size class"),
      missing: "sizeClass",
    };
  return c.value.includes(f.sizeClass)
    ? { ...base, status: "met", reason: L("企业规模符合要求", "The size class qualifies") }
    : { ...base, status: "unmet", reason: L("企业规模不符合要求", "The size class does not qualify") };
}

function checkAboveScale(p: PolicyEntry, f: FirmFacts): ConditionCheck {
  const c = p.aboveScale;
  if (!c.value) return unknownSource("aboveScale");
  const base = { condition: "aboveScale" as const, clause: c.clause };
  if (c.value === "any") return { ...base, status: "met", reason: L("规上、规下企业均可", "Above or below designated size both qualify") };
  if (f.aboveScale === null)
    return { ...base, status: "unknown", reason: L("请确认企业是否为规上企业", "Confirm whether the firm is above designated size"), missing: "aboveScale" };
  const ok = c.value === "required" ? f.aboveScale : !f.aboveScale;
  return ok
    ? { ...base, status: "met", reason: L("规上条件符合", "The 规上 condition is met") }
    : {
        ...base,
        status: "unmet",
        reason: L(
          c.value === "required" ? "仅限规上企业" : "规上企业不适用",
          c.value === "required" ? "Only firms above designated size" : "Not for firms above designated size",
        ),
      };
}

function checkLevels(p: PolicyEntry, f: FirmFacts): ConditionCheck[] {
  const out: ConditionCheck[] = [];
  const before = p.levelBefore;
  if (!before.value) out.push(unknownSource("levelBefore"));
  else {
    const ok = f.levelNow <= before.value.max;
    out.push({
      condition: "levelBefore",
      clause: before.clause,
      status: ok ? "met" : "unmet",
      reason: ok
        ? L("改造前等级符合要求", "The level before the transformation qualifies")
        : L("改造前等级已高于政策要求", "The level before the transformation is already above the policy's limit"),
    });
  }
  const after = p.levelAfter;
  if (!after.value) out.push(unknownSource("levelAfter"));
  else {
    const ok = f.levelAfter >= after.value.min;
    out.push({
      condition: "levelAfter",
      clause: after.clause,
      status: ok ? "met" : "unmet",
      reason: ok
        ? L(`方案完成后可达到${after.value.min}级及以上的要求`, `The plan reaches the required level ${after.value.min} or above`)
        : L(`方案完成后达不到${after.value.min}级`, `The plan does not reach level ${after.value.min}`),
    });
  }
  return out;
}

function checkWindow(p: PolicyEntry, f: FirmFacts): ConditionCheck {
  const c = p.window;
  if (!c.value) return unknownSource("window");
  const base = { condition: "window" as const, clause: c.clause };
  const w = c.value;
  if (w.until && f.today > w.until) return { ...base, status: "unmet", reason: L(`申报已于 ${w.until} 截止`, `Applications closed on ${w.until}`) };
  if (w.from && f.today < w.from) return { ...base, status: "unmet", reason: L(`申报自 ${w.from} 起开放`, `Applications open on ${w.from}`) };
  const late =
    w.until && f.finishBy && f.finishBy > w.until
      ? {
          warning: L(
            `申报期至 ${w.until}，按方案工期最晚 ${f.finishBy} 完成，可能来不及在截止前完成改造和验收`,
            `The window closes on ${w.until}; the plan may take until ${f.finishBy}, possibly too late to finish and pass acceptance`,
          ),
        }
      : {};
  return {
    ...base,
    ...late,
    status: "met",
    reason: w.rolling
      ? L("长期受理", "Applications are accepted on a rolling basis")
      : L(`申报期内（截至 ${w.until ?? "未定"}）`, `Within the window (until ${w.until ?? "open"})`),
  };
}

/** Exclusions are in the source's words and about facts we do not hold (小巨人, earlier pilots): asked, never assumed. */
function checkExclusions(p: PolicyEntry): ConditionCheck[] {
  if (p.exclusions.length === 0) return [];
  const list = p.exclusions.join("；");
  return [
    {
      condition: "exclusions",
      status: "unknown",
      reason: L(
        `请确认企业不属于政策排除的情形：${list}`,
        `Confirm the firm is not excluded by the policy (${p.exclusions.length} ${p.exclusions.length === 1 ? "case" : "cases"} listed in its text)`,
      ),
      clause: null,
      missing: "exclusions",
    },
  ];
}

/** The cap that applies at the level reached: the highest tier at or below it. */
export function capFor(cap: Cap | null, level: number): number | null {
  if (!cap) return null;
  if (cap.kind === "flat") return cap.yuan;
  const tiers = cap.tiers.filter((t) => t.level <= level).sort((a, b) => b.level - a.level);
  return tiers[0]?.yuan ?? 0;
}

/** The items a policy's money can go to: its cost types, then its item rule (小快轻准 only, listed providers). */
function fundedItems(p: PolicyEntry, items: readonly PlanItemSpend[]): PlanItemSpend[] {
  const covered = p.eligibleCosts.value;
  const rule = p.eligibleItems.value;
  return items.filter(
    (i) =>
      (!covered || covered.includes(i.costType)) &&
      (!rule?.xiaokuaiqingzhunOnly || i.xiaokuaiqingzhun) &&
      (!rule?.providers || rule.providers.includes(i.provider)),
  );
}

function itemRuleText(p: PolicyEntry): SubsidyEstimate["itemRule"] {
  const rule = p.eligibleItems.value;
  if (!rule || (!rule.xiaokuaiqingzhunOnly && !rule.providers)) return null;
  const parts = [
    rule.xiaokuaiqingzhunOnly ? L("仅“小快轻准”产品", "only 小快轻准 products") : null,
    rule.providers ? L("仅资源池内服务商", "only providers in the city's pool") : null,
  ].filter((x) => x !== null);
  return L(parts.map((x) => x["zh-CN"]).join("，"), parts.map((x) => x.en).join(", "));
}

export function estimateSubsidy(p: PolicyEntry, f: FirmFacts): SubsidyEstimate {
  const covered = p.eligibleCosts.value;
  const funded = f.items ? fundedItems(p, f.items) : null;
  const eligibleSpend = funded
    ? covered || p.eligibleItems.value
      ? funded.reduce((sum, i) => sum + i.yuan, 0)
      : null
    : covered
      ? covered.reduce((sum, type) => sum + (f.spend[type] ?? 0), 0)
      : null;
  const percent = p.percent.value;
  const capYuan = capFor(p.cap.value, f.levelAfter);
  const byPercent = percent !== null && eligibleSpend !== null ? Math.round((eligibleSpend * percent) / 100) : null;
  const amountYuan = byPercent === null ? null : capYuan === null ? byPercent : Math.min(byPercent, capYuan);
  return {
    eligibleSpend,
    percent,
    capYuan,
    amountYuan,
    upToYuan: amountYuan === null ? capYuan : null,
    itemIds: funded ? funded.map((i) => i.id) : null,
    itemRule: itemRuleText(p),
  };
}

const referenceLevel = (p: PolicyEntry): ConditionCheck => ({
  condition: "levelAfter",
  status: "unknown",
  reason: L(
    "参考等级不是官方评测结果，不能作为本项依据，此处不作判断",
    "A reference level is not an official rating: it cannot serve this criterion, so none is judged",
  ),
  clause: p.levelAfter.clause,
});

export function matchPolicy(p: PolicyEntry, f: FirmFacts): PolicyMatch {
  const onReference = p.kind === "criterion" && f.levelIsReference === true;
  const levels = checkLevels(p, f).map((c) => (onReference && c.condition === "levelAfter" ? referenceLevel(p) : c));
  const checks = [checkRegion(p, f), checkIndustry(p, f), checkSize(p, f), checkAboveScale(p, f), ...levels, checkWindow(p, f), ...checkExclusions(p)];
  const verdict: Verdict = checks.some((c) => c.status === "unmet")
    ? "not_eligible"
    : checks.some((c) => c.status === "unknown")
      ? "possibly_eligible"
      : "eligible";
  const missing = [...new Set(checks.flatMap((c) => (c.missing ? [c.missing] : [])))];
  const points = p.pointsByLevel && !onReference ? (p.pointsByLevel[String(f.levelAfter)] ?? 0) : null;
  return {
    policyId: p.id,
    verdict,
    checks,
    missing,
    subsidy: p.kind === "subsidy" && verdict !== "not_eligible" ? estimateSubsidy(p, f) : null,
    points,
    payment: p.payment.value ? { value: p.payment.value, clause: p.payment.clause } : null,
    warnings: checks.flatMap((c) => (c.warning ? [c.warning] : [])),
  };
}
