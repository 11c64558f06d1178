import "server-only";
import { and, eq, isNull, like, ne, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { assessmentResults } from "@/db/schema";
import { capabilityCodes } from "@/lib/dashboard/capability-vector";
import { industryByCode } from "@/lib/enterprise/industries";
import { regionName } from "@/lib/enterprise/regions";
import { AppError } from "@/lib/errors";
import { benchmark, getTemplate, isTemplateId, type Benchmark, type Localized, type PeerResult, type Result } from "@/scoring";
import { peerRadarMedians } from "./radar";
import { storedResult } from "./stored-result";

/**
 * The peer benchmark of a result: computed once, in the background right after submit (the report
 * job, which starts then), stored on the result row and from then on only read, so that the result
 * page, the report and the PDF show the same figures. Peers are other firms' latest results submitted
 * on this platform (`origin = 'real'`: never demo accounts' or generated firms'), of the same
 * industry (GB/T 4754 大类) and template, narrowed by city and size when enough of them exist.
 */

/** Fewer peers than this in the widest group and no percentile is given (the page says so). */
export const MIN_PEERS = 5;

const GROUP_KEYS = ["industry_city_size", "industry_province_size", "industry_size", "industry"] as const;
export type PeerGroupKey = (typeof GROUP_KEYS)[number];

const localized = z.object({ "zh-CN": z.string(), en: z.string() });
const standing = z.object({ value: z.number(), percentile: z.number(), median: z.number() });
const benchmarkSchema = z.object({
  peers: z.number().int(),
  total: standing,
  dimensions: z.record(z.string(), standing),
  scenes: z.record(z.string(), standing),
});

/** The stored benchmark as it is read back (a json column: checked at this boundary). */
export const storedBenchmark = z.object({
  version: z.literal(1),
  computedAt: z.string(),
  minimum: z.number().int(),
  group: z.object({ key: z.enum(GROUP_KEYS), label: localized }),
  /** Firms in the group (the narrowest with enough of them, else the widest). */
  count: z.number().int().min(0),
  /** Null when the group is under the minimum size. */
  benchmark: benchmarkSchema.nullable(),
  /** The peers' median on each radar axis, in the template's order; null with the benchmark. */
  radarMedians: z.array(z.number()).nullable(),
});
export type StoredBenchmark = z.infer<typeof storedBenchmark>;

/** What a page shows about peers: not yet computed, too few to rank against, or the figures. */
export type PeerStanding =
  | { status: "pending" }
  | { status: "too_few"; group: Localized; count: number; minimum: number }
  | { status: "ready"; group: Localized; count: number; benchmark: Benchmark; radarMedians: number[] | null; computedAt: string };

export function peerStanding(stored: unknown): PeerStanding {
  if (stored === null || stored === undefined) return { status: "pending" };
  const parsed = storedBenchmark.safeParse(stored);
  if (!parsed.success) return { status: "pending" };
  const b = parsed.data;
  if (!b.benchmark) return { status: "too_few", group: b.group.label, count: b.count, minimum: b.minimum };
  return { status: "ready", group: b.group.label, count: b.count, benchmark: b.benchmark as Benchmark, radarMedians: b.radarMedians, computedAt: b.computedAt };
}

type SizeClass = "large" | "medium" | "small" | "micro";
const SIZE: Record<SizeClass, Localized> = {
  large: { "zh-CN": "大型", en: "large" },
  medium: { "zh-CN": "中型", en: "medium" },
  small: { "zh-CN": "小型", en: "small" },
  micro: { "zh-CN": "微型", en: "micro" },
};

export interface Subject {
  assessmentId: string;
  enterpriseId: string;
  templateId: string;
  industryCode: string;
  cityCode: string | null;
  sizeClass: SizeClass | null;
}

/** The group named for what it is: firms that submitted here, the industry, and the narrowing used. */
export function groupLabel(key: PeerGroupKey, s: Subject): Localized {
  const industry = industryByCode(s.industryCode);
  const narrowing: Localized[] = [{ "zh-CN": industry?.zh ?? `行业 ${s.industryCode}`, en: industry?.en ?? `industry ${s.industryCode}` }];
  if (key === "industry_city_size" && s.cityCode)
    narrowing.push({ "zh-CN": `同在${regionName({ cityCode: s.cityCode })}`, en: `same city (${regionName({ cityCode: s.cityCode }, "en")})` });
  if (key === "industry_province_size" && s.cityCode)
    narrowing.push({
      "zh-CN": `同在${regionName({ provinceCode: s.cityCode.slice(0, 2) })}`,
      en: `same province (${regionName({ provinceCode: s.cityCode.slice(0, 2) }, "en")})`,
    });
  if (key !== "industry" && s.sizeClass) narrowing.push({ "zh-CN": `同为${SIZE[s.sizeClass]["zh-CN"]}企业`, en: `also ${SIZE[s.sizeClass].en}` });
  return {
    "zh-CN": `本平台已提交评测的同行业企业（${narrowing.map((n) => n["zh-CN"]).join("，")}）`,
    en: `firms of the same industry that submitted an assessment on this platform (${narrowing.map((n) => n.en).join(", ")})`,
  };
}

/** Stored as real (float4): scores have at most three decimals, so rounding gives back the exact value. */
const exact = (x: number) => Math.round(x * 1000) / 1000;

/** A peer from its stored capability vector (dimension scores, then scene levels, in template order). */
function peerOf(codes: ReturnType<typeof capabilityCodes>, total: number, vector: readonly (number | null)[]): PeerResult {
  const dimensions: Record<string, number> = {};
  const scenes: Record<string, number> = {};
  codes.dimensions.forEach((code, i) => {
    const v = vector[i];
    if (v !== null && v !== undefined) dimensions[code] = exact(v);
  });
  codes.scenes.forEach((code, i) => {
    const v = vector[codes.dimensions.length + i];
    if (v !== null && v !== undefined) scenes[code] = Math.round(v);
  });
  return { total, dimensions, scenes };
}

export interface PeerGroup {
  key: PeerGroupKey;
  label: Localized;
  peers: PeerResult[];
}

/**
 * The narrowest group with at least MIN_PEERS firms, widening from industry + city + size to the
 * industry alone; the widest group (with what it has) when none reaches the minimum. Every peer, no
 * sample: read from the peers' covering index (real latest results only), one row per firm.
 */
export async function findPeers(db: Db, s: Subject): Promise<PeerGroup | null> {
  if (!isTemplateId(s.templateId)) return null;
  const codes = capabilityCodes(getTemplate(s.templateId));
  const r = assessmentResults;
  const base = [
    eq(r.templateId, s.templateId),
    eq(r.industryCode, s.industryCode),
    eq(r.isLatest, true),
    eq(r.origin, "real"),
    ne(r.enterpriseId, s.enterpriseId),
    ne(r.assessmentId, s.assessmentId),
  ];
  const ladder: [PeerGroupKey, SQL[] | null][] = [
    ["industry_city_size", s.cityCode && s.sizeClass ? [eq(r.sizeClass, s.sizeClass), eq(r.cityCode, s.cityCode)] : null],
    ["industry_province_size", s.cityCode && s.sizeClass ? [eq(r.sizeClass, s.sizeClass), like(r.cityCode, `${s.cityCode.slice(0, 2)}%`)] : null],
    ["industry_size", s.sizeClass ? [eq(r.sizeClass, s.sizeClass)] : null],
    ["industry", []],
  ];
  let widest: PeerGroup | null = null;
  for (const [key, conditions] of ladder) {
    if (!conditions) continue;
    const rows = await db
      .select({ enterpriseId: r.enterpriseId, total: r.total, vector: r.capabilityVector })
      .from(r)
      .where(and(...base, ...conditions))
      .orderBy(r.enterpriseId);
    // One per firm even if two submits raced and both left is_latest set (rows come sorted by firm).
    const peers = rows
      .filter((row, i) => row.vector !== null && row.enterpriseId !== rows[i - 1]?.enterpriseId)
      .map((row) => peerOf(codes, row.total, row.vector!));
    widest = { key, label: groupLabel(key, s), peers };
    if (peers.length >= MIN_PEERS) return widest;
  }
  return widest;
}

/** The benchmark to store for a result against its peer group (pure). */
export function benchmarkToStore(
  templateId: string,
  result: Pick<Result, "total" | "dimensions" | "scenes">,
  group: PeerGroup | null,
  computedAt: Date,
): StoredBenchmark {
  const t = isTemplateId(templateId) ? getTemplate(templateId) : null;
  const enough = group !== null && group.peers.length >= MIN_PEERS;
  const mine: PeerResult = { total: result.total, dimensions: result.dimensions, scenes: Object.fromEntries(result.scenes.map((x) => [x.code, x.level])) };
  return {
    version: 1,
    computedAt: computedAt.toISOString(),
    minimum: MIN_PEERS,
    group: {
      key: group?.key ?? "industry",
      label: group?.label ?? { "zh-CN": "本平台已提交评测的同行业企业", en: "firms of the same industry that submitted an assessment on this platform" },
    },
    count: group?.peers.length ?? 0,
    benchmark: enough ? benchmark(mine, group.peers) : null,
    radarMedians: enough && t ? peerRadarMedians(t, group.peers) : null,
  };
}

/**
 * The result's stored benchmark, computed and stored first if it is not there yet. Stored once: a
 * second writer racing this one finds the column set and reads the first one's value, so no two
 * different benchmarks of one result ever exist.
 */
export async function ensureBenchmark(db: Db, assessmentId: string): Promise<StoredBenchmark> {
  const r = assessmentResults;
  const [row] = await db
    .select({
      benchmark: r.benchmark,
      enterpriseId: r.enterpriseId,
      templateId: r.templateId,
      industryCode: r.industryCode,
      cityCode: r.cityCode,
      sizeClass: r.sizeClass,
      detail: r.detail,
    })
    .from(r)
    .where(eq(r.assessmentId, assessmentId));
  if (!row) throw AppError.notFound("assessment");
  if (row.benchmark) return storedBenchmark.parse(row.benchmark);
  const group = await findPeers(db, { assessmentId, ...row });
  const value = benchmarkToStore(row.templateId, storedResult(row.detail), group, new Date());
  const [written] = await db
    .update(r)
    .set({ benchmark: value as unknown as Record<string, unknown> })
    .where(and(eq(r.assessmentId, assessmentId), isNull(r.benchmark)))
    .returning({ benchmark: r.benchmark });
  if (written?.benchmark) return storedBenchmark.parse(written.benchmark);
  const [stored] = await db.select({ benchmark: r.benchmark }).from(r).where(eq(r.assessmentId, assessmentId));
  return storedBenchmark.parse(stored?.benchmark);
}
