import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { apiKeys, apiRequests, memberships, tenants, users } from "@/db/schema";
import { tenantFor } from "@/lib/auth/guard";
import type { Actor, Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { zodText } from "@/lib/i18n/zod";
import { isUuid } from "@/lib/shared/ids";
import { audit } from "@/lib/shared/audit";
import { text } from "@/lib/validation/text";
import { API_SCOPES, type ApiScope } from "./scopes";

/**
 * API keys: made by a portal's administrator (a portal key: the portal's firms) or a consultant (a
 * consultant key: its clients), shown once as `sz_<prefix>_<secret>`, kept as a SHA-256 hash. A key
 * acts as the account that made it, with that account's role in the key's portal and nothing more,
 * narrowed further by its scopes; it stops when revoked or when the account loses that role.
 */

export { API_SCOPES, type ApiScope };

export const createKeyRequest = z
  .object({
    name: text(80, { min: 1 }),
    scopes: z
      .array(z.enum(API_SCOPES, { error: zodText({ "zh-CN": `应为 ${API_SCOPES.join("、")} 之一`, en: `one of ${API_SCOPES.join(", ")}` }) }))
      .min(1)
      .max(API_SCOPES.length),
    /** An administrator who is also a consultant of the portal chooses; otherwise the role decides. */
    as: z.enum(["portal", "consultant"]).optional(),
  })
  .strict();

export interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  ownerKind: "portal" | "consultant";
  scopes: ApiScope[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  /** Calls in the last 30 days. */
  calls: number;
}

export const hashKey = (key: string) => createHash("sha256").update(key).digest("hex");

const ROLE_OF: Record<"portal" | "consultant", Role> = { portal: "tenant_admin", consultant: "consultant" };

function holds(actor: Actor, tenantId: string, role: Role): boolean {
  return actor.memberships.some((m) => m.tenantId === tenantId && m.role === role);
}

export async function createApiKey(db: Db, actor: Actor, slug: string, request: z.infer<typeof createKeyRequest>): Promise<ApiKeyView & { key: string }> {
  const tenant = await tenantFor(db, actor, slug, "api_key.manage");
  const ownerKind = request.as ?? (holds(actor, tenant.id, "tenant_admin") ? "portal" : "consultant");
  if (!holds(actor, tenant.id, ROLE_OF[ownerKind]))
    throw AppError.validation([{ field: "as", message: { "zh-CN": "你在本门户没有这一身份", en: "you do not hold this role in the portal" } }]);
  const scopes = [...new Set(request.scopes)];
  const prefix = randomBytes(6).toString("base64url").replace(/[-_]/g, "x").slice(0, 8);
  const key = `sz_${prefix}_${randomBytes(24).toString("base64url")}`;
  const [row] = await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(apiKeys)
      .values({ tenantId: tenant.id, createdBy: actor.userId, ownerKind, name: request.name, prefix: `sz_${prefix}`, secretHash: hashKey(key), scopes })
      .returning();
    await audit(tx, {
      tenantId: tenant.id,
      actorUserId: actor.userId,
      action: "api_key.created",
      targetType: "api_key",
      targetId: inserted[0]!.id,
      details: { name: request.name, prefix: `sz_${prefix}`, scopes, ownerKind },
    });
    return inserted;
  });
  return { ...viewOf(row!, 0), key };
}

function viewOf(r: typeof apiKeys.$inferSelect, calls: number): ApiKeyView {
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    ownerKind: r.ownerKind === "portal" ? "portal" : "consultant",
    scopes: r.scopes.filter((s): s is ApiScope => (API_SCOPES as readonly string[]).includes(s)),
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
    calls,
  };
}

/** The keys the actor may see in the portal: an administrator all the portal's, a consultant its own. */
export async function listApiKeys(db: Db, actor: Actor, slug: string): Promise<ApiKeyView[]> {
  const tenant = await tenantFor(db, actor, slug, "api_key.manage");
  const admin = holds(actor, tenant.id, "tenant_admin");
  const rows = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.tenantId, tenant.id), admin ? undefined : eq(apiKeys.createdBy, actor.userId)))
    .orderBy(desc(apiKeys.createdAt));
  const calls = await db
    .select({ keyId: apiRequests.keyId, n: sql<number>`count(*)::int` })
    .from(apiRequests)
    .where(and(eq(apiRequests.tenantId, tenant.id), sql`${apiRequests.at} > now() - interval '30 days'`))
    .groupBy(apiRequests.keyId);
  const byKey = new Map(calls.map((c) => [c.keyId, Number(c.n)]));
  return rows.map((r) => viewOf(r, byKey.get(r.id) ?? 0));
}

export async function revokeApiKey(db: Db, actor: Actor, slug: string, id: string): Promise<ApiKeyView> {
  const tenant = await tenantFor(db, actor, slug, "api_key.manage");
  const admin = holds(actor, tenant.id, "tenant_admin");
  if (!isUuid(id)) throw AppError.notFound("resource");
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())` })
    .where(and(eq(apiKeys.id, id), eq(apiKeys.tenantId, tenant.id), admin ? undefined : eq(apiKeys.createdBy, actor.userId)))
    .returning();
  if (!row) throw AppError.notFound("resource");
  await audit(db, {
    tenantId: tenant.id,
    actorUserId: actor.userId,
    action: "api_key.revoked",
    targetType: "api_key",
    targetId: row.id,
    details: { name: row.name, prefix: row.prefix },
  });
  return viewOf(row, 0);
}

/** Who calls with a key: its portal, the account it acts as (that account's role there only), its scopes. */
export interface ApiCaller {
  keyId: string;
  tenantId: string;
  ownerKind: "portal" | "consultant";
  scopes: ReadonlySet<ApiScope>;
  actor: Actor;
}

function invalidKey(): AppError {
  return new AppError(
    "unauthenticated",
    { "zh-CN": "authorization：接口密钥无效、已吊销或已失去权限", en: "authorization: the API key is not valid, was revoked or lost its rights" },
    { issues: [{ field: "authorization", message: { "zh-CN": "密钥无效", en: "invalid key" } }] },
  );
}

const KEY_SHAPE = /^bearer\s+(sz_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{20,64})$/i;

export async function apiCallerOf(db: Db, request: Request): Promise<ApiCaller> {
  const match = KEY_SHAPE.exec((request.headers.get("authorization") ?? "").trim());
  if (!match) throw invalidKey();
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.secretHash, hashKey(match[1]!)), isNull(apiKeys.revokedAt)));
  if (!row) throw invalidKey();
  const ownerKind = row.ownerKind === "portal" ? "portal" : "consultant";
  // The account must still hold the role the key rests on, in the key's portal, be enabled, and the portal active.
  const [membership] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
    .where(
      and(
        eq(memberships.tenantId, row.tenantId),
        eq(memberships.userId, row.createdBy),
        eq(memberships.role, ROLE_OF[ownerKind]),
        isNull(users.disabledAt),
        eq(tenants.status, "active"),
      ),
    );
  if (!membership) throw invalidKey();
  return {
    keyId: row.id,
    tenantId: row.tenantId,
    ownerKind,
    scopes: new Set(row.scopes.filter((s): s is ApiScope => (API_SCOPES as readonly string[]).includes(s))),
    actor: { userId: row.createdBy, memberships: [{ tenantId: row.tenantId, role: ROLE_OF[ownerKind] }] },
  };
}

/** Every call with a key, for its log and last use (after the answer is known). */
export async function recordApiCall(db: Db, caller: ApiCaller, method: string, path: string, status: number): Promise<void> {
  await db.insert(apiRequests).values({ keyId: caller.keyId, tenantId: caller.tenantId, method, path: path.slice(0, 300), status });
  await db.update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, caller.keyId));
}

export function requireScope(caller: ApiCaller, scope: ApiScope): void {
  if (!caller.scopes.has(scope))
    throw new AppError(
      "forbidden",
      { "zh-CN": `scope：该密钥没有 ${scope} 权限`, en: `scope: this key does not hold ${scope}` },
      { issues: [{ field: "scope", message: { "zh-CN": `需要 ${scope}`, en: `needs ${scope}` } }] },
    );
}
