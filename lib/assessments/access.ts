import "server-only";
import { timingSafeEqual } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessments, consultantClients, enterprises } from "@/db/schema";
import { canAs, roleMay, type Actor, type Permission, type Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { isTemplateId, type TemplateId } from "@/scoring";
import { isUuid } from "@/lib/shared/ids";
import { hashToken } from "@/lib/shared/tokens";
import { messageText } from "@/lib/i18n/translate";

export interface AssessmentKey {
  id: string;
  tenantId: string;
  enterpriseId: string;
  templateId: TemplateId;
  status: "draft" | "submitted";
}

export function notFound(): AppError {
  // One answer for "no such assessment" and "wrong token": the id alone must not reveal anything.
  return new AppError(
    "not_found",
    { "zh-CN": "token：找不到这个链接对应的评测，或续答令牌不正确", en: "token: no assessment for this link, or the resume token is wrong" },
    {
      issues: [{ field: "token", message: { "zh-CN": "对该评测无效", en: "not valid for this assessment" } }],
    },
  );
}

export function expired(): AppError {
  return new AppError(
    "unauthenticated",
    { "zh-CN": "token：续答链接已过期，请重新开始评测或登录", en: "token: this resume link has expired; start a new assessment or sign in" },
    {
      issues: [{ field: "token", message: { "zh-CN": "已过期", en: "expired" } }],
    },
  );
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Template, tenant and firm of an assessment never change, so a save can validate against the
 * template without reading the row first (the write itself checks the token). Safe across servers.
 */
const fixedFacts = new Map<string, Pick<AssessmentKey, "tenantId" | "enterpriseId" | "templateId">>();
const FIXED_FACTS_MAX = 20_000;

export function cachedAssessmentFacts(id: string): Pick<AssessmentKey, "tenantId" | "enterpriseId" | "templateId"> | undefined {
  return fixedFacts.get(id);
}

function remember(key: AssessmentKey): void {
  if (fixedFacts.size >= FIXED_FACTS_MAX) fixedFacts.delete(fixedFacts.keys().next().value as string);
  fixedFacts.set(key.id, { tenantId: key.tenantId, enterpriseId: key.enterpriseId, templateId: key.templateId });
}

export function isAssessmentId(id: string): boolean {
  return isUuid(id);
}

const keyColumns = {
  id: assessments.id,
  tenantId: assessments.tenantId,
  enterpriseId: assessments.enterpriseId,
  templateId: assessments.templateId,
  status: assessments.status,
};

/** The assessment a resume token opens; 404 for a wrong id or token, 401 for an expired link. */
export async function assessmentForToken(db: Db, id: string, token: string): Promise<AssessmentKey> {
  if (!isUuid(id)) throw notFound();
  const [row] = await db
    .select({
      ...keyColumns,
      tokenHash: assessments.resumeTokenHash,
      expiresAt: assessments.resumeTokenExpiresAt,
    })
    .from(assessments)
    .where(eq(assessments.id, id));
  if (!row || !sameHash(row.tokenHash, hashToken(token))) throw notFound();
  if (row.expiresAt.getTime() < Date.now()) throw expired();
  if (!isTemplateId(row.templateId)) throw new AppError("internal", messageText("error.unknownTemplate", { id, template: row.templateId }));
  const key: AssessmentKey = { id: row.id, tenantId: row.tenantId, enterpriseId: row.enterpriseId, templateId: row.templateId, status: row.status };
  remember(key);
  return key;
}

/**
 * Who is asking: the holder of a resume link (the token itself), or a signed-in account — which may
 * also hold the link (a consultant on site): then the account's wider rights apply, else the link's.
 */
export type Caller = string | { actor: Actor; token?: string };

/** How a signed-in actor relates to one assessment; each relation lends the role it rests on. */
export type Relation = "token" | "owner" | "consultant" | "admin";

const RELATION_ROLE: Record<Exclude<Relation, "token">, Role> = { owner: "sme_owner", consultant: "consultant", admin: "tenant_admin" };

const OWNER_READS_OF_CONSULTANT_WORK: ReadonlySet<Permission> = new Set(["assessment.read", "report.read", "report.pdf", "report.export", "evidence.read"]);
/** A consultant's visit link (handed to the client on a remote visit): answering, and the owner's reads. */
const TOKEN_ON_CONSULTANT_WORK: ReadonlySet<Permission> = new Set([...OWNER_READS_OF_CONSULTANT_WORK, "assessment.answer"]);

export function consultantMade(mode: AuthorisedAssessment["mode"]): boolean {
  return mode === "consultant_onsite" || mode === "consultant_remote";
}

export interface AuthorisedAssessment extends AssessmentKey {
  relation: Relation;
  mode: "self" | "consultant_onsite" | "consultant_remote" | "embed";
}

/**
 * The assessment if the caller may do `permission` on it: a resume token opens its own assessment for
 * what a firm user may do; an account needs a role in the assessment's tenant that the
 * permission lists *and* the relation that role rests on (its own firm, its client, its portal).
 * Anything else is the same 404 as a missing assessment.
 */
export async function authorise(db: Db, id: string, caller: Caller, permission: Permission): Promise<AuthorisedAssessment> {
  if (typeof caller === "string") {
    // The link stands for the firm itself: it opens what a firm user may do, nothing more.
    if (!roleMay("sme_owner", permission)) throw notFound();
    const key = await assessmentForToken(db, id, caller);
    const [row] = await db.select({ mode: assessments.mode }).from(assessments).where(eq(assessments.id, key.id));
    const mode = row?.mode ?? "self";
    // A consultant's visit stays the consultant's: its link answers, and reads what the owner may.
    if (consultantMade(mode) && !TOKEN_ON_CONSULTANT_WORK.has(permission)) throw notFound();
    return { ...key, relation: "token", mode };
  }
  if (caller.token) {
    try {
      return await authorise(db, id, { actor: caller.actor }, permission);
    } catch (error) {
      if (error instanceof AppError && error.code === "not_found") return authorise(db, id, caller.token, permission);
      throw error;
    }
  }
  if (!isUuid(id)) throw notFound();
  const uid = caller.actor.userId;
  const [row] = await db
    .select({
      ...keyColumns,
      mode: assessments.mode,
      owner: assessments.ownerUserId,
      consultant: assessments.consultantUserId,
      firmOwner: enterprises.ownerUserId,
      isClient: sql<boolean>`exists (select 1 from ${consultantClients} where ${consultantClients.enterpriseId} = ${assessments.enterpriseId} and ${consultantClients.consultantUserId} = ${uid} and ${consultantClients.status} = 'active')`,
    })
    .from(assessments)
    .innerJoin(enterprises, eq(enterprises.id, assessments.enterpriseId))
    .where(eq(assessments.id, id));
  if (!row || !isTemplateId(row.templateId)) throw notFound();
  const relations: Relation[] = [];
  // What a consultant made stays theirs to answer and edit; the firm's owner reads it.
  if ((row.owner === uid || row.firmOwner === uid) && !(consultantMade(row.mode) && !OWNER_READS_OF_CONSULTANT_WORK.has(permission))) relations.push("owner");
  if (row.consultant === uid || row.isClient) relations.push("consultant");
  relations.push("admin");
  const relation = relations.find((r) => r !== "token" && canAs(caller.actor, permission, row.tenantId, RELATION_ROLE[r]));
  if (!relation) throw notFound();
  const key: AssessmentKey = { id: row.id, tenantId: row.tenantId, enterpriseId: row.enterpriseId, templateId: row.templateId, status: row.status };
  remember(key);
  return { ...key, relation, mode: row.mode };
}
