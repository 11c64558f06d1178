import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { assessmentResults, assessments, consultantClients, enterprises, reports, usageEvents } from "@/db/schema";
import { newResumeToken, hashToken, RESUME_TOKEN_DAYS } from "@/lib/shared/tokens";
import { audit } from "@/lib/shared/audit";
import { tenantFor } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { enterpriseInput, enterpriseRow } from "@/lib/enterprise/profile";
import { firmRegion } from "@/lib/enterprise/regions";
import { AppError } from "@/lib/errors";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { getTemplate, templateForIndustry, type TemplateId } from "@/scoring";
import { AN_EMAIL, atMostChars } from "@/lib/i18n/zod";

/** A consultant's client firms: adding them, visiting them (assessments on their behalf), following them. */

export const addClientRequest = z
  .object({
    enterprise: enterpriseInput,
    contactName: z.string().trim().max(60, atMostChars(60)).optional(),
    contactEmail: z.email(AN_EMAIL).max(200).optional(),
    note: z.string().trim().max(500, atMostChars(500)).optional(),
  })
  .strict();

export const startClientAssessmentRequest = z
  .object({
    mode: z.enum(["consultant_onsite", "consultant_remote"]).default("consultant_onsite"),
    language: z.enum(LOCALES).default("zh-CN"),
  })
  .strict();

export interface ClientSummary {
  enterpriseId: string;
  name: string;
  regionName: string | null;
  industryCode: string;
  sizeClass: string | null;
  contactName: string | null;
  contactEmail: string | null;
  addedAt: string;
  latest: { assessmentId: string; status: "draft" | "submitted"; level: number | null; total: number | null; at: string } | null;
  assessments: number;
}

export async function listClients(db: Db, actor: Actor, slug: string, locale: Locale = "zh-CN"): Promise<ClientSummary[]> {
  const tenant = await tenantFor(db, actor, slug, "client.manage");
  const rows = await db
    .select({
      enterpriseId: enterprises.id,
      name: enterprises.name,
      regionName: enterprises.regionName,
      provinceCode: enterprises.provinceCode,
      cityCode: enterprises.cityCode,
      districtCode: enterprises.districtCode,
      industryCode: enterprises.industryCode,
      sizeClass: enterprises.sizeClass,
      contactName: consultantClients.contactName,
      contactEmail: consultantClients.contactEmail,
      addedAt: consultantClients.createdAt,
    })
    .from(consultantClients)
    .innerJoin(enterprises, eq(enterprises.id, consultantClients.enterpriseId))
    .where(and(eq(consultantClients.tenantId, tenant.id), eq(consultantClients.consultantUserId, actor.userId), eq(consultantClients.status, "active")))
    .orderBy(desc(consultantClients.createdAt));
  if (rows.length === 0) return [];
  const visits = await db
    .select({
      id: assessments.id,
      enterpriseId: assessments.enterpriseId,
      status: assessments.status,
      startedAt: assessments.startedAt,
      level: assessmentResults.level,
      total: assessmentResults.total,
    })
    .from(assessments)
    .leftJoin(assessmentResults, eq(assessmentResults.assessmentId, assessments.id))
    .where(
      and(
        eq(assessments.tenantId, tenant.id),
        inArray(
          assessments.enterpriseId,
          rows.map((r) => r.enterpriseId),
        ),
      ),
    )
    .orderBy(desc(assessments.startedAt));
  return rows.map(({ provinceCode, cityCode, districtCode, ...r }) => {
    const mine = visits.filter((v) => v.enterpriseId === r.enterpriseId);
    const latest = mine[0];
    return {
      ...r,
      regionName: firmRegion({ provinceCode, cityCode, districtCode, regionName: r.regionName }, locale),
      addedAt: r.addedAt.toISOString(),
      assessments: mine.length,
      latest: latest ? { assessmentId: latest.id, status: latest.status, level: latest.level, total: latest.total, at: latest.startedAt.toISOString() } : null,
    };
  });
}

export async function addClient(db: Db, actor: Actor, slug: string, request: z.infer<typeof addClientRequest>): Promise<{ enterpriseId: string }> {
  const tenant = await tenantFor(db, actor, slug, "client.manage");
  const e = request.enterprise;
  return db.transaction(async (tx) => {
    const [firm] = await tx
      .insert(enterprises)
      .values(enterpriseRow(tenant.id, e, { createdBy: actor.userId }))
      .returning({ id: enterprises.id });
    if (!firm) throw new Error("enterprise insert returned nothing");
    await tx.insert(consultantClients).values({
      tenantId: tenant.id,
      consultantUserId: actor.userId,
      enterpriseId: firm.id,
      contactName: request.contactName ?? null,
      contactEmail: request.contactEmail?.toLowerCase() ?? null,
      note: request.note ?? null,
    });
    await audit(tx, {
      tenantId: tenant.id,
      actorUserId: actor.userId,
      action: "client.added",
      targetType: "enterprise",
      targetId: firm.id,
      details: { name: e.name },
    });
    return { enterpriseId: firm.id };
  });
}

/** The client relation, or 404: another consultant's client is as absent as a missing one. */
async function clientOf(db: Db, actor: Actor, slug: string, enterpriseId: string) {
  const tenant = await tenantFor(db, actor, slug, "client.manage");
  const [row] = z.uuid().safeParse(enterpriseId).success
    ? await db
        .select({ client: consultantClients, firm: enterprises })
        .from(consultantClients)
        .innerJoin(enterprises, eq(enterprises.id, consultantClients.enterpriseId))
        .where(
          and(
            eq(consultantClients.tenantId, tenant.id),
            eq(consultantClients.enterpriseId, enterpriseId),
            eq(consultantClients.consultantUserId, actor.userId),
            eq(consultantClients.status, "active"),
          ),
        )
    : [];
  if (!row) throw AppError.notFound("client");
  return { tenant, ...row };
}

/**
 * A visit: a new assessment of the client, prefilled with its last submitted answers so that only what
 * changed needs asking. The resume token is handed back once, for the consultant's device.
 */
export async function startClientAssessment(
  db: Db,
  actor: Actor,
  slug: string,
  enterpriseId: string,
  request: z.infer<typeof startClientAssessmentRequest>,
  /** The API may name another template than the industry's. */
  template?: TemplateId,
) {
  const { tenant, firm } = await clientOf(db, actor, slug, enterpriseId);
  await tenantFor(db, actor, slug, "assessment.create_for_client");
  // An on-site visit already open for this firm is continued, not duplicated: the same answers and
  // evidence, with a fresh resume token for this device (the consultant's session opens it anywhere).
  if (request.mode === "consultant_onsite") {
    const [open] = await db
      .select({ id: assessments.id })
      .from(assessments)
      .where(
        and(
          eq(assessments.enterpriseId, firm.id),
          eq(assessments.tenantId, tenant.id),
          eq(assessments.consultantUserId, actor.userId),
          eq(assessments.status, "draft"),
          eq(assessments.mode, "consultant_onsite"),
        ),
      )
      .orderBy(desc(assessments.createdAt))
      .limit(1);
    if (open) {
      const token = newResumeToken();
      await db
        .update(assessments)
        .set({ resumeTokenHash: hashToken(token), resumeTokenExpiresAt: new Date(Date.now() + RESUME_TOKEN_DAYS * 86_400_000), updatedAt: new Date() })
        .where(eq(assessments.id, open.id));
      return { id: open.id, resumeToken: token, resumePath: `/assess/${open.id}#k=${token}`, reused: true };
    }
  }
  const [last] = await db
    .select({ answers: assessments.answers, templateId: assessments.templateId })
    .from(assessments)
    .where(and(eq(assessments.enterpriseId, firm.id), eq(assessments.status, "submitted")))
    .orderBy(desc(assessments.submittedAt))
    .limit(1);
  const templateId = template ?? templateForIndustry(firm.industryCode);
  const token = newResumeToken();
  const [row] = await db
    .insert(assessments)
    .values({
      tenantId: tenant.id,
      enterpriseId: firm.id,
      templateId,
      templateVersion: getTemplate(templateId).version,
      language: request.language,
      mode: request.mode,
      answers: last && last.templateId === templateId ? last.answers : {},
      ownerUserId: firm.ownerUserId,
      consultantUserId: actor.userId,
      resumeTokenHash: hashToken(token),
      resumeTokenExpiresAt: new Date(Date.now() + RESUME_TOKEN_DAYS * 86_400_000),
    })
    .returning({ id: assessments.id });
  if (!row) throw new Error("assessment insert returned nothing");
  await db.insert(usageEvents).values({ tenantId: tenant.id, assessmentId: row.id, kind: "started" }).onConflictDoNothing();
  return { id: row.id, resumeToken: token, resumePath: `/assess/${row.id}#k=${token}`, reused: false };
}

export interface ClientChange {
  code: string;
  label: string;
  before: string;
  after: string;
}

export interface ClientDetail {
  enterprise: {
    id: string;
    name: string;
    regionName: string | null;
    industryCode: string;
    sizeClass: string | null;
    aboveScale: boolean | null;
    creditCode: string | null;
  };
  contact: { name: string | null; email: string | null; hasAccount: boolean };
  note: string | null;
  assessments: {
    id: string;
    status: "draft" | "submitted";
    mode: string;
    startedAt: string;
    submittedAt: string | null;
    level: number | null;
    total: number | null;
    report: { status: string; version: number; published: number | null } | null;
  }[];
  /** Between the last two submitted assessments: what moved, and every answer that changed. */
  changes: {
    from: string;
    to: string;
    total: { before: number; after: number };
    level: { before: number; after: number };
    dimensions: { code: string; label: string; before: number; after: number }[];
    answers: ClientChange[];
  } | null;
}

function answerText(value: unknown, options: Map<string, string>): string {
  if (value === undefined || value === null) return "—";
  if (Array.isArray(value)) return value.map((v) => options.get(String(v)) ?? String(v)).join("、") || "—";
  return options.get(String(value)) ?? String(value);
}

export async function clientDetail(db: Db, actor: Actor, slug: string, enterpriseId: string, locale: Locale = "zh-CN"): Promise<ClientDetail> {
  const { firm, client } = await clientOf(db, actor, slug, enterpriseId);
  const rows = await db
    .select({
      id: assessments.id,
      status: assessments.status,
      mode: assessments.mode,
      startedAt: assessments.startedAt,
      submittedAt: assessments.submittedAt,
      templateId: assessments.templateId,
      answers: assessments.answers,
      level: assessmentResults.level,
      total: assessmentResults.total,
      dimensions: assessmentResults.dimensionScores,
    })
    .from(assessments)
    .leftJoin(assessmentResults, eq(assessmentResults.assessmentId, assessments.id))
    .where(eq(assessments.enterpriseId, firm.id))
    .orderBy(desc(assessments.startedAt));
  const reportRows = rows.length
    ? await db
        .select({ assessmentId: reports.assessmentId, status: reports.status, version: reports.currentVersion, published: reports.publishedVersion })
        .from(reports)
        .where(
          and(
            inArray(
              reports.assessmentId,
              rows.map((r) => r.id),
            ),
            eq(reports.language, locale),
          ),
        )
    : [];
  const submitted = rows.filter((r) => r.status === "submitted" && r.level !== null);
  let changes: ClientDetail["changes"] = null;
  const [after, before] = submitted;
  if (after && before && after.templateId === before.templateId) {
    const t = getTemplate(after.templateId as Parameters<typeof getTemplate>[0]);
    const answers: ClientChange[] = [];
    for (const q of t.def.questions) {
      const a = before.answers[q.code];
      const b = after.answers[q.code];
      if (JSON.stringify(a) === JSON.stringify(b)) continue;
      const options = new Map(q.options.map((o) => [o.code, o.label[locale]]));
      answers.push({ code: q.code, label: q.label[locale], before: answerText(a, options), after: answerText(b, options) });
    }
    for (const s of t.def.scenes) {
      const a = before.answers[s.code];
      const b = after.answers[s.code];
      if (JSON.stringify(a) !== JSON.stringify(b))
        answers.push({ code: s.code, label: s.label[locale], before: a === undefined ? "—" : String(a), after: b === undefined ? "—" : String(b) });
    }
    changes = {
      from: before.id,
      to: after.id,
      total: { before: before.total ?? 0, after: after.total ?? 0 },
      level: { before: before.level ?? 0, after: after.level ?? 0 },
      dimensions: t.def.dimensions.map((d) => ({
        code: d.code,
        label: d.label[locale],
        before: before.dimensions?.[d.code] ?? 0,
        after: after.dimensions?.[d.code] ?? 0,
      })),
      answers,
    };
  }
  return {
    enterprise: {
      id: firm.id,
      name: firm.name,
      regionName: firmRegion(firm, locale),
      industryCode: firm.industryCode,
      sizeClass: firm.sizeClass,
      aboveScale: firm.aboveScale,
      creditCode: firm.creditCode,
    },
    contact: { name: client.contactName, email: client.contactEmail, hasAccount: firm.ownerUserId !== null },
    note: client.note,
    assessments: rows.map((r) => {
      const rep = reportRows.find((x) => x.assessmentId === r.id);
      return {
        id: r.id,
        status: r.status,
        mode: r.mode,
        startedAt: r.startedAt.toISOString(),
        submittedAt: r.submittedAt?.toISOString() ?? null,
        level: r.level,
        total: r.total,
        report: rep ? { status: rep.status, version: rep.version, published: rep.published } : null,
      };
    }),
    changes,
  };
}
