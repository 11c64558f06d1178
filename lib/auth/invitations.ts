import "server-only";
import { and, desc, eq, gt, isNotNull, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { assessments, enterprises, invitations, memberships, reports, tenants, users } from "@/db/schema";
import { hashToken, newResumeToken } from "@/lib/shared/tokens";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { byLocale, localize, localizePair, type Localized } from "@/lib/i18n/localized";
import { messageText } from "@/lib/i18n/translate";
import { AN_EMAIL, atLeastChars, zodText } from "@/lib/i18n/zod";
import { sendMail } from "@/lib/mail/send";
import { MIN_PASSWORD_LENGTH } from "./account";
import { audit } from "@/lib/shared/audit";
import { tenantFor } from "./guard";
import { hashPassword } from "./password";
import { endSessions } from "./sessions";
import type { Actor, Role } from "./permissions";
import { normaliseEmail } from "./sign-in";

/**
 * Invitations: how consultants and administrators join a portal (sign-up is for firms only), and how a
 * consultant's client is let in to read its published report. The link is a one-time secret valid for
 * a week; only its hash is stored. Accepting with the invited e-mail creates the account or, when
 * signed in as that e-mail, adds the role.
 */

const INVITE_DAYS = 7;

export const inviteRequest = z
  .object({
    email: z.email(AN_EMAIL).max(200),
    role: z.enum(["consultant", "tenant_admin"], {
      error: zodText({ "zh-CN": "应为 consultant（顾问）或 tenant_admin（门户管理员）", en: "must be consultant or tenant_admin" }),
    }),
  })
  .strict();

export const acceptRequest = z
  .object({
    name: z.string().trim().max(80).optional(),
    password: z.string().min(MIN_PASSWORD_LENGTH, atLeastChars(MIN_PASSWORD_LENGTH)).max(200).optional(),
  })
  .strict();

const ROLE_NAMES: Record<Role, Localized> = {
  sme_owner: { "zh-CN": "企业用户", en: "firm user" },
  consultant: { "zh-CN": "顾问", en: "consultant" },
  tenant_admin: { "zh-CN": "门户管理员", en: "portal administrator" },
  platform_admin: { "zh-CN": "平台运营方", en: "platform operator" },
};

interface NewInvitation {
  tenantId: string;
  tenantName: string;
  email: string;
  role: Role;
  invitedBy: string;
  enterpriseId?: string;
  /** Extra lines of the mail, e.g. what was published. */
  message?: string;
  baseUrl: string;
  locale: Locale;
}

/** Stores the invitation and mails the link; returns the link (shown to the inviter only in development). */
export async function createInvitation(db: Db, input: NewInvitation): Promise<{ id: string; link: string }> {
  const token = newResumeToken();
  const email = normaliseEmail(input.email);
  const [row] = await db
    .insert(invitations)
    .values({
      tenantId: input.tenantId,
      email,
      role: input.role,
      tokenHash: hashToken(token),
      invitedBy: input.invitedBy,
      enterpriseId: input.enterpriseId ?? null,
      expiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000),
    })
    .returning({ id: invitations.id });
  if (!row) throw new Error("invitation insert returned nothing");
  const link = `${input.baseUrl}/invite/${token}`;
  const role = localize(ROLE_NAMES[input.role], input.locale);
  const intro = input.message ? input.message + "\n\n" : "";
  await sendMail(db, {
    tenantId: input.tenantId,
    to: email,
    ...byLocale(input.locale, {
      "zh-CN": {
        subject: `邀请您加入「${input.tenantName}」（数诊）`,
        body: `${intro}您受邀以「${role}」身份加入。请在 ${INVITE_DAYS} 天内打开以下链接接受邀请：\n${link}`,
      },
      en: {
        subject: `Invitation to ${input.tenantName} on Shuzhen`,
        body: `${intro}You are invited as ${role}. Open this link within ${INVITE_DAYS} days to accept:\n${link}`,
      },
    }),
  });
  await audit(db, {
    tenantId: input.tenantId,
    actorUserId: input.invitedBy,
    action: "user.invited",
    targetType: "invitation",
    targetId: row.id,
    details: { email, role: input.role },
  });
  return { id: row.id, link };
}

export async function inviteUser(db: Db, actor: Actor, slug: string, request: z.infer<typeof inviteRequest>, baseUrl: string, locale: Locale) {
  const tenant = await tenantFor(db, actor, slug, "user.invite");
  return createInvitation(db, {
    tenantId: tenant.id,
    tenantName: localizePair(tenant.nameZh, tenant.nameEn, locale),
    email: request.email,
    role: request.role,
    invitedBy: actor.userId,
    baseUrl,
    locale,
  });
}

export async function revokeInvitation(db: Db, actor: Actor, slug: string, id: string): Promise<void> {
  const tenant = await tenantFor(db, actor, slug, "user.invite");
  const done = z.uuid().safeParse(id).success
    ? await db
        .update(invitations)
        .set({ revokedAt: new Date() })
        .where(and(eq(invitations.id, id), eq(invitations.tenantId, tenant.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
        .returning({ id: invitations.id })
    : [];
  if (done.length === 0) throw AppError.notFound("invitation");
  await audit(db, { tenantId: tenant.id, actorUserId: actor.userId, action: "user.invitation_revoked", targetType: "invitation", targetId: id });
}

async function openInvitation(db: Db, token: string) {
  if (!/^[A-Za-z0-9_-]{20,200}$/.test(token)) return null;
  const [row] = await db
    .select({ invitation: invitations, tenantZh: tenants.nameZh, tenantEn: tenants.nameEn, tenantSlug: tenants.slug })
    .from(invitations)
    .innerJoin(tenants, eq(tenants.id, invitations.tenantId))
    .where(
      and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date())),
    );
  return row ?? null;
}

export interface InvitationView {
  email: string;
  role: Role;
  tenant: { zh: string; en: string; slug: string };
  accountExists: boolean;
}

/** What the invitation page shows; null for a used, revoked, expired or unknown link. */
export async function invitationView(db: Db, token: string): Promise<InvitationView | null> {
  const row = await openInvitation(db, token);
  if (!row) return null;
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, row.invitation.email));
  return {
    email: row.invitation.email,
    role: row.invitation.role,
    tenant: { zh: row.tenantZh, en: row.tenantEn, slug: row.tenantSlug },
    accountExists: !!user,
  };
}

/**
 * Accepts: signed in as the invited e-mail adds the role; signed out with no account creates one with
 * the given password. An existing account must sign in first (the link alone does not prove it is
 * theirs), and a session of another e-mail is refused.
 */
/** Accept with the request's session, if any (its e-mail must be the invited one), or as a new account. */
export async function acceptInvitationAs(
  db: Db,
  token: string,
  request: z.infer<typeof acceptRequest>,
  actor: Actor | null,
): ReturnType<typeof acceptInvitation> {
  const [user] = actor ? await db.select({ email: users.email }).from(users).where(eq(users.id, actor.userId)) : [];
  return acceptInvitation(db, token, request, actor && user ? { ...actor, email: user.email } : null);
}

export async function acceptInvitation(
  db: Db,
  token: string,
  request: z.infer<typeof acceptRequest>,
  actor: (Actor & { email: string }) | null,
): Promise<{ userId: string; created: boolean; tenantSlug: string; role: Role; destination: string }> {
  const row = await openInvitation(db, token);
  if (!row)
    throw new AppError(
      "not_found",
      { "zh-CN": "token：这份邀请已被使用、撤销或过期，或链接不正确", en: "token: this invitation is used, revoked, expired or unknown" },
      { issues: [{ field: "token", message: { "zh-CN": "无效", en: "not valid" } }] },
    );
  const inv = row.invitation;
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, inv.email));
  if (actor && actor.email !== inv.email) {
    throw new AppError(
      "forbidden",
      {
        "zh-CN": `session：这份邀请是发给 ${inv.email} 的，请退出当前账号，用该邮箱的账号接受`,
        en: `session: this invitation is for ${inv.email}; sign out and accept it with that account`,
      },
      { issues: [{ field: "session", message: { "zh-CN": "当前登录的是其他账号", en: "another account" } }] },
    );
  }
  if (!actor && existing) {
    throw new AppError(
      "unauthenticated",
      { "zh-CN": `session：${inv.email} 已有账号，请登录后再接受邀请`, en: `session: an account for ${inv.email} exists; sign in with it to accept` },
      { issues: [{ field: "session", message: { "zh-CN": "请先登录", en: "sign in first" } }] },
    );
  }
  if (!actor && !request.password)
    throw AppError.validation([
      {
        field: "password",
        message: { "zh-CN": `请设置至少 ${MIN_PASSWORD_LENGTH} 个字符的密码`, en: `choose a password of at least ${MIN_PASSWORD_LENGTH} characters` },
      },
    ]);
  if (request.password && request.password.trim().toLowerCase() === inv.email)
    throw AppError.validation([{ field: "password", message: messageText("error.sameAsEmail") }]);
  const passwordHash = !actor && request.password ? await hashPassword(request.password) : null;
  return db.transaction(async (tx) => {
    const used = await tx
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(and(eq(invitations.id, inv.id), isNull(invitations.acceptedAt)))
      .returning({ id: invitations.id });
    if (used.length === 0)
      throw new AppError(
        "not_found",
        { "zh-CN": "token：这份邀请刚刚已被使用", en: "token: this invitation was just used" },
        { issues: [{ field: "token", message: { "zh-CN": "已使用", en: "used" } }] },
      );
    let userId = actor?.userId ?? existing?.id;
    let created = false;
    if (!userId) {
      const [user] = await tx
        .insert(users)
        .values({ email: inv.email, name: request.name || null, passwordHash, emailVerified: new Date() })
        .returning({ id: users.id });
      if (!user) throw new Error("user insert returned nothing");
      userId = user.id;
      created = true;
    }
    await tx.insert(memberships).values({ tenantId: inv.tenantId, userId, role: inv.role }).onConflictDoNothing();
    if (inv.enterpriseId) {
      await tx
        .update(enterprises)
        .set({ ownerUserId: userId, updatedAt: new Date() })
        .where(and(eq(enterprises.id, inv.enterpriseId), eq(enterprises.tenantId, inv.tenantId), isNull(enterprises.ownerUserId)));
    }
    await audit(tx, {
      tenantId: inv.tenantId,
      actorUserId: userId,
      action: "membership.added",
      targetType: "user",
      targetId: userId,
      details: { role: inv.role, via: "invitation", invitedBy: inv.invitedBy },
    });
    const destination = await destinationOf(tx, inv.role, row.tenantSlug, inv.enterpriseId);
    return { userId, created, tenantSlug: row.tenantSlug, role: inv.role, destination };
  });
}

/**
 * Where the new member goes once in: an administrator to the portal's admin pages, a consultant to
 * the workspace, a consultant's client to the report it was invited to read (its firm's latest
 * published one), or else to its assessments.
 */
async function destinationOf(db: Db, role: Role, tenantSlug: string, enterpriseId: string | null): Promise<string> {
  if (role === "tenant_admin") return `/admin/${tenantSlug}`;
  if (role === "consultant") return `/consultant/${tenantSlug}`;
  if (role === "platform_admin") return "/platform";
  if (!enterpriseId) return "/assess/mine";
  const [published] = await db
    .select({ id: assessments.id })
    .from(reports)
    .innerJoin(assessments, eq(assessments.id, reports.assessmentId))
    .where(and(eq(assessments.enterpriseId, enterpriseId), isNotNull(reports.publishedAt)))
    .orderBy(desc(reports.publishedAt))
    .limit(1);
  return published ? `/assess/${published.id}/report` : "/assess/mine";
}

export interface MemberView {
  userId: string;
  email: string;
  name: string | null;
  roles: Role[];
  lastSignInAt: string | null;
  disabled: boolean;
}

export async function listMembers(db: Db, actor: Actor, slug: string) {
  const tenant = await tenantFor(db, actor, slug, "user.manage");
  const rows = await db
    .select({ userId: users.id, email: users.email, name: users.name, role: memberships.role, lastSignInAt: users.lastSignInAt, disabledAt: users.disabledAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.tenantId, tenant.id))
    .orderBy(users.email);
  const members = new Map<string, MemberView>();
  for (const r of rows) {
    const m = members.get(r.userId) ?? {
      userId: r.userId,
      email: r.email,
      name: r.name,
      roles: [],
      lastSignInAt: r.lastSignInAt?.toISOString() ?? null,
      disabled: r.disabledAt !== null,
    };
    m.roles.push(r.role);
    members.set(r.userId, m);
  }
  const pending = await db
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt, createdAt: invitations.createdAt })
    .from(invitations)
    .where(and(eq(invitations.tenantId, tenant.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date())))
    .orderBy(desc(invitations.createdAt));
  return {
    members: [...members.values()],
    invitations: pending.map((p) => ({ ...p, expiresAt: p.expiresAt.toISOString(), createdAt: p.createdAt.toISOString() })),
  };
}

export const memberRolesRequest = z
  .object({ roles: z.array(z.enum(["sme_owner", "consultant", "tenant_admin"])).max(3, zodText({ "zh-CN": "最多三个角色", en: "at most three roles" })) })
  .strict();

/** Sets a member's roles in the portal (none = removed). An administrator cannot demote themselves. */
export async function setMemberRoles(db: Db, actor: Actor, slug: string, userId: string, request: z.infer<typeof memberRolesRequest>) {
  const tenant = await tenantFor(db, actor, slug, "user.manage");
  if (!z.uuid().safeParse(userId).success) throw AppError.notFound("member");
  const current = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenant.id), eq(memberships.userId, userId)));
  if (current.length === 0) throw AppError.notFound("member");
  if (userId === actor.userId && !request.roles.includes("tenant_admin")) {
    throw AppError.validation([
      {
        field: "roles",
        message: { "zh-CN": "不能撤销自己的管理员角色，请让其他管理员操作", en: "you cannot remove your own administrator role; ask another administrator" },
      },
    ]);
  }
  const before = current.map((c) => c.role).sort();
  const after = [...new Set(request.roles)].sort();
  await db.transaction(async (tx) => {
    // Platform roles are not managed from a portal: they stay as they are.
    const keep = before.filter((r) => r === "platform_admin");
    await tx.delete(memberships).where(and(eq(memberships.tenantId, tenant.id), eq(memberships.userId, userId)));
    const rows = [...new Set([...after, ...keep])].map((role) => ({ tenantId: tenant.id, userId, role }));
    if (rows.length > 0) await tx.insert(memberships).values(rows);
    // A role taken away ends the member's sessions, so nothing signed in before keeps acting with it.
    if (before.some((r) => r !== "platform_admin" && !after.includes(r))) await endSessions(tx, userId);
    await audit(tx, {
      tenantId: tenant.id,
      actorUserId: actor.userId,
      action: "membership.changed",
      targetType: "user",
      targetId: userId,
      details: { before, after },
    });
  });
  return { roles: after };
}
