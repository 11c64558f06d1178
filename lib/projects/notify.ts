import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { enterprises, memberships, users } from "@/db/schema";
import { appUrl } from "@/lib/env";
import { byLocale } from "@/lib/i18n/localized";
import { sendMail } from "@/lib/mail/send";
import type { TenantSummary } from "@/lib/tenants";
import type { ProjectRow } from "./access";
import { STATE_NAMES, type ProjectState } from "./workflow";

/** Moves after which the portal must act: its administrators are told. */
const FOR_THE_PORTAL: ReadonlySet<ProjectState> = new Set(["filed", "acceptance_submitted"]);

/**
 * Mails the people a move concerns: the firm's owner, the provider's consultant and whoever filed the
 * project; the portal's administrators when it waits for them. Not the one who made the move. Each in
 * their own language. A mail that cannot be sent stays in the outbox; the move stands.
 */
export async function notifyTransition(
  db: Db,
  m: { tenant: TenantSummary; project: ProjectRow; from: ProjectState; to: ProjectState; actorUserId: string; note: string | null },
): Promise<void> {
  const [firm] = await db
    .select({ name: enterprises.name, owner: enterprises.ownerUserId })
    .from(enterprises)
    .where(eq(enterprises.id, m.project.enterpriseId));
  const ids = new Set<string>([firm?.owner, m.project.providerUserId, m.project.createdBy].filter((x): x is string => !!x));
  if (FOR_THE_PORTAL.has(m.to)) {
    const admins = await db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.tenantId, m.tenant.id), eq(memberships.role, "tenant_admin")));
    for (const a of admins) ids.add(a.userId);
  }
  ids.delete(m.actorUserId);
  if (ids.size === 0) return;
  const people = await db
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(inArray(users.id, [...ids]));
  const link = `${appUrl()}/projects/${m.tenant.slug}/${m.project.id}`;
  const name = firm?.name ?? m.project.title;
  for (const person of people) {
    await sendMail(db, {
      tenantId: m.tenant.id,
      to: person.email,
      ...byLocale(person.locale, {
        "zh-CN": {
          subject: `改造项目「${m.project.title}」：${STATE_NAMES[m.to]["zh-CN"]}`,
          body: [
            `「${name}」的改造项目（${m.tenant.nameZh}）已从“${STATE_NAMES[m.from]["zh-CN"]}”转为“${STATE_NAMES[m.to]["zh-CN"]}”。`,
            ...(m.note ? [`说明：${m.note}`] : []),
            `查看项目：${link}`,
          ].join("\n"),
        },
        en: {
          subject: `Project "${m.project.title}": ${STATE_NAMES[m.to].en}`,
          body: [
            `The transformation project of ${name} (${m.tenant.nameEn}) moved from "${STATE_NAMES[m.from].en}" to "${STATE_NAMES[m.to].en}".`,
            ...(m.note ? [`Note: ${m.note}`] : []),
            `Open the project: ${link}?lang=en`,
          ].join("\n"),
        },
      }),
    });
  }
}
