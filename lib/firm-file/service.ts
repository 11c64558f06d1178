import "server-only";
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import {
  assessmentFiles,
  assessmentResults,
  assessments,
  auditLog,
  consultantClients,
  enterpriseContacts,
  enterpriseInventory,
  enterprises,
  projectEvents,
  projects,
  reports,
  subsidyApplicationEvents,
  subsidyApplications,
  users,
} from "@/db/schema";
import { tenantFor } from "@/lib/auth/guard";
import { canAs, type Actor } from "@/lib/auth/permissions";
import { enterpriseInput, enterpriseRow } from "@/lib/enterprise/profile";
import { AppError } from "@/lib/errors";
import { issueText } from "@/lib/i18n/zod";
import { messageText } from "@/lib/i18n/translate";
import { toYuan } from "@/lib/projects/schemas";
import { audit } from "@/lib/shared/audit";
import { isUuid } from "@/lib/shared/ids";
import type { TenantSummary } from "@/lib/tenants";
import { contactLine, equipmentTotals, inventoryLine, type InventoryKind } from "./inventory";

/**
 * 一企一档: one file per firm per portal — its profile with the equipment and information-system
 * inventory, its contacts, every assessment with its reports and evidence, its projects and subsidy
 * applications, and its history. The firm's owner and the consultants who serve it edit it; the portal's
 * administrators read it. Anyone else gets the same 404 as for a firm that does not exist.
 */

export type FirmSide = "firm" | "consultant" | "provider" | "admin";

export interface FirmAccess {
  tenant: TenantSummary;
  firm: typeof enterprises.$inferSelect;
  sides: FirmSide[];
  canEdit: boolean;
}

export async function firmFileFor(db: Db, actor: Actor, slug: string, enterpriseId: string, edit = false): Promise<FirmAccess> {
  const tenant = await tenantFor(db, actor, slug, "enterprise.read");
  if (!isUuid(enterpriseId)) throw AppError.notFound("enterprise");
  const [row] = await db
    .select({ firm: enterprises, clientId: consultantClients.id })
    .from(enterprises)
    // Joined, not a subquery: drizzle leaves a lone table's columns unqualified, and "id" would name the inner table's.
    .leftJoin(
      consultantClients,
      and(eq(consultantClients.enterpriseId, enterprises.id), eq(consultantClients.consultantUserId, actor.userId), eq(consultantClients.status, "active")),
    )
    .where(and(eq(enterprises.id, enterpriseId), eq(enterprises.tenantId, tenant.id)))
    .limit(1);
  if (!row) throw AppError.notFound("enterprise");
  const isClient = row.clientId !== null;
  const sides: FirmSide[] = [];
  if (row.firm.ownerUserId === actor.userId && canAs(actor, "enterprise.read", tenant.id, "sme_owner")) sides.push("firm");
  if (isClient && canAs(actor, "enterprise.read", tenant.id, "consultant")) sides.push("consultant");
  // The consultant named as a project's provider reads the file of the firm it works for (without keeping it).
  else if (canAs(actor, "enterprise.read", tenant.id, "consultant")) {
    const [provides] = await db
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.enterpriseId, row.firm.id), eq(projects.providerUserId, actor.userId)))
      .limit(1);
    if (provides) sides.push("provider");
  }
  if (canAs(actor, "enterprise.read", tenant.id, "tenant_admin")) sides.push("admin");
  if (sides.length === 0) throw AppError.notFound("enterprise");
  const canEdit =
    (sides.includes("firm") && canAs(actor, "firm_file.edit", tenant.id, "sme_owner")) ||
    (sides.includes("consultant") && canAs(actor, "firm_file.edit", tenant.id, "consultant"));
  if (edit && !canEdit)
    throw new AppError("forbidden", messageText("error.role", { permission: "firm_file.edit" }), {
      issues: [{ field: "role", message: messageText("error.role.issue", { permission: "firm_file.edit" }) }],
    });
  return { tenant, firm: row.firm, sides, canEdit };
}

export interface FirmFile {
  id: string;
  /** The file's version: the firm row's last change, sent back with an edit. */
  revision: string;
  canEdit: boolean;
  profile: {
    name: string;
    creditCode: string | null;
    industryCode: string;
    industrySubCode: string | null;
    industrySegment: string | null;
    regionName: string | null;
    districtCode: string | null;
    employees: number | null;
    revenueWan: number | null;
    assetsWan: number | null;
    sizeClass: string | null;
    aboveScale: boolean | null;
    aboveScaleDeclared: boolean;
    createdAt: string;
  };
  contacts: { name: string; role: string | null; phone: string | null; email: string | null; isPrimary: boolean }[];
  inventory: {
    kind: InventoryKind;
    category: string;
    name: string;
    vendor: string | null;
    model: string | null;
    quantity: number;
    networked: number | null;
    sinceYear: number | null;
    note: string | null;
  }[];
  equipment: ReturnType<typeof equipmentTotals>;
  assessments: {
    id: string;
    status: string;
    mode: string;
    createdAt: string;
    submittedAt: string | null;
    level: number | null;
    total: number | null;
    evidenceFiles: number;
    reports: { language: string; status: string }[];
  }[];
  projects: { id: string; title: string; status: string; providerName: string; contractAmountYuan: number; stateSince: string }[];
  subsidies: {
    id: string;
    projectId: string;
    policyTitle: string;
    batch: string;
    status: string;
    requestedYuan: number;
    paidYuan: number | null;
    paidOn: string | null;
  }[];
  history: {
    at: string;
    kind: "assessment" | "project" | "subsidy" | "file";
    what: string;
    from: string | null;
    to: string | null;
    note: string | null;
    actor: string | null;
  }[];
}

const HISTORY_LIMIT = 200;

export async function firmFile(db: Db, actor: Actor, slug: string, enterpriseId: string): Promise<FirmFile> {
  const { firm, canEdit } = await firmFileFor(db, actor, slug, enterpriseId);
  const [contacts, inventory, assessmentRows, files, reportRows, projectRows, subsidyRows, history] = await Promise.all([
    db.select().from(enterpriseContacts).where(eq(enterpriseContacts.enterpriseId, firm.id)).orderBy(asc(enterpriseContacts.position)),
    db.select().from(enterpriseInventory).where(eq(enterpriseInventory.enterpriseId, firm.id)).orderBy(asc(enterpriseInventory.position)),
    db
      .select({
        id: assessments.id,
        status: assessments.status,
        mode: assessments.mode,
        createdAt: assessments.createdAt,
        submittedAt: assessments.submittedAt,
        level: assessmentResults.level,
        total: assessmentResults.total,
      })
      .from(assessments)
      .leftJoin(assessmentResults, eq(assessmentResults.assessmentId, assessments.id))
      .where(eq(assessments.enterpriseId, firm.id))
      .orderBy(desc(assessments.createdAt))
      .limit(100),
    db
      .select({ assessmentId: assessmentFiles.assessmentId, n: count() })
      .from(assessmentFiles)
      .innerJoin(assessments, eq(assessments.id, assessmentFiles.assessmentId))
      .where(eq(assessments.enterpriseId, firm.id))
      .groupBy(assessmentFiles.assessmentId),
    db
      .select({ assessmentId: reports.assessmentId, language: reports.language, status: reports.status })
      .from(reports)
      .innerJoin(assessments, eq(assessments.id, reports.assessmentId))
      .where(eq(assessments.enterpriseId, firm.id)),
    db
      .select({
        id: projects.id,
        title: projects.title,
        status: projects.status,
        providerName: projects.providerName,
        contractAmountFen: projects.contractAmountFen,
        stateSince: projects.stateSince,
      })
      .from(projects)
      .where(eq(projects.enterpriseId, firm.id))
      .orderBy(desc(projects.createdAt)),
    db
      .select({
        id: subsidyApplications.id,
        projectId: subsidyApplications.projectId,
        policyTitle: subsidyApplications.policyTitle,
        batch: subsidyApplications.batch,
        status: subsidyApplications.status,
        requestedFen: subsidyApplications.requestedFen,
        paidFen: subsidyApplications.paidFen,
        paidOn: subsidyApplications.paidOn,
      })
      .from(subsidyApplications)
      .innerJoin(projects, eq(projects.id, subsidyApplications.projectId))
      .where(eq(projects.enterpriseId, firm.id))
      .orderBy(desc(subsidyApplications.createdAt)),
    firmHistory(db, firm.id),
  ]);
  const lines = inventory.map((l) => ({
    kind: l.kind as InventoryKind,
    category: l.category,
    name: l.name,
    vendor: l.vendor,
    model: l.model,
    quantity: l.quantity,
    networked: l.networked,
    sinceYear: l.sinceYear,
    note: l.note,
  }));
  return {
    id: firm.id,
    revision: firm.updatedAt.toISOString(),
    canEdit,
    profile: {
      name: firm.name,
      creditCode: firm.creditCode,
      industryCode: firm.industryCode,
      industrySubCode: firm.industrySubCode,
      industrySegment: firm.industrySegment,
      regionName: firm.regionName,
      districtCode: firm.districtCode,
      employees: firm.employees,
      revenueWan: firm.revenueWan,
      assetsWan: firm.assetsWan,
      sizeClass: firm.sizeClass,
      aboveScale: firm.aboveScale,
      aboveScaleDeclared: firm.aboveScaleDeclared,
      createdAt: firm.createdAt.toISOString(),
    },
    contacts: contacts.map((c) => ({ name: c.name, role: c.role, phone: c.phone, email: c.email, isPrimary: c.isPrimary })),
    inventory: lines,
    equipment: equipmentTotals(lines),
    assessments: assessmentRows.map((a) => ({
      id: a.id,
      status: a.status,
      mode: a.mode,
      createdAt: a.createdAt.toISOString(),
      submittedAt: a.submittedAt?.toISOString() ?? null,
      level: a.level,
      total: a.total,
      evidenceFiles: files.find((f) => f.assessmentId === a.id)?.n ?? 0,
      reports: reportRows.filter((r) => r.assessmentId === a.id).map((r) => ({ language: r.language, status: r.status })),
    })),
    projects: projectRows.map((p) => ({
      id: p.id,
      title: p.title,
      status: p.status,
      providerName: p.providerName,
      contractAmountYuan: toYuan(p.contractAmountFen),
      stateSince: p.stateSince.toISOString(),
    })),
    subsidies: subsidyRows.map((s) => ({
      id: s.id,
      projectId: s.projectId,
      policyTitle: s.policyTitle,
      batch: s.batch,
      status: s.status,
      requestedYuan: toYuan(s.requestedFen),
      paidYuan: s.paidFen === null ? null : toYuan(s.paidFen),
      paidOn: s.paidOn,
    })),
    history,
  };
}

/** The firm's history, newest first: assessments submitted, project and subsidy moves, edits of the file. */
async function firmHistory(db: Db, enterpriseId: string): Promise<FirmFile["history"]> {
  const [submitted, projectMoves, subsidyMoves, edits] = await Promise.all([
    db
      .select({ at: assessments.submittedAt, id: assessments.id })
      .from(assessments)
      .where(and(eq(assessments.enterpriseId, enterpriseId), eq(assessments.status, "submitted")))
      .orderBy(desc(assessments.submittedAt))
      .limit(HISTORY_LIMIT),
    db
      .select({
        at: projectEvents.at,
        title: projects.title,
        from: projectEvents.fromStatus,
        to: projectEvents.toStatus,
        note: projectEvents.note,
        actor: users.name,
      })
      .from(projectEvents)
      .innerJoin(projects, eq(projects.id, projectEvents.projectId))
      .leftJoin(users, eq(users.id, projectEvents.actorUserId))
      .where(eq(projects.enterpriseId, enterpriseId))
      .orderBy(desc(projectEvents.at))
      .limit(HISTORY_LIMIT),
    db
      .select({
        at: subsidyApplicationEvents.at,
        title: subsidyApplications.policyTitle,
        from: subsidyApplicationEvents.fromStatus,
        to: subsidyApplicationEvents.toStatus,
        note: subsidyApplicationEvents.note,
        actor: users.name,
      })
      .from(subsidyApplicationEvents)
      .innerJoin(subsidyApplications, eq(subsidyApplications.id, subsidyApplicationEvents.applicationId))
      .innerJoin(projects, eq(projects.id, subsidyApplications.projectId))
      .leftJoin(users, eq(users.id, subsidyApplicationEvents.actorUserId))
      .where(eq(projects.enterpriseId, enterpriseId))
      .orderBy(desc(subsidyApplicationEvents.at))
      .limit(HISTORY_LIMIT),
    db
      .select({ at: auditLog.at, details: auditLog.details, actor: users.name })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorUserId))
      .where(and(eq(auditLog.targetType, "enterprise"), eq(auditLog.targetId, enterpriseId), inArray(auditLog.action, ["firm_file.updated", "client.added"])))
      .orderBy(desc(auditLog.at))
      .limit(HISTORY_LIMIT),
  ]);
  const all: FirmFile["history"] = [
    ...submitted.flatMap((a) =>
      a.at ? [{ at: a.at.toISOString(), kind: "assessment" as const, what: a.id, from: null, to: null, note: null, actor: null }] : [],
    ),
    ...projectMoves.map((e) => ({ at: e.at.toISOString(), kind: "project" as const, what: e.title, from: e.from, to: e.to, note: e.note, actor: e.actor })),
    ...subsidyMoves.map((e) => ({ at: e.at.toISOString(), kind: "subsidy" as const, what: e.title, from: e.from, to: e.to, note: e.note, actor: e.actor })),
    ...edits.map((e) => ({
      at: e.at.toISOString(),
      kind: "file" as const,
      what: Array.isArray(e.details.sections) ? (e.details.sections as string[]).join(",") : "created",
      from: null,
      to: null,
      note: null,
      actor: e.actor,
    })),
  ];
  return all.sort((a, b) => b.at.localeCompare(a.at)).slice(0, HISTORY_LIMIT);
}

/** An edit of the file: any of the profile's figures, the contacts or the inventory (each list replaced whole). */
export const updateFirmFileRequest = z
  .object({
    profile: z
      .object({
        name: z.string().optional(),
        creditCode: z.string().nullable().optional(),
        /** null (a cleared box) is refused by the profile's rules, naming the field. */
        employees: z.number().nullable().optional(),
        revenueWan: z.number().nullable().optional(),
        assetsWan: z.number().nullable().optional(),
        /** true / false: declared; null: derived from the figures. */
        aboveScaleDeclared: z.boolean().nullable().optional(),
      })
      .strict()
      .optional(),
    contacts: z.array(contactLine).max(20).optional(),
    inventory: z.array(inventoryLine).max(200).optional(),
    /** The `revision` the caller saw: a stale page gets a 409 instead of overwriting another's edit. */
    revision: z.string().optional(),
  })
  .strict();
export type UpdateFirmFileRequest = z.infer<typeof updateFirmFileRequest>;

export async function updateFirmFile(db: Db, actor: Actor, slug: string, enterpriseId: string, request: UpdateFirmFileRequest): Promise<FirmFile> {
  const { tenant, firm } = await firmFileFor(db, actor, slug, enterpriseId, true);
  let row: ReturnType<typeof enterpriseRow> | null = null;
  if (request.profile) {
    const p = request.profile;
    // The stored profile with the edit on top, validated whole (a figure may change the size class or 规上).
    const merged = {
      name: p.name ?? firm.name,
      creditCode: (p.creditCode === undefined ? firm.creditCode : p.creditCode) || undefined,
      industryCode: firm.industryCode,
      industrySubCode: firm.industrySubCode ?? undefined,
      industrySegment: firm.industrySegment ?? undefined,
      provinceCode: firm.provinceCode ?? "",
      cityCode: firm.cityCode ?? "",
      districtCode: firm.districtCode ?? undefined,
      employees: (p.employees === undefined ? firm.employees : p.employees) ?? undefined,
      revenueWan: (p.revenueWan === undefined ? firm.revenueWan : p.revenueWan) ?? undefined,
      assetsWan: (p.assetsWan === undefined ? firm.assetsWan : p.assetsWan) ?? undefined,
      aboveScaleDeclared:
        p.aboveScaleDeclared === undefined ? (firm.aboveScaleDeclared ? (firm.aboveScale ?? undefined) : undefined) : (p.aboveScaleDeclared ?? undefined),
    };
    const parsed = enterpriseInput.safeParse(merged);
    if (!parsed.success) throw AppError.validation(parsed.error.issues.map((i) => ({ field: `profile.${i.path.join(".")}`, message: issueText(i) })));
    row = enterpriseRow(tenant.id, parsed.data);
  }
  if (request.contacts && request.contacts.filter((c) => c.isPrimary).length > 1)
    throw AppError.validation([{ field: "contacts", message: { "zh-CN": "只能有一位主要联系人", en: "one primary contact at most" } }]);
  const sections = [request.profile ? "profile" : null, request.contacts ? "contacts" : null, request.inventory ? "inventory" : null].filter((s) => s !== null);
  await db.transaction(async (tx) => {
    const [locked] = await tx.select({ updatedAt: enterprises.updatedAt }).from(enterprises).where(eq(enterprises.id, firm.id)).for("update");
    if (!locked) throw AppError.notFound("enterprise");
    if (request.revision !== undefined && request.revision !== locked.updatedAt.toISOString())
      throw new AppError(
        "conflict",
        { "zh-CN": "企业档案已被他人修改，请刷新后再试", en: "the file changed meanwhile: reload and try again" },
        { issues: [{ field: "revision", message: { "zh-CN": "档案已被修改", en: "the file changed" } }] },
      );
    const now = new Date();
    await tx
      .update(enterprises)
      .set({
        ...(row
          ? {
              name: row.name,
              creditCode: row.creditCode,
              employees: row.employees,
              revenueWan: row.revenueWan,
              assetsWan: row.assetsWan,
              sizeClass: row.sizeClass,
              aboveScale: row.aboveScale,
              aboveScaleDeclared: row.aboveScaleDeclared,
            }
          : {}),
        updatedAt: now,
      })
      .where(eq(enterprises.id, firm.id));
    // The lists replaced are kept in the audit line: an edit never loses what was there.
    const before: Record<string, unknown> = {};
    if (request.contacts)
      before.contacts = (
        await tx.select().from(enterpriseContacts).where(eq(enterpriseContacts.enterpriseId, firm.id)).orderBy(asc(enterpriseContacts.position))
      ).map((c) => ({ name: c.name, role: c.role, phone: c.phone, email: c.email, isPrimary: c.isPrimary }));
    if (request.inventory)
      before.inventory = (
        await tx.select().from(enterpriseInventory).where(eq(enterpriseInventory.enterpriseId, firm.id)).orderBy(asc(enterpriseInventory.position))
      ).map((l) => ({
        kind: l.kind,
        category: l.category,
        name: l.name,
        vendor: l.vendor,
        model: l.model,
        quantity: l.quantity,
        networked: l.networked,
        sinceYear: l.sinceYear,
        note: l.note,
      }));
    if (row)
      before.profile = {
        name: firm.name,
        creditCode: firm.creditCode,
        employees: firm.employees,
        revenueWan: firm.revenueWan,
        assetsWan: firm.assetsWan,
        aboveScale: firm.aboveScale,
      };
    if (request.contacts) {
      await tx.delete(enterpriseContacts).where(eq(enterpriseContacts.enterpriseId, firm.id));
      if (request.contacts.length > 0)
        await tx.insert(enterpriseContacts).values(request.contacts.map((c, position) => ({ ...c, tenantId: tenant.id, enterpriseId: firm.id, position })));
    }
    if (request.inventory) {
      await tx.delete(enterpriseInventory).where(eq(enterpriseInventory.enterpriseId, firm.id));
      if (request.inventory.length > 0)
        await tx.insert(enterpriseInventory).values(
          request.inventory.map((l, position) => ({
            ...l,
            networked: l.kind === "equipment" ? (l.networked ?? null) : null,
            sinceYear: l.sinceYear ?? null,
            tenantId: tenant.id,
            enterpriseId: firm.id,
            position,
            updatedBy: actor.userId,
            updatedAt: now,
          })),
        );
    }
    await audit(tx, {
      tenantId: tenant.id,
      actorUserId: actor.userId,
      action: "firm_file.updated",
      targetType: "enterprise",
      targetId: firm.id,
      details: {
        sections,
        before,
      },
    });
  });
  return firmFile(db, actor, slug, enterpriseId);
}

/** Firms listed at most (the most recently updated); the page says so and offers the search. */
export const FIRM_LIST_LIMIT = 200;

export interface FirmSummary {
  id: string;
  name: string;
  regionName: string | null;
  industryCode: string;
  assessments: number;
  latestLevel: number | null;
  projects: number;
}

// Qualified by hand: in a select from one table drizzle leaves its columns unqualified, and inside
// these subqueries "id" would name the inner table's.
const firmId = sql.raw(`"enterprises"."id"`);

/** The firms an actor may see in a portal: all for its administrators, else their own and their clients. */
function firmScope(actor: Actor, tenantId: string, clientsOnly = false) {
  const clients = sql`exists (select 1 from ${consultantClients} where ${consultantClients.enterpriseId} = ${firmId} and ${consultantClients.consultantUserId} = ${actor.userId} and ${consultantClients.status} = 'active')`;
  if (clientsOnly) return clients;
  return canAs(actor, "enterprise.read", tenantId, "tenant_admin")
    ? sql`true`
    : sql`(${enterprises.ownerUserId} = ${actor.userId} or exists (select 1 from ${consultantClients} where ${consultantClients.enterpriseId} = ${firmId} and ${consultantClients.consultantUserId} = ${actor.userId} and ${consultantClients.status} = 'active'))`;
}

/** A firm as the public API gives it: its profile and its latest result. */
export interface FirmRecord {
  id: string;
  name: string;
  creditCode: string | null;
  industryCode: string;
  industrySegment: string | null;
  provinceCode: string | null;
  cityCode: string | null;
  districtCode: string | null;
  regionName: string | null;
  employees: number | null;
  revenueWan: number | null;
  sizeClass: string | null;
  aboveScale: boolean | null;
  updatedAt: string;
  latest: { assessmentId: string; level: number; total: number; isReference: boolean; submittedAt: string } | null;
}

/**
 * A page of the firms the actor may see, in a stable order (by id) from after `afterId`: keyset
 * paging, so a firm added meanwhile never shifts a page. One more row than asked tells whether there is a next page.
 */
export async function pageFirms(
  db: Db,
  actor: Actor,
  tenantId: string,
  /** clientsOnly: a consultant's API key sees its clients, not a firm its account owns. */
  o: { afterId?: string; limit: number; q?: string; ids?: readonly string[]; clientsOnly?: boolean },
): Promise<{ firms: FirmRecord[]; more: boolean }> {
  const term = o.q?.trim().slice(0, 60);
  const latest = sql<
    string | null
  >`(select json_build_object('assessmentId', r.assessment_id, 'level', r.level, 'total', r.total, 'isReference', r.is_reference, 'submittedAt', r.submitted_at)::text
    from ${assessmentResults} r where r.enterprise_id = ${firmId} and r.is_latest limit 1)`;
  const rows = await db
    .select({
      id: enterprises.id,
      name: enterprises.name,
      creditCode: enterprises.creditCode,
      industryCode: enterprises.industryCode,
      industrySegment: enterprises.industrySegment,
      provinceCode: enterprises.provinceCode,
      cityCode: enterprises.cityCode,
      districtCode: enterprises.districtCode,
      regionName: enterprises.regionName,
      employees: enterprises.employees,
      revenueWan: enterprises.revenueWan,
      sizeClass: enterprises.sizeClass,
      aboveScale: enterprises.aboveScale,
      updatedAt: enterprises.updatedAt,
      latest,
    })
    .from(enterprises)
    .where(
      and(
        eq(enterprises.tenantId, tenantId),
        eq(enterprises.status, "active"),
        firmScope(actor, tenantId, o.clientsOnly),
        o.afterId ? sql`${firmId} > ${o.afterId}::uuid` : undefined,
        o.ids ? inArray(enterprises.id, [...o.ids]) : undefined,
        term ? sql`${enterprises.name} ilike ${`%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}` : undefined,
      ),
    )
    .orderBy(asc(enterprises.id))
    .limit(o.limit + 1);
  const firms = rows.slice(0, o.limit).map((r) => {
    const l = r.latest ? (JSON.parse(r.latest) as { assessmentId: string; level: number; total: number; isReference: boolean; submittedAt: string }) : null;
    return {
      ...r,
      sizeClass: r.sizeClass ?? null,
      revenueWan: r.revenueWan === null ? null : Number(r.revenueWan),
      updatedAt: r.updatedAt.toISOString(),
      latest: l ? { ...l, total: Number(l.total), submittedAt: new Date(l.submittedAt).toISOString() } : null,
    };
  });
  return { firms, more: rows.length > o.limit };
}

/** The firms whose file the caller may open: every firm of the portal for its administrators, else their own and their clients. */
export async function listFirmFiles(db: Db, actor: Actor, slug: string, search?: string): Promise<FirmSummary[]> {
  const tenant = await tenantFor(db, actor, slug, "enterprise.read");
  const scope = firmScope(actor, tenant.id);
  const term = search?.trim().slice(0, 60);
  const rows = await db
    .select({
      id: enterprises.id,
      name: enterprises.name,
      regionName: enterprises.regionName,
      industryCode: enterprises.industryCode,
      assessments: sql<number>`(select count(*)::int from ${assessments} where ${assessments.enterpriseId} = ${firmId} and ${assessments.status} = 'submitted')`,
      latestLevel: sql<
        number | null
      >`(select ${assessmentResults.level} from ${assessmentResults} where ${assessmentResults.enterpriseId} = ${firmId} and ${assessmentResults.isLatest} limit 1)`,
      projects: sql<number>`(select count(*)::int from ${projects} where ${projects.enterpriseId} = ${firmId})`,
    })
    .from(enterprises)
    .where(
      and(
        eq(enterprises.tenantId, tenant.id),
        eq(enterprises.status, "active"),
        scope,
        term ? sql`${enterprises.name} ilike ${`%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}` : undefined,
      ),
    )
    .orderBy(desc(enterprises.updatedAt))
    .limit(FIRM_LIST_LIMIT);
  return rows;
}
