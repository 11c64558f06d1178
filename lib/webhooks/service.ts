import "server-only";
import { randomBytes } from "node:crypto";
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { jobs, webhookAttempts, webhookDeliveries, webhookEndpoints, webhookEvents } from "@/db/schema";
import { seal } from "@/lib/auth/sealed";
import { tenantFor } from "@/lib/auth/guard";
import type { Actor, Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { enqueueJob } from "@/lib/jobs/define";
import { webhookDeliverJob } from "@/lib/jobs/definitions";
import { zodText } from "@/lib/i18n/zod";
import { webhookLoopbackAllowed } from "@/lib/env";
import { hit } from "@/lib/auth/rate-limit";
import { isUuid } from "@/lib/shared/ids";
import { audit } from "@/lib/shared/audit";
import { text } from "@/lib/validation/text";
import { PING_EVENT, WEBHOOK_EVENTS, type WebhookEventType } from "./events";
import { endpointUrlProblem } from "./url";

/**
 * Webhook endpoints of a portal (its administrators') or of a consultant (its own): registered with
 * the events they want, a signing secret shown once (kept sealed: signatures need it again), rotated
 * with a day's overlap, switched on and off, and their delivery log with a manual replay.
 */

/** After a rotation the old secret signs too for this long. */
export const ROTATION_OVERLAP_MS = 24 * 3_600_000;
/** Endpoints a portal may have, and one account of it (a consultant cannot take the portal's all). */
const MAX_ENDPOINTS = 50;
const MAX_ENDPOINTS_PER_ACCOUNT = 10;
/** 发送测试事件 per endpoint and minute (each may hold a delivery slot for the timeout). */
const TESTS_PER_MINUTE = 5;

const url = text(500, { min: 1 }).superRefine((v, ctx) => {
  const problem = endpointUrlProblem(v, { loopback: webhookLoopbackAllowed() });
  if (problem) ctx.addIssue({ code: "custom", message: zodText(problem) });
});
const events = z
  .array(z.enum(WEBHOOK_EVENTS, { error: zodText({ "zh-CN": `应为 ${WEBHOOK_EVENTS.join("、")} 之一`, en: `one of ${WEBHOOK_EVENTS.join(", ")}` }) }))
  .min(1, zodText({ "zh-CN": "请至少选择一种事件", en: "choose at least one event" }))
  .max(WEBHOOK_EVENTS.length);

export const createEndpointRequest = z.object({ url, description: text(200).optional(), events, as: z.enum(["portal", "consultant"]).optional() }).strict();
export const updateEndpointRequest = z
  .object({ url: url.optional(), description: text(200).optional(), events: events.optional(), active: z.boolean().optional() })
  .strict();

export interface WebhookEndpointView {
  id: string;
  url: string;
  description: string | null;
  events: WebhookEventType[];
  ownerKind: "portal" | "consultant";
  active: boolean;
  disabledReason: string | null;
  disabledAt: string | null;
  /** Until when the secret before the last rotation still signs. */
  previousSecretUntil: string | null;
  createdAt: string;
  deliveries: { delivered: number; pending: number; failed: number };
}

export interface DeliveryView {
  id: string;
  eventId: string;
  type: string;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
  log: { at: string; statusCode: number | null; error: string | null; durationMs: number; manual: boolean }[];
}

const ROLE_OF: Record<"portal" | "consultant", Role> = { portal: "tenant_admin", consultant: "consultant" };
const holds = (actor: Actor, tenantId: string, role: Role) => actor.memberships.some((m) => m.tenantId === tenantId && m.role === role);
const newSecret = () => `whsec_${randomBytes(32).toString("base64url")}`;

function viewOf(r: typeof webhookEndpoints.$inferSelect, counts?: { delivered: number; pending: number; failed: number }): WebhookEndpointView {
  const previousLive = r.previousSecretExpiresAt && r.previousSecretExpiresAt.getTime() > Date.now();
  return {
    id: r.id,
    url: r.url,
    description: r.description,
    events: r.events.filter((e): e is WebhookEventType => (WEBHOOK_EVENTS as readonly string[]).includes(e)),
    ownerKind: r.ownerKind === "portal" ? "portal" : "consultant",
    active: r.active,
    disabledReason: r.disabledReason,
    disabledAt: r.disabledAt?.toISOString() ?? null,
    previousSecretUntil: previousLive ? r.previousSecretExpiresAt!.toISOString() : null,
    createdAt: r.createdAt.toISOString(),
    deliveries: counts ?? { delivered: 0, pending: 0, failed: 0 },
  };
}

/** The portal, and whether the actor sees all its endpoints (an administrator) or only its own. */
async function scopeOf(db: Db, actor: Actor, slug: string) {
  const tenant = await tenantFor(db, actor, slug, "webhook.manage");
  return { tenant, all: holds(actor, tenant.id, "tenant_admin") };
}

/**
 * One endpoint the actor may manage: an administrator any of the portal's, a consultant its own
 * consultant endpoints (not a portal endpoint it made while it was an administrator). `ownOnly`: its
 * maker only (the secret is theirs: the portal must not be able to sign as a consultant's system).
 */
async function endpointOf(db: Db, actor: Actor, slug: string, id: string, o: { deleted?: boolean; ownOnly?: boolean } = {}) {
  const { tenant, all } = await scopeOf(db, actor, slug);
  if (!isUuid(id)) throw AppError.notFound("resource");
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.id, id),
        eq(webhookEndpoints.tenantId, tenant.id),
        o.deleted ? undefined : isNull(webhookEndpoints.deletedAt),
        all && !o.ownOnly ? undefined : eq(webhookEndpoints.createdBy, actor.userId),
        all ? undefined : eq(webhookEndpoints.ownerKind, "consultant"),
      ),
    );
  if (!row) throw AppError.notFound("resource");
  return { tenant, row };
}

export async function createEndpoint(
  db: Db,
  actor: Actor,
  slug: string,
  request: z.infer<typeof createEndpointRequest>,
): Promise<WebhookEndpointView & { secret: string }> {
  const { tenant } = await scopeOf(db, actor, slug);
  const ownerKind = request.as ?? (holds(actor, tenant.id, "tenant_admin") ? "portal" : "consultant");
  if (!holds(actor, tenant.id, ROLE_OF[ownerKind]))
    throw AppError.validation([{ field: "as", message: { "zh-CN": "你在本门户没有这一身份", en: "you do not hold this role in the portal" } }]);
  const [{ n, mine } = { n: 0, mine: 0 }] = await db
    .select({ n: sql<number>`count(*)::int`, mine: sql<number>`(count(*) filter (where ${webhookEndpoints.createdBy} = ${actor.userId}))::int` })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.tenantId, tenant.id), isNull(webhookEndpoints.deletedAt)));
  if (Number(n) >= MAX_ENDPOINTS || Number(mine) >= MAX_ENDPOINTS_PER_ACCOUNT)
    throw AppError.validation([
      {
        field: "url",
        message: {
          "zh-CN": `每个账号最多 ${MAX_ENDPOINTS_PER_ACCOUNT} 个接收地址，每个门户最多 ${MAX_ENDPOINTS} 个`,
          en: `at most ${MAX_ENDPOINTS_PER_ACCOUNT} endpoints an account and ${MAX_ENDPOINTS} a portal`,
        },
      },
    ]);
  const secret = newSecret();
  const row = await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(webhookEndpoints)
      .values({
        tenantId: tenant.id,
        createdBy: actor.userId,
        ownerKind,
        url: request.url,
        description: request.description || null,
        events: [...new Set(request.events)],
        secretSealed: seal(secret, "webhook-secret"),
      })
      .returning();
    await audit(tx, {
      tenantId: tenant.id,
      actorUserId: actor.userId,
      action: "webhook.created",
      targetType: "webhook",
      targetId: inserted!.id,
      details: { url: request.url, events: [...new Set(request.events)] },
    });
    return inserted!;
  });
  return { ...viewOf(row), secret };
}

export async function listEndpoints(db: Db, actor: Actor, slug: string): Promise<WebhookEndpointView[]> {
  const { tenant, all } = await scopeOf(db, actor, slug);
  const rows = await db
    .select()
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.tenantId, tenant.id),
        isNull(webhookEndpoints.deletedAt),
        all ? undefined : and(eq(webhookEndpoints.createdBy, actor.userId), eq(webhookEndpoints.ownerKind, "consultant")),
      ),
    )
    .orderBy(desc(webhookEndpoints.createdAt));
  if (rows.length === 0) return [];
  const counts = await db
    .select({ endpointId: webhookDeliveries.endpointId, status: webhookDeliveries.status, n: sql<number>`count(*)::int` })
    .from(webhookDeliveries)
    .where(
      and(
        inArray(
          webhookDeliveries.endpointId,
          rows.map((r) => r.id),
        ),
        sql`${webhookDeliveries.createdAt} > now() - interval '30 days'`,
      ),
    )
    .groupBy(webhookDeliveries.endpointId, webhookDeliveries.status);
  return rows.map((r) => {
    const mine = counts.filter((c) => c.endpointId === r.id);
    const of = (s: string) => Number(mine.find((c) => c.status === s)?.n ?? 0);
    return viewOf(r, { delivered: of("delivered"), pending: of("pending"), failed: of("failed") });
  });
}

export async function updateEndpoint(
  db: Db,
  actor: Actor,
  slug: string,
  id: string,
  request: z.infer<typeof updateEndpointRequest>,
): Promise<WebhookEndpointView> {
  const { tenant, row } = await endpointOf(db, actor, slug, id);
  const now = new Date();
  const [updated] = await db
    .update(webhookEndpoints)
    .set({
      ...(request.url !== undefined ? { url: request.url } : {}),
      ...(request.description !== undefined ? { description: request.description || null } : {}),
      ...(request.events !== undefined ? { events: [...new Set(request.events)] } : {}),
      ...(request.active === true ? { active: true, disabledAt: null, disabledReason: null } : {}),
      ...(request.active === false && row.active ? { active: false, disabledAt: now, disabledReason: "by_user" } : {}),
      updatedAt: now,
    })
    .where(eq(webhookEndpoints.id, row.id))
    .returning();
  await audit(db, {
    tenantId: tenant.id,
    actorUserId: actor.userId,
    action: "webhook.updated",
    targetType: "webhook",
    targetId: row.id,
    details: { url: updated!.url, ...(request.active !== undefined ? { active: String(request.active) } : {}) },
  });
  return viewOf(updated!);
}

/** A new secret, shown once; the old one keeps signing beside it for a day. */
export async function rotateSecret(db: Db, actor: Actor, slug: string, id: string): Promise<WebhookEndpointView & { secret: string }> {
  const { tenant, row } = await endpointOf(db, actor, slug, id, { ownOnly: true });
  const secret = newSecret();
  const [updated] = await db
    .update(webhookEndpoints)
    .set({
      secretSealed: seal(secret, "webhook-secret"),
      previousSecretSealed: row.secretSealed,
      previousSecretExpiresAt: new Date(Date.now() + ROTATION_OVERLAP_MS),
      updatedAt: new Date(),
    })
    .where(eq(webhookEndpoints.id, row.id))
    .returning();
  await audit(db, {
    tenantId: tenant.id,
    actorUserId: actor.userId,
    action: "webhook.rotated",
    targetType: "webhook",
    targetId: row.id,
    details: { url: row.url },
  });
  return { ...viewOf(updated!), secret };
}

/** Deleting twice is deleting once (its deliveries' log goes with it only when the portal goes). */
export async function deleteEndpoint(db: Db, actor: Actor, slug: string, id: string): Promise<void> {
  const { tenant, row } = await endpointOf(db, actor, slug, id, { deleted: true });
  if (row.deletedAt) return;
  await db.update(webhookEndpoints).set({ deletedAt: new Date(), active: false, updatedAt: new Date() }).where(eq(webhookEndpoints.id, row.id));
  await audit(db, {
    tenantId: tenant.id,
    actorUserId: actor.userId,
    action: "webhook.deleted",
    targetType: "webhook",
    targetId: row.id,
    details: { url: row.url },
  });
}

export async function listDeliveries(db: Db, actor: Actor, slug: string, id: string, limit = 50): Promise<DeliveryView[]> {
  const { row } = await endpointOf(db, actor, slug, id);
  const deliveries = await db
    .select({ d: webhookDeliveries, type: webhookEvents.type })
    .from(webhookDeliveries)
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .where(eq(webhookDeliveries.endpointId, row.id))
    .orderBy(desc(webhookDeliveries.createdAt))
    .limit(Math.min(Math.max(limit, 1), 200));
  const attempts =
    deliveries.length === 0
      ? []
      : await db
          .select()
          .from(webhookAttempts)
          .where(
            inArray(
              webhookAttempts.deliveryId,
              deliveries.map((d) => d.d.id),
            ),
          )
          .orderBy(desc(webhookAttempts.at));
  return deliveries.map(({ d, type }) => ({
    id: d.id,
    eventId: d.eventId,
    type,
    status: d.status === "delivered" || d.status === "failed" ? d.status : "pending",
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    nextAttemptAt: d.nextAttemptAt?.toISOString() ?? null,
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
    log: attempts
      .filter((a) => a.deliveryId === d.id)
      .slice(0, 20)
      .map((a) => ({ at: a.at.toISOString(), statusCode: a.statusCode, error: a.error, durationMs: a.durationMs, manual: a.manual })),
  }));
}

/** Now, whatever its state: the same event (same id) again, with a new day of retries. */
async function sendNow(db: Db, deliveryId: string, tenantId: string): Promise<void> {
  await db
    .update(webhookDeliveries)
    .set({ status: "pending", attempts: 0, startedAt: new Date(), nextAttemptAt: new Date() })
    .where(eq(webhookDeliveries.id, deliveryId));
  // A retry already queued for later runs now instead of a second job beside it.
  const moved = await db
    .update(jobs)
    .set({ runAt: new Date(), payload: sql`${jobs.payload} || '{"manual":true}'::jsonb` })
    .where(and(eq(jobs.kind, webhookDeliverJob.kind), eq(jobs.dedupeKey, `webhook:${deliveryId}`), eq(jobs.status, "queued")))
    .returning({ id: jobs.id });
  // None queued (none at all, or one running now, whose late answer will change nothing): a new one.
  if (moved.length === 0) await enqueueJob(db, webhookDeliverJob, { deliveryId, manual: true }, { tenantId, heldKey: true });
}

export async function replayDelivery(db: Db, actor: Actor, slug: string, id: string, deliveryId: string): Promise<DeliveryView> {
  const { tenant, row } = await endpointOf(db, actor, slug, id);
  if (!isUuid(deliveryId)) throw AppError.notFound("resource");
  const [d] = await db
    .select({ id: webhookDeliveries.id, eventId: webhookDeliveries.eventId })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.endpointId, row.id)));
  if (!d) throw AppError.notFound("resource");
  if (!row.active)
    throw new AppError(
      "conflict",
      { "zh-CN": "active：该接收地址已停用，请先启用再重新发送", en: "active: the endpoint is switched off; switch it on first" },
      { issues: [{ field: "active", message: { "zh-CN": "已停用", en: "switched off" } }] },
    );
  await db.transaction(async (tx) => {
    await sendNow(tx, d.id, tenant.id);
    await audit(tx, {
      tenantId: tenant.id,
      actorUserId: actor.userId,
      action: "webhook.replayed",
      targetType: "webhook",
      targetId: row.id,
      details: { event: d.eventId },
    });
  });
  return (await listDeliveries(db, actor, slug, id)).find((x) => x.id === d.id)!;
}

/** A `webhook.ping` to this endpoint only: to check the receiver and its signature check before real events come. */
export async function sendTestEvent(db: Db, actor: Actor, slug: string, id: string): Promise<{ eventId: string; deliveryId: string }> {
  const { tenant, row } = await endpointOf(db, actor, slug, id);
  const rate = await hit(db, `webhook-test:${row.id}`, 60_000);
  if (rate.count > TESTS_PER_MINUTE)
    throw new AppError(
      "rate_limited",
      { "zh-CN": `每分钟最多发送 ${TESTS_PER_MINUTE} 次测试事件`, en: `at most ${TESTS_PER_MINUTE} test events a minute` },
      { issues: [{ field: "test", message: { "zh-CN": "太频繁", en: "too often" } }] },
    );
  return db.transaction(async (tx) => {
    const [event] = await tx
      .insert(webhookEvents)
      .values({ tenantId: tenant.id, type: PING_EVENT, data: { endpointId: row.id, message: "数诊 Shuzhen webhook test" } })
      .returning({ id: webhookEvents.id });
    const [delivery] = await tx
      .insert(webhookDeliveries)
      .values({ endpointId: row.id, eventId: event!.id, tenantId: tenant.id })
      .returning({ id: webhookDeliveries.id });
    await enqueueJob(tx, webhookDeliverJob, { deliveryId: delivery!.id }, { tenantId: tenant.id });
    return { eventId: event!.id, deliveryId: delivery!.id };
  });
}
