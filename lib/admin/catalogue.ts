import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { policyEntry, type PolicyEntry } from "@/db/catalogue/policies";
import { solutionEntry, type SolutionEntry } from "@/db/catalogue/solutions";
import type { Db } from "@/db/client";
import { policies, solutions } from "@/db/schema";
import { audit } from "@/lib/shared/audit";
import { tenantFor } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { issuesFromZod } from "@/lib/http/errors";
import { zodText } from "@/lib/i18n/zod";
import "./catalogue-messages";
import { messageText } from "@/lib/i18n/translate";
import { catalogueTenantIds } from "@/lib/recommendations/catalogue-store";
import type { Locale } from "@/lib/i18n/locales";
import { getTemplate } from "@/scoring";

/**
 * A portal's own policies and solutions, beside the platform's shared ones (read only here). An entry
 * is validated whole by the catalogue schema; its id is what plans and reports cite, so it is unique
 * across the platform's and the portal's entries and never changes. Retiring hides it from new plans.
 */

export type CatalogueKind = "policy" | "solution";

export const saveEntryRequest = z
  .object({
    entry: z.unknown(),
    status: z.enum(["draft", "active", "retired"]).default("active"),
  })
  .strict();

export const updateEntryRequest = z
  .object({
    entry: z.unknown().optional(),
    status: z.enum(["draft", "active", "retired"]).optional(),
  })
  .strict()
  .refine((r) => r.entry !== undefined || r.status !== undefined, zodText({ "zh-CN": "请发送 entry、status 或两者", en: "send entry, status or both" }));

export interface CatalogueRow {
  code: string;
  title: string;
  /** The English title or name, when the entry has one. */
  titleEn: string | null;
  status: string;
  own: boolean;
  demo: boolean;
  updatedAt: string;
  entry: Record<string, unknown>;
}

const PERMISSION = { policy: "catalogue.policy.edit", solution: "catalogue.solution.edit" } as const;

type ParsedEntry = { kind: "policy"; entry: PolicyEntry } | { kind: "solution"; entry: SolutionEntry };

/** The entry validated by its kind's schema, tagged with the kind so each table gets its own type. */
function parseEntry(kind: CatalogueKind, raw: unknown): ParsedEntry {
  const parsed = kind === "policy" ? policyEntry.safeParse(raw) : solutionEntry.safeParse(raw);
  if (!parsed.success) throw AppError.validation(issuesFromZod(parsed.error, "entry"));
  return "title" in parsed.data ? { kind: "policy", entry: parsed.data } : { kind: "solution", entry: parsed.data };
}

/** jsonb keeps keys in its own order; editors show them in the schema's. */
function inSchemaOrder(kind: CatalogueKind, data: PolicyEntry | SolutionEntry): Record<string, unknown> {
  const parsed = kind === "policy" ? policyEntry.safeParse(data) : solutionEntry.safeParse(data);
  return parsed.success ? parsed.data : data;
}

export async function listCatalogue(db: Db, actor: Actor, slug: string, kind: CatalogueKind): Promise<CatalogueRow[]> {
  const tenant = await tenantFor(db, actor, slug, PERMISSION[kind]);
  const ids = await catalogueTenantIds(db, tenant.id);
  const table = kind === "policy" ? policies : solutions;
  const rows = await db
    .select({ code: table.code, tenantId: table.tenantId, status: table.status, demo: table.isDemo, data: table.data, updatedAt: table.updatedAt })
    .from(table)
    .where(inArray(table.tenantId, ids))
    .orderBy(asc(table.code));
  return rows
    .map((r) => ({
      code: r.code,
      // Optional chaining and the fallback: rows written by older code may lack a field.
      title: String(("title" in r.data ? r.data.title : r.data.name?.["zh-CN"]) ?? r.code),
      titleEn: ("title" in r.data ? r.data.titleEn : r.data.name?.en) || null,
      status: r.status,
      own: r.tenantId === tenant.id,
      demo: r.demo,
      updatedAt: r.updatedAt.toISOString(),
      entry: inSchemaOrder(kind, r.data),
    }))
    .sort((a, b) => Number(b.own) - Number(a.own) || a.code.localeCompare(b.code));
}

function policyColumns(e: PolicyEntry) {
  return {
    title: e.title,
    issuer: e.issuer,
    docNo: e.docNo,
    province: e.region.value?.provinceCode ?? null,
    city: e.region.value?.cityCodes?.join(",") ?? null,
    district: e.region.value?.districtCodes?.join(",") ?? null,
    issuedOn: e.issuedOn,
    validUntil: e.window.value?.until ?? null,
    sourceUrls: e.sources,
    confidence: e.demo ? "demo" : "H",
    isDemo: e.demo,
  };
}

function solutionColumns(e: SolutionEntry) {
  return { category: e.category, name: e.name["zh-CN"], provider: e.provider.name["zh-CN"], scenes: [...new Set(e.lifts.map((l) => l.scene))], isDemo: e.demo };
}

export async function createEntry(
  db: Db,
  actor: Actor,
  slug: string,
  kind: CatalogueKind,
  request: z.infer<typeof saveEntryRequest>,
): Promise<{ code: string }> {
  const tenant = await tenantFor(db, actor, slug, PERMISSION[kind]);
  const parsed = parseEntry(kind, request.entry);
  const entry = parsed.entry;
  const ids = await catalogueTenantIds(db, tenant.id);
  const table = kind === "policy" ? policies : solutions;
  const [taken] = await db
    .select({ code: table.code })
    .from(table)
    .where(and(eq(table.code, entry.id), inArray(table.tenantId, ids)));
  if (taken)
    throw new AppError(
      "conflict",
      { "zh-CN": `entry.id：${entry.id} 已被使用，请换一个 id`, en: `entry.id: ${entry.id} is already used; choose another id` },
      { issues: [{ field: "entry.id", message: messageText("error.alreadyUsed") }] },
    );
  const status = kind === "solution" && request.status === "draft" ? "retired" : request.status;
  if (parsed.kind === "policy") {
    await db.insert(policies).values({ tenantId: tenant.id, code: entry.id, data: parsed.entry, status, ...policyColumns(parsed.entry) });
  } else {
    await db.insert(solutions).values({
      tenantId: tenant.id,
      code: entry.id,
      data: parsed.entry,
      status: status === "active" ? "active" : "retired",
      ...solutionColumns(parsed.entry),
    });
  }
  await audit(db, {
    tenantId: tenant.id,
    actorUserId: actor.userId,
    action: `catalogue.${kind}_created`,
    targetType: kind,
    targetId: entry.id,
    details: { status },
  });
  return { code: entry.id };
}

export async function updateEntry(
  db: Db,
  actor: Actor,
  slug: string,
  kind: CatalogueKind,
  code: string,
  request: z.infer<typeof updateEntryRequest>,
): Promise<{ code: string; status: string }> {
  const tenant = await tenantFor(db, actor, slug, PERMISSION[kind]);
  const table = kind === "policy" ? policies : solutions;
  const [row] = /^[a-z0-9-]{3,80}$/.test(code)
    ? await db
        .select({ data: table.data, status: table.status })
        .from(table)
        .where(and(eq(table.tenantId, tenant.id), eq(table.code, code)))
    : [];
  // The platform's shared entries are not the portal's to change: as absent as a missing one.
  if (!row) throw AppError.notFound(kind);
  const parsed = request.entry === undefined ? null : parseEntry(kind, request.entry);
  const entry = parsed?.entry ?? null;
  if (entry && entry.id !== code)
    throw AppError.validation([
      {
        field: "entry.id",
        message: { "zh-CN": `id 不能修改（当前为 ${code}），需要新 id 请新建条目`, en: `the id cannot change (it is ${code}); create a new entry instead` },
      },
    ]);
  const now = new Date();
  if (kind === "policy") {
    const status = request.status ?? (row.status as "draft" | "active" | "retired");
    await db
      .update(policies)
      .set({ status, updatedAt: now, ...(parsed?.kind === "policy" ? { data: parsed.entry, ...policyColumns(parsed.entry) } : {}) })
      .where(and(eq(policies.tenantId, tenant.id), eq(policies.code, code)));
  } else {
    const status = request.status === undefined ? (row.status as "active" | "retired") : request.status === "active" ? "active" : "retired";
    await db
      .update(solutions)
      .set({ status, updatedAt: now, ...(parsed?.kind === "solution" ? { data: parsed.entry, ...solutionColumns(parsed.entry) } : {}) })
      .where(and(eq(solutions.tenantId, tenant.id), eq(solutions.code, code)));
  }
  const status = request.status ?? row.status;
  const action = request.status === "retired" && !entry ? "retired" : "updated";
  await audit(db, {
    tenantId: tenant.id,
    actorUserId: actor.userId,
    action: `catalogue.${kind}_${action}`,
    targetType: kind,
    targetId: code,
    details: { statusBefore: row.status, status, entryChanged: !!entry },
  });
  return { code, status };
}

/** The scenes a solution may lift, named for the solution form (the manufacturing template has all sixteen). */
export function sceneChoices(locale: Locale): { code: string; label: string }[] {
  return getTemplate("miit-2024-manufacturing").scenes.map((s) => ({ code: s.code, label: s.def.label[locale] }));
}
