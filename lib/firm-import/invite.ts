import "server-only";
import { and, asc, desc, eq, gt, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { assessments, auditLog, enterpriseContacts, enterprises } from "@/db/schema";
import { startFirmSelfAssessment } from "@/lib/assessments/service";
import { tenantFor } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { hit } from "@/lib/auth/rate-limit";
import { appUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { XlsxSheet } from "@/lib/files/xlsx";
import { isoDay, isoMinute } from "@/lib/i18n/figures";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail/send";
import { hashToken, newResumeToken, RESUME_TOKEN_DAYS } from "@/lib/shared/tokens";
import type { TenantSummary } from "@/lib/tenants";
import { heavyWork } from "@/lib/workers/pool";
import type { InviteLink, InviteResult } from "./types";

/**
 * Invitations to self-assess, in bulk: each firm of the portal chosen (after an import, or any of its
 * firms) gets a self-assessment of its own and a resume link, handed back as a sheet the office sends
 * through its own channels, and mailed where the firm's file has an e-mail address. A firm already
 * invited whose assessment is still open (not submitted, link not expired) keeps that assessment and
 * its answers: it gets a fresh link, and the old one stops working. Never two open invitations at once.
 */

/** Firms per request; more go in further requests. */
export const INVITE_MAX_FIRMS = 2000;
/** Requests per portal per hour. */
export const INVITE_MAX_PER_HOUR = 20;
const MAIL_CONCURRENCY = 4;

export const inviteRequest = z
  .object({
    enterpriseIds: z.array(z.uuid()).min(1).max(INVITE_MAX_FIRMS),
    language: z.enum(LOCALES).default("zh-CN"),
    /** Mail the link to firms whose file has an e-mail address. */
    sendMail: z.boolean().default(true),
  })
  .strict();
export type InviteRequest = z.infer<typeof inviteRequest>;

const INVITED = "firm_file.invited";

/** The open self-assessments this portal's invitations made for these firms, one per firm (the newest). */
async function openInvitations(db: Db, tenantId: string, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: assessments.id, enterpriseId: assessments.enterpriseId })
    .from(assessments)
    .where(
      and(
        eq(assessments.tenantId, tenantId),
        inArray(assessments.enterpriseId, [...ids]),
        eq(assessments.status, "draft"),
        eq(assessments.mode, "self"),
        gt(assessments.resumeTokenExpiresAt, new Date()),
        sql`exists (select 1 from ${auditLog} where ${auditLog.tenantId} = ${tenantId} and ${auditLog.action} = ${INVITED} and ${auditLog.targetType} = 'assessment' and ${auditLog.targetId} = ${assessments.id}::text)`,
      ),
    )
    .orderBy(desc(assessments.createdAt));
  const open = new Map<string, string>();
  for (const r of rows) if (!open.has(r.enterpriseId)) open.set(r.enterpriseId, r.id);
  return open;
}

function mailText(tenant: TenantSummary, firm: string, url: string, until: string, language: Locale) {
  if (language === "en")
    return {
      subject: `${tenant.nameEn}: you are invited to assess your firm's digital level`,
      body: [
        `${tenant.nameEn} invites ${firm} to take the SME digital-level self-assessment (MIIT 2024 indicators).`,
        "",
        `Open this link to start; answers are saved as you go and you can come back with the same link: ${url}`,
        `The link works until ${until} (China time). Keep it to yourself: anyone with it can answer for the firm.`,
      ].join("\n"),
    };
  return {
    subject: `${tenant.nameZh}邀请贵企业参加中小企业数字化水平自评`,
    body: [
      `${tenant.nameZh}邀请“${firm}”按《中小企业数字化水平评测指标（2024年版）》进行数字化水平自评。`,
      "",
      `请打开以下链接开始评测，答案随时保存，可用同一链接继续：${url}`,
      `链接有效期至 ${until}（北京时间）。请勿转发：持有链接者可代表企业作答。`,
    ].join("\n"),
  };
}

const t = (language: Locale, zh: string, en: string) => (language === "en" ? en : zh);

/** The link sheet an office sends by its own channels. */
export function linkSheet(links: readonly InviteLink[], until: string, language: Locale): XlsxSheet[] {
  return [
    {
      name: t(language, "自评链接", "Links"),
      header: [
        t(language, "企业名称", "Firm"),
        t(language, "统一社会信用代码", "Credit code"),
        t(language, "联系人", "Contact"),
        t(language, "电话", "Phone"),
        t(language, "邮箱", "E-mail"),
        t(language, "自评链接", "Self-assessment link"),
        t(language, "有效期至（北京时间）", "Valid until (China time)"),
        t(language, "邮件", "Mail"),
      ],
      rows: links.map((l) => [
        l.name,
        l.creditCode,
        l.contact,
        l.phone,
        l.email,
        l.url,
        until,
        l.mail === "sent" ? t(language, "已发送", "sent") : l.mail === "unsent" ? t(language, "未能发出", "not sent") : "",
      ]),
      widths: [30, 22, 10, 16, 26, 80, 18, 8],
    },
    {
      name: t(language, "说明", "About"),
      header: [t(language, "项目", "Item"), t(language, "内容", "Value")],
      rows: [
        [
          t(language, "用途", "Use"),
          t(language, "每家企业一条自评链接，请通过本单位渠道发送给企业。", "One self-assessment link per firm, to send through the office's own channels."),
        ],
        [
          t(language, "保密", "Secrecy"),
          t(language, "持有链接者可代表企业作答，请勿公开。", "Whoever holds a link can answer for the firm: do not publish it."),
        ],
        [
          t(language, "重复邀请", "Invited again"),
          t(
            language,
            "再次邀请同一企业时沿用其未提交的评测，生成新链接，旧链接失效。",
            "Inviting a firm again keeps its unsubmitted assessment with a new link; the old link stops working.",
          ),
        ],
      ],
      widths: [14, 80],
    },
  ];
}

export async function inviteFirms(db: Db, actor: Actor, slug: string, request: InviteRequest): Promise<InviteResult> {
  const tenant = await tenantFor(db, actor, slug, "firm.invite");
  const ids = [...new Set(request.enterpriseIds)];
  const firms = await db
    .select({ id: enterprises.id, name: enterprises.name, creditCode: enterprises.creditCode })
    .from(enterprises)
    .where(and(eq(enterprises.tenantId, tenant.id), eq(enterprises.status, "active"), inArray(enterprises.id, ids)));
  // Another portal's firm, or none: the same 404 either way.
  if (firms.length !== ids.length) throw AppError.notFound("enterprise");
  const limit = await hit(db, `firm-invite:${tenant.id}`, 3_600_000);
  if (limit.count > INVITE_MAX_PER_HOUR)
    throw new AppError(
      "rate_limited",
      {
        "zh-CN": `每小时最多发起 ${INVITE_MAX_PER_HOUR} 次批量邀请，请 ${Math.ceil(limit.resetsInMs / 60_000)} 分钟后再试`,
        en: `at most ${INVITE_MAX_PER_HOUR} bulk invitations an hour: try again in ${Math.ceil(limit.resetsInMs / 60_000)} minutes`,
      },
      { issues: [{ field: "enterpriseIds", message: { "zh-CN": "邀请过于频繁", en: "too many invitations" } }] },
    );
  const order = new Map(ids.map((id, i) => [id, i]));
  firms.sort((a, b) => order.get(a.id)! - order.get(b.id)!);

  // Each firm's contact: the primary one, else the first; for mail the first with an address.
  const contactRows = await db
    .select({ enterpriseId: enterpriseContacts.enterpriseId, name: enterpriseContacts.name, phone: enterpriseContacts.phone, email: enterpriseContacts.email })
    .from(enterpriseContacts)
    .where(inArray(enterpriseContacts.enterpriseId, ids))
    .orderBy(desc(enterpriseContacts.isPrimary), asc(enterpriseContacts.position));
  const contactOf = new Map<string, (typeof contactRows)[number]>();
  const mailOf = new Map<string, string>();
  for (const c of contactRows) {
    if (!contactOf.has(c.enterpriseId)) contactOf.set(c.enterpriseId, c);
    if (c.email && !mailOf.has(c.enterpriseId)) mailOf.set(c.enterpriseId, c.email);
  }

  const links: InviteLink[] = [];
  const expires = new Date(Date.now() + RESUME_TOKEN_DAYS * 86_400_000);
  const base = appUrl();
  await db.transaction(async (tx) => {
    // One invitation run of a portal at a time, all or nothing: a double submit cannot give a firm
    // two live links, and a failure midway leaves no unmarked drafts behind.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`firm-invite:${tenant.id}`}))`);
    const open = await openInvitations(tx, tenant.id, ids);
    for (const firm of firms) {
      const openId = open.get(firm.id);
      let id: string;
      let token: string;
      if (openId) {
        token = newResumeToken();
        await tx
          .update(assessments)
          .set({ resumeTokenHash: hashToken(token), resumeTokenExpiresAt: expires, updatedAt: new Date() })
          .where(eq(assessments.id, openId));
        id = openId;
      } else {
        const made = await startFirmSelfAssessment(tx, { tenantId: tenant.id, enterpriseId: firm.id, language: request.language });
        ({ id, resumeToken: token } = made);
      }
      const contact = contactOf.get(firm.id);
      links.push({
        enterpriseId: firm.id,
        name: firm.name,
        creditCode: firm.creditCode,
        contact: contact?.name ?? null,
        phone: contact?.phone ?? null,
        email: mailOf.get(firm.id) ?? null,
        assessmentId: id,
        url: `${base}/assess/${id}#k=${token}`,
        reused: !!openId,
        mail: null,
      });
    }
    // One audit line per invitation: what marks an open assessment as this portal's invitation.
    for (let i = 0; i < links.length; i += 500)
      await tx.insert(auditLog).values(
        links.slice(i, i + 500).map((l) => ({
          tenantId: tenant.id,
          actorUserId: actor.userId,
          action: INVITED,
          targetType: "assessment",
          targetId: l.assessmentId,
          details: { enterpriseId: l.enterpriseId, name: l.name, reused: l.reused, email: l.email ?? undefined },
        })),
      );
  });

  const until = isoMinute(expires);
  if (request.sendMail) {
    const queue = links.filter((l) => l.email);
    const worker = async () => {
      for (let l = queue.shift(); l; l = queue.shift()) {
        const { sent } = await sendMail(db, { tenantId: tenant.id, to: l.email!, ...mailText(tenant, l.name, l.url, until, request.language) });
        l.mail = sent ? "sent" : "unsent";
      }
    };
    await Promise.all(Array.from({ length: MAIL_CONCURRENCY }, worker));
  }
  const bytes = await heavyWork().run("xlsx.write", { sheets: linkSheet(links, until, request.language) }, { timeoutMs: 60_000 });
  return {
    invited: links.length,
    reused: links.filter((l) => l.reused).length,
    mailed: links.filter((l) => l.mail === "sent").length,
    mailUnsent: links.filter((l) => l.mail === "unsent").length,
    withoutEmail: links.filter((l) => !l.email).length,
    expiresAt: expires.toISOString(),
    fileName: `${tenant.slug}-self-assessment-links-${isoDay()}.xlsx`,
    file: Buffer.from(bytes).toString("base64"),
    links,
  };
}
