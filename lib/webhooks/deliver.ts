import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { and, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, tenants, users, webhookAttempts, webhookDeliveries, webhookEndpoints, webhookEvents } from "@/db/schema";
import { unseal } from "@/lib/auth/sealed";
import { appUrl, env, webhookLoopbackAllowed } from "@/lib/env";
import { enqueueJob, payloadOf } from "@/lib/jobs/define";
import { webhookDeliverJob } from "@/lib/jobs/definitions";
import type { JobHandler } from "@/lib/jobs/worker";
import { logger } from "@/lib/logger";
import { sendMail } from "@/lib/mail/send";
import { nextAttemptAt } from "./schedule";
import { signatureHeader, SIGNATURE_HEADER } from "./signature";
import { addressAllowed } from "./url";

/**
 * One attempt of one delivery: the event's envelope, signed with the endpoint's secret(s), POSTed with
 * a timeout, no redirects followed, to an address checked at connect time. The attempt, the delivery's
 * state and its next try are written together; a 2xx ends it, anything else is retried on the
 * schedule (schedule.ts) until a day has passed, then it has failed and, when the endpoint has
 * delivered nothing since, the endpoint is switched off and its owners are told by mail.
 *
 * At least once: a server that stops after sending and before recording sends again (same event id).
 */

export type DeliveryOutcome = "delivered" | "retry" | "failed" | "skipped";

const MAX_ERROR = 300;

export async function deliverOnce(db: Db, deliveryId: string, o: { manual?: boolean } = {}): Promise<DeliveryOutcome> {
  const [row] = await db
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints, event: webhookEvents, slug: tenants.slug })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .innerJoin(tenants, eq(tenants.id, webhookDeliveries.tenantId))
    .where(eq(webhookDeliveries.id, deliveryId));
  if (!row || row.delivery.status !== "pending") return "skipped";
  const { delivery, endpoint, event } = row;
  const stopped =
    !endpoint.active || endpoint.deletedAt ? "endpoint switched off" : !(await ownerHoldsRole(db, endpoint)) ? "its owner no longer holds the role" : null;
  if (stopped) {
    await db
      .update(webhookDeliveries)
      .set({ status: "failed", lastError: stopped, nextAttemptAt: null })
      .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.status, "pending")));
    return "skipped";
  }
  const body = JSON.stringify({ id: event.id, type: event.type, createdAt: event.createdAt.toISOString(), portal: row.slug, data: event.data });
  const secrets = [unseal(endpoint.secretSealed, "webhook-secret")];
  if (endpoint.previousSecretSealed && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt.getTime() > Date.now())
    secrets.push(unseal(endpoint.previousSecretSealed, "webhook-secret"));
  const usable = secrets.filter((s): s is string => s !== null);
  const started = Date.now();
  const answer =
    usable.length === 0
      ? { error: "the signing secret cannot be read (AUTH_SECRET changed?): rotate it" }
      : await post(endpoint.url, body, {
          "Content-Type": "application/json; charset=utf-8",
          "User-Agent": "Shuzhen-Webhooks/1",
          [SIGNATURE_HEADER]: signatureHeader(usable, Math.floor(Date.now() / 1000), body),
          "Shuzhen-Event-Id": event.id,
          "Shuzhen-Event-Type": event.type,
          "Shuzhen-Delivery-Id": delivery.id,
        });
  const durationMs = Date.now() - started;
  const ok = answer.status !== undefined && answer.status >= 200 && answer.status < 300;
  const attempts = delivery.attempts + 1;
  const now = new Date();
  const next = ok ? null : nextAttemptAt(delivery.startedAt, attempts, now, Math.random());
  const error = ok ? null : (answer.error ?? `HTTP ${answer.status}`).slice(0, MAX_ERROR);
  const outcome: DeliveryOutcome = ok ? "delivered" : next ? "retry" : "failed";
  const disabled = await db.transaction(async (tx) => {
    await tx.insert(webhookAttempts).values({ deliveryId: delivery.id, statusCode: answer.status ?? null, error, durationMs, manual: o.manual ?? false });
    // Only while still pending: an attempt of a worker given up for dead, answering after another
    // attempt succeeded, is logged but changes nothing.
    const still = await tx
      .update(webhookDeliveries)
      .set({
        attempts,
        status: outcome === "retry" ? "pending" : outcome,
        lastStatusCode: answer.status ?? null,
        lastError: error,
        deliveredAt: ok ? now : null,
        nextAttemptAt: next,
      })
      // The attempts read before sending: a second attempt meanwhile (a replay, a worker that took
      // over) has moved it on, and this one changes nothing.
      .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.status, "pending"), eq(webhookDeliveries.attempts, delivery.attempts)))
      .returning({ id: webhookDeliveries.id });
    if (still.length === 0) return false;
    if (next) await enqueueJob(tx, webhookDeliverJob, { deliveryId: delivery.id }, { tenantId: delivery.tenantId, runAt: next, heldKey: true });
    if (outcome !== "failed") return false;
    // A day of failures with nothing delivered since this delivery began: the endpoint is switched off.
    const [since] = await tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(
        and(eq(webhookDeliveries.endpointId, endpoint.id), eq(webhookDeliveries.status, "delivered"), gt(webhookDeliveries.deliveredAt, delivery.startedAt)),
      )
      .limit(1);
    if (since) return false;
    const switched = await tx
      .update(webhookEndpoints)
      .set({ active: false, disabledAt: now, disabledReason: "failing", updatedAt: now })
      .where(and(eq(webhookEndpoints.id, endpoint.id), eq(webhookEndpoints.active, true)))
      .returning({ id: webhookEndpoints.id });
    return switched.length > 0;
  });
  if (disabled) await tellOwners(db, endpoint, row.slug, error ?? "").catch((e: unknown) => logger.warn("webhook.mail_failed", { error: String(e) }));
  logger.info("webhook.attempt", { delivery: delivery.id, endpoint: endpoint.id, outcome, status: answer.status ?? null, durationMs });
  return outcome;
}

/** The endpoint's maker, and for a portal's endpoint every administrator of the portal. */
async function tellOwners(db: Db, endpoint: typeof webhookEndpoints.$inferSelect, slug: string, lastError: string): Promise<void> {
  const admins =
    endpoint.ownerKind === "portal"
      ? await db
          .select({ id: memberships.userId })
          .from(memberships)
          .where(and(eq(memberships.tenantId, endpoint.tenantId), eq(memberships.role, "tenant_admin")))
      : [];
  const ids = [...new Set([endpoint.createdBy, ...admins.map((a) => a.id)])];
  const people = await db
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(and(inArray(users.id, ids), sql`${users.disabledAt} is null`));
  const link = `${appUrl()}/webhooks/${slug}`;
  for (const p of people) {
    const en = p.locale === "en";
    await sendMail(db, {
      tenantId: endpoint.tenantId,
      to: p.email,
      subject: en ? `Webhook switched off: ${endpoint.url}` : `事件推送地址已停用：${endpoint.url}`,
      body: en
        ? `Deliveries to ${endpoint.url} have failed for a day (last: ${lastError}), so the endpoint was switched off: events that happen while it is off are not kept for it. The failed deliveries are in its log at ${link}: fix the receiver, switch the endpoint on, and send them again one by one.`
        : `发往 ${endpoint.url} 的事件已连续一天投递失败（最近一次：${lastError}），该接收地址已停用；停用期间发生的事件不会为它保留。失败的投递记录在 ${link}：请修好接收端、重新启用后逐条重新发送。`,
    });
  }
}

/** POST with a timeout, no redirects, at most 64 KB of the answer read, to an address the policy allows. */
async function post(rawUrl: string, body: string, headers: Record<string, string>): Promise<{ status?: number; error?: string }> {
  const config = env();
  const timeoutMs = config.WEBHOOK_TIMEOUT_MS;
  const allow = { private: config.WEBHOOK_ALLOW_PRIVATE, loopback: webhookLoopbackAllowed(config) };
  const url = new URL(rawUrl);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) && !addressAllowed(host, allow)) return { error: "address not allowed" };
  const lookup = (
    hostname: string,
    options: object,
    callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(Object.assign(new Error(`${hostname}: no address allowed`), { code: "ENOTFOUND" }), "", 0);
      const allowed = addresses.filter((a) => addressAllowed(a.address, allow));
      // Said the same way as a name that does not resolve: the log must not map the server's network.
      if (allowed.length === 0) return callback(Object.assign(new Error(`${hostname}: no address allowed`), { code: "ENOTFOUND" }), "", 0);
      if ((options as { all?: boolean }).all) return callback(null, allowed);
      callback(null, allowed[0]!.address, allowed[0]!.family);
    });
  };
  return new Promise((resolve) => {
    const client = url.protocol === "https:" ? https : http;
    let settled = false;
    const done = (r: { status?: number; error?: string }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    const request = client.request(
      url,
      { method: "POST", headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) }, lookup: lookup as never },
      (response) => {
        let read = 0;
        response.on("data", (chunk: Buffer) => {
          read += chunk.length;
          if (read > 65_536) response.destroy();
        });
        const status = response.statusCode ?? 0;
        response.on("end", () => done({ status }));
        response.on("close", () => done({ status }));
        response.on("error", () => done({ status }));
      },
    );
    const timer = setTimeout(() => {
      request.destroy();
      done({ error: `no answer within ${timeoutMs} ms` });
    }, timeoutMs);
    request.on("error", (e: NodeJS.ErrnoException) => done({ error: e.code ? `${e.code}: ${e.message}` : e.message }));
    request.end(body);
  });
}

/** Events are kept 90 days (with their deliveries and attempts), unless a delivery of one still waits. */
export const KEEP_DAYS = 90;

export async function pruneWebhookRecords(db: Db): Promise<number> {
  const gone = await db
    .delete(webhookEvents)
    .where(
      and(
        sql`${webhookEvents.createdAt} < now() - make_interval(days => ${KEEP_DAYS})`,
        sql`not exists (select 1 from ${webhookDeliveries} d where d.event_id = ${webhookEvents.id} and d.status = 'pending')`,
      ),
    )
    .returning({ id: webhookEvents.id });
  return gone.length;
}

let lastPrune = 0;

export function deliverJobHandler(): JobHandler {
  return {
    async run(db, job) {
      const { deliveryId, manual } = payloadOf(webhookDeliverJob, job);
      const outcome = await deliverOnce(db, deliveryId, { manual });
      // At most once an hour per worker, after a delivery: no scheduler needed.
      if (Date.now() - lastPrune > 3_600_000) {
        lastPrune = Date.now();
        await pruneWebhookRecords(db).catch(() => 0);
      }
      return { outcome };
    },
    // The job itself failed (the database, not the receiver): the delivery must not wait forever as pending.
    async onFailed(db, job, error) {
      const { deliveryId } = payloadOf(webhookDeliverJob, job);
      await db
        .update(webhookDeliveries)
        .set({ status: "failed", nextAttemptAt: null, lastError: `not sent: ${error instanceof Error ? error.message : String(error)}`.slice(0, MAX_ERROR) })
        .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.status, "pending")));
    },
  };
}

/** The endpoint's maker still holds the role its kind rests on in the portal, with an enabled account. */
async function ownerHoldsRole(db: Db, endpoint: typeof webhookEndpoints.$inferSelect): Promise<boolean> {
  const [row] = await db
    .select({ id: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.tenantId, endpoint.tenantId),
        eq(memberships.userId, endpoint.createdBy),
        eq(memberships.role, endpoint.ownerKind === "portal" ? "tenant_admin" : "consultant"),
        isNull(users.disabledAt),
      ),
    )
    .limit(1);
  return row !== undefined;
}
