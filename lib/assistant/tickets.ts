import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { assessments, assistantTicketMessages, assistantTickets, consultantClients, enterprises, memberships, users } from "@/db/schema";
import { authorise, sameHash, type Caller } from "@/lib/assessments/access";
import { can, type Actor } from "@/lib/auth/permissions";
import { appUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { byLocale } from "@/lib/i18n/localized";
import { AN_EMAIL, zodText } from "@/lib/i18n/zod";
import { sendMail } from "@/lib/mail/send";
import { isUuid } from "@/lib/shared/ids";
import { hashToken, newResumeToken } from "@/lib/shared/tokens";
import { resolveTenant, tenantsByIds, type TenantSummary } from "@/lib/tenants";
import { assessmentNotFound } from "./service";
import { text } from "@/lib/validation/text";

/**
 * 转人工: the asker hands the conversation to a person. The ticket goes to the portal's staff (every
 * tenant administrator) and, when the firm works with a consultant, to that consultant; they answer in
 * the inbox, the asker reads the reply in the assistant (with the ticket's own key, kept on the device,
 * or signed in as the one who asked) and by mail.
 */

const transcriptLine = z.object({ role: z.enum(["user", "assistant"]), text: text(4000) }).strict();

export const handoffRequest = z
  .object({
    tenant: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,64}$/, zodText({ "zh-CN": "门户名称只含小写字母、数字和连字符", en: "a portal's name: lower-case letters, digits and hyphens" }))
      .optional(),
    message: text(2000, { min: 1 }),
    contactEmail: z.string().trim().toLowerCase().email(AN_EMAIL).max(200).optional(),
    assessmentId: z.string().trim().optional(),
    transcript: z.array(transcriptLine).max(24).default([]),
  })
  .strict();

export const replyRequest = z.object({ message: text(4000, { min: 1 }) }).strict();
export const statusRequest = z.object({ status: z.enum(["open", "closed"]) }).strict();

export interface TicketMessage {
  author: "firm" | "staff";
  body: string;
  at: string;
}

export interface TicketView {
  id: string;
  status: "open" | "answered" | "closed";
  subject: string;
  createdAt: string;
  updatedAt: string;
  messages: TicketMessage[];
}

export interface InboxTicket extends TicketView {
  contactEmail: string | null;
  /** The firm it is about, when it was asked from an assessment. */
  firmName: string | null;
  assessmentId: string | null;
  transcript: { role: "user" | "assistant"; text: string }[];
  /** Whether it came to this consultant as the firm's (else to the portal). */
  asConsultant: boolean;
}

const notFound = () => AppError.notFound("resource");

function subjectOf(message: string): string {
  const line = message.split("\n")[0]!.trim();
  return [...line].length > 60 ? `${[...line].slice(0, 59).join("")}…` : line;
}

/** The consultant the firm works with in this portal: the assessment's own, else its longest-standing active one. */
async function consultantOf(db: Db, tenantId: string, assessmentId: string, enterpriseId: string): Promise<string | null> {
  const [row] = await db.select({ consultant: assessments.consultantUserId }).from(assessments).where(eq(assessments.id, assessmentId));
  if (row?.consultant) return row.consultant;
  const [client] = await db
    .select({ consultant: consultantClients.consultantUserId })
    .from(consultantClients)
    .where(and(eq(consultantClients.tenantId, tenantId), eq(consultantClients.enterpriseId, enterpriseId), eq(consultantClients.status, "active")))
    .orderBy(asc(consultantClients.createdAt), asc(consultantClients.consultantUserId))
    .limit(1);
  return client?.consultant ?? null;
}

/** A consultant reads a ticket while the firm is still theirs: the assessment's consultant, or an active client. */
// Qualified by hand: in a one-table select Drizzle writes its columns bare, which inside the
// subqueries would name the subquery's own columns.
const T = (column: string) => sql.raw(`"assistant_tickets"."${column}"`);
function stillTheirs(userId: string) {
  return sql`(${T("consultant_user_id")} = ${userId} and (
    exists (select 1 from ${assessments} a where a.id = ${T("assessment_id")} and a.consultant_user_id = ${userId})
    or exists (select 1 from ${consultantClients} c where c.enterprise_id = ${T("enterprise_id")} and c.tenant_id = ${T("tenant_id")}
      and c.consultant_user_id = ${userId} and c.status = 'active')))`;
}

async function staffOf(db: Db, tenantId: string, consultant: string | null): Promise<Pick<typeof users.$inferSelect, "email" | "locale">[]> {
  const admins = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.role, "tenant_admin")));
  const ids = [...new Set([...admins.map((a) => a.userId), ...(consultant ? [consultant] : [])])];
  if (ids.length === 0) return [];
  return db.select({ email: users.email, locale: users.locale }).from(users).where(inArray(users.id, ids));
}

export async function createTicket(
  db: Db,
  request: z.infer<typeof handoffRequest>,
  who: { caller: Caller | null; actor: Actor | null },
): Promise<{ id: string; accessToken: string }> {
  const tenant = await resolveTenant(db, request.tenant);
  let assessmentId: string | null = null;
  let enterpriseId: string | null = null;
  if (request.assessmentId !== undefined) {
    if (!who.caller || !isUuid(request.assessmentId)) throw assessmentNotFound();
    const key = await authorise(db, request.assessmentId, who.caller, "assessment.read");
    if (key.tenantId !== tenant.id) throw assessmentNotFound();
    assessmentId = key.id;
    enterpriseId = key.enterpriseId;
  }
  let contactEmail = request.contactEmail ?? null;
  if (!contactEmail && who.actor) {
    const [me] = await db.select({ email: users.email }).from(users).where(eq(users.id, who.actor.userId));
    contactEmail = me?.email ?? null;
  }
  const consultant = assessmentId && enterpriseId ? await consultantOf(db, tenant.id, assessmentId, enterpriseId) : null;
  const accessToken = newResumeToken();
  const id = await db.transaction(async (tx) => {
    const [ticket] = await tx
      .insert(assistantTickets)
      .values({
        tenantId: tenant.id,
        assessmentId,
        enterpriseId,
        requesterUserId: who.actor?.userId ?? null,
        consultantUserId: consultant,
        contactEmail,
        accessTokenHash: hashToken(accessToken),
        subject: subjectOf(request.message),
        transcript: request.transcript,
      })
      .returning({ id: assistantTickets.id });
    await tx.insert(assistantTicketMessages).values({ ticketId: ticket!.id, author: "firm", authorUserId: who.actor?.userId ?? null, body: request.message });
    return ticket!.id;
  });
  await mailStaff(db, tenant, consultant, id, request.message);
  return { id, accessToken };
}

async function mailStaff(db: Db, tenant: TenantSummary, consultant: string | null, id: string, message: string) {
  const link = `${appUrl()}/inbox/${tenant.slug}/${id}`;
  for (const person of await staffOf(db, tenant.id, consultant)) {
    await sendMail(db, {
      tenantId: tenant.id,
      to: person.email,
      ...byLocale(person.locale, {
        "zh-CN": { subject: `小镝客服：新的转人工咨询（${tenant.nameZh}）`, body: `${message}\n\n回复：${link}` },
        en: { subject: `Shuzhen assistant: a question for a person (${tenant.nameEn})`, body: `${message}\n\nReply: ${link}?lang=en` },
      }),
    });
  }
}

async function messagesOf(db: Db, ticketId: string): Promise<TicketMessage[]> {
  const rows = await db
    .select({ author: assistantTicketMessages.author, body: assistantTicketMessages.body, at: assistantTicketMessages.createdAt })
    .from(assistantTicketMessages)
    .where(eq(assistantTicketMessages.ticketId, ticketId))
    .orderBy(asc(assistantTicketMessages.createdAt), asc(assistantTicketMessages.id));
  return rows.map((r) => ({ author: r.author === "staff" ? "staff" : "firm", body: r.body, at: r.at.toISOString() }));
}

type TicketRow = typeof assistantTickets.$inferSelect;

const view = (t: TicketRow, messages: TicketMessage[]): TicketView => ({
  id: t.id,
  status: t.status === "answered" ? "answered" : t.status === "closed" ? "closed" : "open",
  subject: t.subject,
  createdAt: t.createdAt.toISOString(),
  updatedAt: t.updatedAt.toISOString(),
  messages,
});

/** The asker's ticket: by its key, or signed in as the one who asked. One 404 for everything else. */
async function askersTicket(db: Db, id: string, key: { token?: string; actor: Actor | null }): Promise<TicketRow> {
  if (!isUuid(id)) throw notFound();
  const [t] = await db.select().from(assistantTickets).where(eq(assistantTickets.id, id));
  if (!t) throw notFound();
  const byToken = key.token !== undefined && sameHash(t.accessTokenHash, hashToken(key.token));
  const byAccount = key.actor !== null && t.requesterUserId === key.actor.userId;
  if (!byToken && !byAccount) throw notFound();
  return t;
}

export async function ticketForAsker(db: Db, id: string, key: { token?: string; actor: Actor | null }): Promise<TicketView> {
  const t = await askersTicket(db, id, key);
  return view(t, await messagesOf(db, t.id));
}

/** The tickets the signed-in account asked (any device), newest change first. */
export async function ticketsForAccount(db: Db, actor: Actor): Promise<TicketView[]> {
  const rows = await db
    .select()
    .from(assistantTickets)
    .where(eq(assistantTickets.requesterUserId, actor.userId))
    .orderBy(desc(assistantTickets.updatedAt))
    .limit(20);
  return Promise.all(rows.map(async (t) => view(t, await messagesOf(db, t.id))));
}

export async function askerReply(db: Db, id: string, key: { token?: string; actor: Actor | null }, message: string): Promise<TicketView> {
  const t = await askersTicket(db, id, key);
  if (t.status === "closed") throw closed();
  await db.transaction(async (tx) => {
    await tx.insert(assistantTicketMessages).values({ ticketId: t.id, author: "firm", authorUserId: key.actor?.userId ?? null, body: message });
    await tx.update(assistantTickets).set({ status: "open", updatedAt: new Date() }).where(eq(assistantTickets.id, t.id));
  });
  const [tenant] = await tenantsByIds(db, [t.tenantId]);
  if (!tenant) throw notFound();
  await mailStaff(db, tenant, t.consultantUserId, t.id, message);
  return ticketForAsker(db, id, key);
}

function closed(): AppError {
  return new AppError(
    "conflict",
    { "zh-CN": "status：该咨询已关闭", en: "status: this conversation is closed" },
    {
      issues: [{ field: "status", message: { "zh-CN": "已关闭", en: "closed" } }],
    },
  );
}

/** Which tickets of the portal the actor answers: all for its administrators, its clients' for a consultant. */
async function staffScope(db: Db, actor: Actor, slug: string): Promise<{ tenant: TenantSummary; all: boolean }> {
  const tenant = await resolveTenant(db, slug).catch(() => {
    throw notFound();
  });
  if (!can(actor, "assistant.inbox", tenant.id)) throw notFound();
  const all = actor.memberships.some((m) => m.tenantId === tenant.id && m.role === "tenant_admin");
  return { tenant, all };
}

async function firmNames(db: Db, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: enterprises.id, name: enterprises.name }).from(enterprises).where(inArray(enterprises.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Tickets an inbox lists at most (newest change first); the page says when there are more. */
export const INBOX_LIMIT = 200;

export async function inbox(
  db: Db,
  actor: Actor,
  slug: string,
  status?: "open" | "answered" | "closed",
): Promise<{ tickets: InboxTicket[]; asAdmin: boolean }> {
  const { tenant, all } = await staffScope(db, actor, slug);
  const rows = await db
    .select()
    .from(assistantTickets)
    .where(and(eq(assistantTickets.tenantId, tenant.id), all ? undefined : stillTheirs(actor.userId), status ? eq(assistantTickets.status, status) : undefined))
    .orderBy(desc(assistantTickets.updatedAt))
    .limit(INBOX_LIMIT);
  const names = await firmNames(
    db,
    rows.map((t) => t.enterpriseId),
  );
  const tickets = rows.map((t) => ({
    ...view(t, []),
    contactEmail: t.contactEmail,
    firmName: (t.enterpriseId && names.get(t.enterpriseId)) ?? null,
    assessmentId: t.assessmentId,
    transcript: t.transcript,
    asConsultant: !all,
  }));
  return { tickets, asAdmin: all };
}

async function staffTicketRow(db: Db, actor: Actor, slug: string, id: string): Promise<{ tenant: TenantSummary; t: TicketRow; all: boolean }> {
  const { tenant, all } = await staffScope(db, actor, slug);
  if (!isUuid(id)) throw notFound();
  const [t] = await db
    .select()
    .from(assistantTickets)
    .where(and(eq(assistantTickets.id, id), eq(assistantTickets.tenantId, tenant.id), all ? undefined : stillTheirs(actor.userId)));
  if (!t) throw notFound();
  return { tenant, t, all };
}

export async function staffTicket(db: Db, actor: Actor, slug: string, id: string): Promise<InboxTicket> {
  const { t, all } = await staffTicketRow(db, actor, slug, id);
  const names = await firmNames(db, [t.enterpriseId]);
  return {
    ...view(t, await messagesOf(db, t.id)),
    contactEmail: t.contactEmail,
    firmName: (t.enterpriseId && names.get(t.enterpriseId)) ?? null,
    assessmentId: t.assessmentId,
    transcript: t.transcript,
    asConsultant: !all,
  };
}

export async function staffReply(db: Db, actor: Actor, slug: string, id: string, message: string): Promise<InboxTicket> {
  const { tenant, t } = await staffTicketRow(db, actor, slug, id);
  if (t.status === "closed") throw closed();
  await db.transaction(async (tx) => {
    await tx.insert(assistantTicketMessages).values({ ticketId: t.id, author: "staff", authorUserId: actor.userId, body: message });
    await tx.update(assistantTickets).set({ status: "answered", updatedAt: new Date() }).where(eq(assistantTickets.id, t.id));
  });
  const recipients = new Set<string>();
  if (t.contactEmail) recipients.add(t.contactEmail);
  if (t.requesterUserId) {
    const [asker] = await db.select({ email: users.email }).from(users).where(eq(users.id, t.requesterUserId));
    if (asker) recipients.add(asker.email);
  }
  for (const to of recipients) {
    await sendMail(db, {
      tenantId: tenant.id,
      to,
      subject: `小镝客服：你的咨询有了回复 / The Shuzhen assistant: your question was answered`,
      body: `「${t.subject}」\n\n${message}\n\n— ${tenant.nameZh}\n\n在小镝客服中也能看到这条回复（同一设备或同一账号）。You can also read this reply in the assistant (on the same device or account).`,
    });
  }
  return staffTicket(db, actor, slug, id);
}

export async function setTicketStatus(db: Db, actor: Actor, slug: string, id: string, status: "open" | "closed"): Promise<InboxTicket> {
  const { t } = await staffTicketRow(db, actor, slug, id);
  await db.update(assistantTickets).set({ status, updatedAt: new Date() }).where(eq(assistantTickets.id, t.id));
  return staffTicket(db, actor, slug, id);
}
