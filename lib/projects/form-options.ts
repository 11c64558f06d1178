import "server-only";
import { and, desc, eq, inArray, or, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessmentResults, assessments, consultantClients, enterprises, memberships, users } from "@/db/schema";
import { tenantFor } from "@/lib/auth/guard";
import { canAs, type Actor } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/locales";
import { localize } from "@/lib/i18n/localized";
import { loadCatalogues } from "@/lib/recommendations/catalogue-store";
import { getTemplate, isTemplateId } from "@/scoring";

/** What the filing form offers: the firms the caller may file for with their submitted assessments, the portal's consultants, the catalogue and each firm's scenes. */
export interface ProjectFormOptions {
  firms: {
    id: string;
    name: string;
    baselines: { id: string; submittedAt: string; level: number; total: number }[];
    scenes: { code: string; label: string }[];
  }[];
  consultants: { userId: string; name: string }[];
  solutions: { id: string; name: string; provider: string; lightweight: boolean }[];
}

export async function projectFormOptions(db: Db, actor: Actor, slug: string, locale: Locale, only?: string): Promise<ProjectFormOptions> {
  const tenant = await tenantFor(db, actor, slug, "project.apply");
  const mine: SQL[] = [];
  if (canAs(actor, "project.apply", tenant.id, "sme_owner")) mine.push(eq(enterprises.ownerUserId, actor.userId));
  if (canAs(actor, "project.apply", tenant.id, "consultant"))
    mine.push(
      inArray(
        enterprises.id,
        db
          .select({ id: consultantClients.enterpriseId })
          .from(consultantClients)
          .where(and(eq(consultantClients.consultantUserId, actor.userId), eq(consultantClients.status, "active"), eq(consultantClients.tenantId, tenant.id))),
      ),
    );
  const firms = mine.length
    ? await db
        .select({ id: enterprises.id, name: enterprises.name })
        .from(enterprises)
        .where(and(eq(enterprises.tenantId, tenant.id), or(...mine), ...(only ? [eq(enterprises.id, only)] : [])))
        .orderBy(enterprises.name)
        .limit(500)
    : [];
  const results = firms.length
    ? await db
        .select({
          id: assessments.id,
          enterpriseId: assessments.enterpriseId,
          templateId: assessments.templateId,
          submittedAt: assessmentResults.submittedAt,
          level: assessmentResults.level,
          total: assessmentResults.total,
        })
        .from(assessments)
        .innerJoin(assessmentResults, eq(assessmentResults.assessmentId, assessments.id))
        .where(
          and(
            inArray(
              assessments.enterpriseId,
              firms.map((f) => f.id),
            ),
            eq(assessments.tenantId, tenant.id),
          ),
        )
        .orderBy(desc(assessmentResults.submittedAt))
    : [];
  const [consultants, catalogues] = await Promise.all([
    db
      .select({ userId: users.id, name: users.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.tenantId, tenant.id), eq(memberships.role, "consultant")))
      .orderBy(users.name, users.id),
    loadCatalogues(db, tenant.id),
  ]);
  return {
    firms: firms
      .map((f) => {
        const own = results.filter((r) => r.enterpriseId === f.id);
        const templateId = own[0]?.templateId;
        const scenes =
          templateId && isTemplateId(templateId) ? getTemplate(templateId).def.scenes.map((s) => ({ code: s.code, label: localize(s.label, locale) })) : [];
        return {
          id: f.id,
          name: f.name,
          baselines: own.map((r) => ({ id: r.id, submittedAt: r.submittedAt.toISOString(), level: r.level, total: r.total })),
          scenes,
        };
      })
      .filter((f) => f.baselines.length > 0),
    // Names only: a firm owner choosing a consultant does not see their addresses.
    consultants: consultants.map((c, i) => ({ userId: c.userId, name: c.name ?? `${localize({ "zh-CN": "顾问", en: "Consultant" }, locale)} ${i + 1}` })),
    solutions: catalogues.solutions.map((s) => ({
      id: s.id,
      name: localize(s.name, locale),
      provider: localize(s.provider.name, locale),
      lightweight: s.xiaokuaiqingzhun,
    })),
  };
}
