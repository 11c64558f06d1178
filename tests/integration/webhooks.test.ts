import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobs, memberships, outboxMails, webhookAttempts, webhookDeliveries, webhookEndpoints, webhookEvents } from "@/db/schema";
import { createAssessment, patchAssessment, submitAssessment } from "@/lib/assessments/service";
import { addClient, startClientAssessment } from "@/lib/consultants/clients";
import { database } from "@/lib/db";
import { webhookDeliverJob } from "@/lib/jobs/definitions";
import { claim } from "@/lib/jobs/queue";
import { startWorker } from "@/lib/jobs/worker";
import { deliverJobHandler, pruneWebhookRecords } from "@/lib/webhooks/deliver";
import { verifySignature } from "@/lib/webhooks/signature";
import {
  createEndpoint,
  createEndpointRequest,
  deleteEndpoint,
  listDeliveries,
  listEndpoints,
  replayDelivery,
  rotateSecret,
  sendTestEvent,
  updateEndpoint,
} from "@/lib/webhooks/service";
import { outcomeCode, useAppDatabase } from "../support/app-database";
import { demoCallers } from "../support/callers";
import { COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";

/**
 * Webhooks against a real receiver on this machine: signed deliveries it verifies, retries after a 500
 * and a timeout, a replay with the same event id, a consultant's endpoint hearing of its clients only,
 * rotation with overlap, switching off after a day of failures (with a mail), and a worker that dies
 * mid-delivery losing nothing: every event reaches the receiver, and is recorded delivered once.
 */

process.env.WEBHOOK_TIMEOUT_MS = "600";
// The receiver runs on this machine (a deployment on PostgreSQL refuses loopback by default).
process.env.WEBHOOK_ALLOW_LOOPBACK = "true";

type Behaviour = "ok" | "500" | "hang";
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

let cleanup: () => Promise<void>;
let actors: Awaited<ReturnType<typeof demoCallers>>["actors"];
let server: Server;
let hookUrl: string;
const received: Received[] = [];
const plan: Behaviour[] = [];

beforeAll(async () => {
  cleanup = await useAppDatabase({ demo: true });
  const { db } = await database();
  ({ actors } = await demoCallers(db, "webhooks.test"));
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (c: Buffer) => (body += c.toString("utf8")));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      const behaviour = plan.shift() ?? "ok";
      if (behaviour === "hang") return; // never answers: the sender's timeout ends it
      response.writeHead(behaviour === "500" ? 500 : 200, { "Content-Type": "text/plain" });
      response.end(behaviour === "500" ? "broken" : "ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
}, 120_000);
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await cleanup?.();
});

/** Runs every webhook job due now with a worker of its own, until none is due or running (retries wait for later). */
async function drain(): Promise<void> {
  const { db } = await database();
  const worker = startWorker(db, { [webhookDeliverJob.kind]: deliverJobHandler() }, { pollMs: 20, soleWorker: true });
  const due = async () =>
    (
      await db
        .select({ id: jobs.id })
        .from(jobs)
        .where(and(eq(jobs.kind, webhookDeliverJob.kind), sql`(${jobs.status} = 'running' or (${jobs.status} = 'queued' and ${jobs.runAt} <= now()))`))
        .limit(1)
    ).length > 0;
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (let i = 0; i < 200 && (await due()); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  await worker.stop();
}

/** The retries' time has come. */
async function fastForward(): Promise<void> {
  const { db } = await database();
  await db
    .update(jobs)
    .set({ runAt: new Date() })
    .where(and(eq(jobs.kind, webhookDeliverJob.kind), eq(jobs.status, "queued")));
}

async function submitted(name: string, o: { client?: boolean } = {}): Promise<string> {
  const { db } = await database();
  if (o.client) {
    const { enterpriseId } = await addClient(db, actors.consultant, "zhengzhou", { enterprise: { ...ZHENGZHOU_ENTERPRISE, name } });
    const a = await startClientAssessment(db, actors.consultant, "zhengzhou", enterpriseId, { mode: "consultant_remote", language: "zh-CN" });
    await patchAssessment(db, a.id, a.resumeToken, { answers: COMPLETE_MANUFACTURING });
    await submitAssessment(db, a.id, a.resumeToken);
    return a.id;
  }
  const a = await createAssessment(db, { enterprise: { ...ZHENGZHOU_ENTERPRISE, name }, tenant: "zhengzhou", language: "zh-CN" });
  await patchAssessment(db, a.id, a.resumeToken, { answers: COMPLETE_MANUFACTURING });
  await submitAssessment(db, a.id, a.resumeToken);
  return a.id;
}

const bodyOf = (r: Received) => JSON.parse(r.body) as { id: string; type: string; portal: string; data: Record<string, unknown> };

describe("webhooks", () => {
  let portal: { id: string; secret: string };

  it("registers an endpoint with a secret shown once and kept sealed; refuses http beyond this machine", async () => {
    const { db } = await database();
    const made = await createEndpoint(db, actors.admin, "zhengzhou", { url: hookUrl, events: ["assessment.submitted", "project.transitioned"] });
    portal = { id: made.id, secret: made.secret };
    expect(made.secret).toMatch(/^whsec_/);
    const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, made.id));
    expect(row!.secretSealed).not.toContain(made.secret);
    expect((await listEndpoints(db, actors.admin, "zhengzhou")).map((e) => e.id)).toContain(made.id);
    for (const url of ["http://hooks.example.cn/x", "https://169.254.169.254/latest", "https://user:pw@hooks.example.cn/"])
      expect(createEndpointRequest.safeParse({ url, events: ["report.ready"] }).success, url).toBe(false);
    expect(createEndpointRequest.safeParse({ url: hookUrl, events: [] }).success).toBe(false);
    // Another portal's administrator: as absent as a missing one.
    expect(await outcomeCode(listDeliveries(db, actors.otherAdmin, "taiyuan", made.id))).toBe("not_found");
    expect(await outcomeCode(updateEndpoint(db, actors.otherAdmin, "zhengzhou", made.id, { active: false }))).toBe("not_found");
  });

  it("delivers a submission signed, after a 500 and a timeout, with the same event id each time", async () => {
    const { db } = await database();
    received.length = 0;
    plan.push("500", "hang", "ok");
    const id = await submitted("签名投递测试有限公司");
    const [event] = await db
      .select()
      .from(webhookEvents)
      .where(sql`${webhookEvents.data}->>'assessmentId' = ${id}`);
    expect(event!.type).toBe("assessment.submitted");
    await drain();
    let [delivery] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.eventId, event!.id));
    expect(delivery).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500 });
    // The retry waits about a minute.
    expect(delivery!.nextAttemptAt!.getTime() - Date.now()).toBeGreaterThan(50_000);
    await fastForward();
    await drain();
    [delivery] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.eventId, event!.id));
    expect(delivery).toMatchObject({ status: "pending", attempts: 2, lastStatusCode: null });
    expect(delivery!.lastError).toMatch(/600 ms/);
    await fastForward();
    await drain();
    [delivery] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.eventId, event!.id));
    expect(delivery).toMatchObject({ status: "delivered", attempts: 3, lastStatusCode: 200 });
    expect(received).toHaveLength(3);
    for (const r of received) {
      expect(verifySignature(String(r.headers["shuzhen-signature"]), r.body, portal.secret)).toBe(true);
      expect(verifySignature(String(r.headers["shuzhen-signature"]), r.body, "whsec_someone_else")).toBe(false);
      expect(bodyOf(r)).toMatchObject({ id: event!.id, type: "assessment.submitted", portal: "zhengzhou", data: { assessmentId: id } });
      expect(r.headers["shuzhen-event-id"]).toBe(event!.id);
    }
    const log = (await listDeliveries(db, actors.admin, "zhengzhou", portal.id)).find((d) => d.eventId === event!.id)!;
    expect(log.log.map((a) => a.statusCode)).toEqual([200, null, 500]);

    // Sent again by hand: the same event, once more.
    received.length = 0;
    await replayDelivery(db, actors.admin, "zhengzhou", portal.id, delivery!.id);
    await drain();
    expect(received.map((r) => bodyOf(r).id)).toEqual([event!.id]);
    const [manual] = await db
      .select()
      .from(webhookAttempts)
      .where(and(eq(webhookAttempts.deliveryId, delivery!.id), eq(webhookAttempts.manual, true)));
    expect(manual!.statusCode).toBe(200);
  });

  it("tells a consultant's endpoint of its clients only", async () => {
    const { db } = await database();
    const mine = await createEndpoint(db, actors.consultant, "zhengzhou", { url: hookUrl, events: ["assessment.submitted"] });
    expect((await listEndpoints(db, actors.consultant, "zhengzhou")).map((e) => e.id)).toEqual([mine.id]);
    // The consultant sees its own endpoints, not the portal's.
    expect(await outcomeCode(listDeliveries(db, actors.consultant, "zhengzhou", portal.id))).toBe("not_found");
    const other = await submitted("不是顾问客户的企业有限公司");
    const client = await submitted("顾问的客户有限公司", { client: true });
    received.length = 0;
    await drain();
    const heard = (await listDeliveries(db, actors.consultant, "zhengzhou", mine.id)).map((d) => d.eventId);
    const events = await db
      .select()
      .from(webhookEvents)
      .where(sql`${webhookEvents.data}->>'assessmentId' in (${other}, ${client})`);
    const eventOf = (a: string) => events.find((e) => e.data.assessmentId === a)!.id;
    expect(heard).toEqual([eventOf(client)]);
    // The portal's endpoint hears of both.
    expect(received.filter((r) => bodyOf(r).id === eventOf(client))).toHaveLength(2);
    expect(received.filter((r) => bodyOf(r).id === eventOf(other))).toHaveLength(1);
    await deleteEndpoint(db, actors.consultant, "zhengzhou", mine.id);
  });

  it("signs with the old and the new secret for a day after a rotation", async () => {
    const { db } = await database();
    const rotated = await rotateSecret(db, actors.admin, "zhengzhou", portal.id);
    expect(rotated.previousSecretUntil).not.toBeNull();
    received.length = 0;
    const ping = await sendTestEvent(db, actors.admin, "zhengzhou", portal.id);
    await drain();
    const r = received.find((x) => bodyOf(x).id === ping.eventId)!;
    expect(bodyOf(r).type).toBe("webhook.ping");
    expect(verifySignature(String(r.headers["shuzhen-signature"]), r.body, rotated.secret)).toBe(true);
    expect(verifySignature(String(r.headers["shuzhen-signature"]), r.body, portal.secret)).toBe(true);
    portal.secret = rotated.secret;
  });

  it("loses nothing when a worker dies mid-delivery: another sends it again, and it is delivered once", async () => {
    const { db } = await database();
    received.length = 0;
    const id = await submitted("中途宕机测试有限公司");
    // A worker claims the delivery and dies (its lock stays, nothing is recorded).
    const job = await claim(db, "dead-worker", [webhookDeliverJob.kind]);
    expect(job).not.toBeNull();
    await drain(); // a sole worker starting up takes over whatever the dead one held
    const [event] = await db
      .select()
      .from(webhookEvents)
      .where(sql`${webhookEvents.data}->>'assessmentId' = ${id}`);
    const [delivery] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.eventId, event!.id));
    expect(delivery).toMatchObject({ status: "delivered", attempts: 1 });
    expect(received.filter((r) => bodyOf(r).id === event!.id)).toHaveLength(1);
    // An attempt of a worker given up for dead that answers late changes nothing.
    const { deliverOnce } = await import("@/lib/webhooks/deliver");
    expect(await deliverOnce(db, delivery!.id)).toBe("skipped");
  });

  it("switches an endpoint off after a day of failures, tells its administrators, and keeps the event for a replay", async () => {
    const { db } = await database();
    received.length = 0;
    plan.push("500");
    const id = await submitted("一直失败测试有限公司");
    const [event] = await db
      .select()
      .from(webhookEvents)
      .where(sql`${webhookEvents.data}->>'assessmentId' = ${id}`);
    // The day is over for this delivery, and nothing reached the receiver meanwhile.
    await db
      .update(webhookDeliveries)
      .set({ deliveredAt: new Date(Date.now() - 48 * 3_600_000) })
      .where(eq(webhookDeliveries.endpointId, portal.id));
    await db
      .update(webhookDeliveries)
      .set({ startedAt: new Date(Date.now() - 24 * 3_600_000 - 1000) })
      .where(eq(webhookDeliveries.eventId, event!.id));
    await drain();
    const [delivery] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.eventId, event!.id));
    expect(delivery!.status).toBe("failed");
    const [endpoint] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, portal.id));
    expect(endpoint).toMatchObject({ active: false, disabledReason: "failing" });
    const mails = await db
      .select()
      .from(outboxMails)
      .where(sql`${outboxMails.subject} like ${`%${hookUrl}`}`);
    expect(mails.length).toBeGreaterThan(0);
    expect(mails[0]!.body).toContain(hookUrl);
    // Switched off: no more deliveries; replay refused until switched on, then delivered.
    expect(await outcomeCode(replayDelivery(db, actors.admin, "zhengzhou", portal.id, delivery!.id))).toBe("conflict");
    await updateEndpoint(db, actors.admin, "zhengzhou", portal.id, { active: true });
    await replayDelivery(db, actors.admin, "zhengzhou", portal.id, delivery!.id);
    await drain();
    const [after] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, delivery!.id));
    expect(after!.status).toBe("delivered");
  });

  it("keeps an endpoint on when one event fails for a day but others are delivered (a receiver refusing one payload)", async () => {
    const { db } = await database();
    plan.push("500");
    const id = await submitted("单个事件失败测试有限公司");
    const [event] = await db
      .select()
      .from(webhookEvents)
      .where(sql`${webhookEvents.data}->>'assessmentId' = ${id}`);
    await db
      .update(webhookDeliveries)
      .set({ startedAt: new Date(Date.now() - 24 * 3_600_000 - 1000) })
      .where(eq(webhookDeliveries.eventId, event!.id));
    await drain();
    const [delivery] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.eventId, event!.id));
    expect(delivery!.status).toBe("failed");
    const [endpoint] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, portal.id));
    expect(endpoint!.active).toBe(true);
  });

  it("keeps one retry chain when a pending delivery is sent again by hand", async () => {
    const { db } = await database();
    plan.push("500");
    const id = await submitted("重发不重复测试有限公司");
    await drain();
    const [event] = await db
      .select()
      .from(webhookEvents)
      .where(sql`${webhookEvents.data}->>'assessmentId' = ${id}`);
    const [delivery] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.eventId, event!.id));
    expect(delivery).toMatchObject({ status: "pending", attempts: 1 });
    await replayDelivery(db, actors.admin, "zhengzhou", portal.id, delivery!.id);
    await replayDelivery(db, actors.admin, "zhengzhou", portal.id, delivery!.id);
    const queued = await db
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(eq(jobs.dedupeKey, `webhook:${delivery!.id}`), eq(jobs.status, "queued")));
    expect(queued).toHaveLength(1);
    received.length = 0;
    await drain();
    expect(received.filter((r) => bodyOf(r).id === event!.id)).toHaveLength(1);
    const [after] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, delivery!.id));
    expect(after).toMatchObject({ status: "delivered", attempts: 1 });
  });

  it("stops telling a consultant who lost its role", async () => {
    const { db } = await database();
    const theirs = await createEndpoint(db, actors.consultant2, "zhengzhou", { url: hookUrl, events: ["assessment.submitted"] });
    // consultant2 visits a client remotely; the firm answers through the link after consultant2 has left the portal.
    const { enterpriseId } = await addClient(db, actors.consultant2, "zhengzhou", { enterprise: { ...ZHENGZHOU_ENTERPRISE, name: "离职顾问的客户有限公司" } });
    const visit = await startClientAssessment(db, actors.consultant2, "zhengzhou", enterpriseId, { mode: "consultant_remote", language: "zh-CN" });
    await patchAssessment(db, visit.id, visit.resumeToken, { answers: COMPLETE_MANUFACTURING });
    await db.delete(memberships).where(eq(memberships.userId, actors.consultant2.userId));
    await submitAssessment(db, visit.id, visit.resumeToken);
    const heard = await db.select({ id: webhookDeliveries.id }).from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, theirs.id));
    expect(heard).toEqual([]);
  });

  it("keeps events 90 days, and any whose delivery still waits", async () => {
    const { db } = await database();
    const [endpoint] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, portal.id));
    const old = () => ({ tenantId: endpoint!.tenantId, type: "report.ready", data: {}, createdAt: new Date(Date.now() - 91 * 86_400_000) });
    const [done, waiting] = await db.insert(webhookEvents).values([old(), old()]).returning({ id: webhookEvents.id });
    await db.insert(webhookDeliveries).values({ endpointId: endpoint!.id, eventId: waiting!.id, tenantId: endpoint!.tenantId });
    expect(await pruneWebhookRecords(db)).toBeGreaterThanOrEqual(1);
    const left = (await db.select({ id: webhookEvents.id }).from(webhookEvents)).map((e) => e.id);
    expect(left).not.toContain(done!.id);
    expect(left).toContain(waiting!.id);
  });

  it("writes nothing while no endpoint listens", async () => {
    const { db } = await database();
    await updateEndpoint(db, actors.admin, "zhengzhou", portal.id, { active: false });
    const before = (await db.select({ id: webhookEvents.id }).from(webhookEvents)).length;
    await submitted("无人监听测试有限公司");
    expect((await db.select({ id: webhookEvents.id }).from(webhookEvents)).length).toBe(before);
  });
});
