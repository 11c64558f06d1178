import { and, eq, inArray, or } from "drizzle-orm";
import { policyEntry, type PolicyEntry } from "@/db/catalogue/policies";
import { solutionEntry, type SolutionEntry } from "@/db/catalogue/solutions";
import type { Db } from "@/db/client";
import { policies, solutions, tenants } from "@/db/schema";
import { logger } from "@/lib/logger";

/**
 * The catalogues a tenant's firms see: the platform's shared entries plus the tenant's own, active
 * ones only. Rows are validated again on the way out; a row that no longer validates is skipped and
 * logged rather than breaking every plan.
 */
async function visibleTenantIds(db: Db, tenantId: string): Promise<string[]> {
  const rows = await db.select({ id: tenants.id }).from(tenants).where(or(eq(tenants.id, tenantId), eq(tenants.isDefault, true)));
  return rows.map((r) => r.id);
}

export async function loadCatalogues(db: Db, tenantId: string): Promise<{ solutions: SolutionEntry[]; policies: PolicyEntry[] }> {
  const ids = await visibleTenantIds(db, tenantId);
  const [solutionRows, policyRows] = await Promise.all([
    db.select({ code: solutions.code, data: solutions.data }).from(solutions).where(and(inArray(solutions.tenantId, ids), eq(solutions.status, "active"))),
    db.select({ code: policies.code, data: policies.data }).from(policies).where(and(inArray(policies.tenantId, ids), eq(policies.status, "active"))),
  ]);
  const valid = <T>(rows: { code: string; data: unknown }[], schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, what: string): T[] =>
    rows.flatMap((r) => {
      const parsed = schema.safeParse(r.data);
      if (parsed.success) return [parsed.data];
      logger.warn(`skipping invalid ${what} row`, { code: r.code });
      return [];
    });
  return { solutions: valid(solutionRows, solutionEntry, "solution"), policies: valid(policyRows, policyEntry, "policy") };
}

export async function findPolicy(db: Db, code: string): Promise<PolicyEntry | null> {
  const [row] = await db
    .select({ data: policies.data })
    .from(policies)
    .where(and(eq(policies.code, code), eq(policies.status, "active")));
  const parsed = row ? policyEntry.safeParse(row.data) : null;
  return parsed?.success ? parsed.data : null;
}
