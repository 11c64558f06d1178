import "server-only";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import { policyEntry, type PolicyEntry } from "@/db/catalogue/policies";
import { solutionEntry, type SolutionEntry } from "@/db/catalogue/solutions";
import type { Db } from "@/db/client";
import { policies, solutions, tenants } from "@/db/schema";
import { rowsOf } from "@/lib/db/rows";
import { logger } from "@/lib/logger";

/**
 * The catalogues a tenant's firms see: the platform's shared entries plus the tenant's own, active
 * ones only. Rows are validated again on the way out; a row that no longer validates is skipped and
 * logged rather than breaking every plan.
 */

/** The portals whose catalogue entries a portal sees: its own and the platform's (the default tenant). */
export async function catalogueTenantIds(db: Db, tenantId: string): Promise<string[]> {
  const rows = await db
    .select({ id: tenants.id })
    .from(tenants)
    .where(or(eq(tenants.id, tenantId), eq(tenants.isDefault, true)));
  return rows.map((r) => r.id);
}

export interface Catalogues {
  solutions: SolutionEntry[];
  policies: PolicyEntry[];
  /** What these catalogues were read at (every row's id, status and last change). */
  fingerprint: string;
}

/**
 * What a tenant's visible catalogue looks like right now, in one short value: every row's id, status
 * and last change. Every write sets updated_at (catalogue edits, the seed), so the parsed entries can
 * be kept per process and reused until this changes, also when another process made the change.
 */
async function fingerprint(db: Db, ids: readonly string[]): Promise<string> {
  const list = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = rowsOf<{ f: string | null }>(
    await db.execute(sql`
      select md5(coalesce(string_agg(x, ',' order by x), '')) as f from (
        select 's' || id || status || extract(epoch from updated_at) as x from ${solutions} where tenant_id in (${list})
        union all
        select 'p' || id || status || extract(epoch from updated_at) from ${policies} where tenant_id in (${list})) rows`),
  );
  return rows[0]?.f ?? "";
}

// Parsed catalogues by tenant, with the fingerprint they were read at (a few tenants, two lists each).
const cache = new Map<string, { fingerprint: string; catalogues: Catalogues }>();

/** The catalogues as validated entries: parsed once per change, not once per report (~50 ms each time). */
export async function loadCatalogues(db: Db, tenantId: string): Promise<Catalogues> {
  const ids = await catalogueTenantIds(db, tenantId);
  if (ids.length === 0) return { solutions: [], policies: [], fingerprint: "" };
  const key = [...ids].sort().join(",");
  const now = await fingerprint(db, ids);
  const hit = cache.get(key);
  if (hit && hit.fingerprint === now) return hit.catalogues;
  const read = await readCatalogues(db, ids);
  // Shared by every caller from now on: frozen all the way down, so that no caller can change another's copy.
  const catalogues = { solutions: deepFreeze(read.solutions), policies: deepFreeze(read.policies), fingerprint: now };
  if (cache.size > 256) cache.clear();
  cache.set(key, { fingerprint: now, catalogues });
  return catalogues;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

async function readCatalogues(db: Db, ids: string[]): Promise<Omit<Catalogues, "fingerprint">> {
  const [solutionRows, policyRows] = await Promise.all([
    db
      .select({ code: solutions.code, data: solutions.data })
      .from(solutions)
      .where(and(inArray(solutions.tenantId, ids), eq(solutions.status, "active"))),
    db
      .select({ code: policies.code, data: policies.data })
      .from(policies)
      .where(and(inArray(policies.tenantId, ids), eq(policies.status, "active"))),
  ]);
  const valid = <T>(
    rows: { code: string; data: unknown }[],
    schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
    what: string,
  ): T[] =>
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
