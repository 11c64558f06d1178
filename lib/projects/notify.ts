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

/**
 * Who hears of a project's move (or of its subsidy application's): the firm's owner, the provider's
 * consultant and the given others, with the portal's administrators when it must act; never the one who
 * made the move. Each with their address and language.
 */
export async function projectRecipients(
  db: Db,
  tenant: TenantSummary,
  project: ProjectRow,
  others: readonly (string | null)[],
  portal: boolean,
  actorUserId: string,
): Promise<{ firmName: string | null; people: Pick<typeof users.$inferSelect, "email" | "locale">[] }> {
  const [firm] = await db.select({ name: enterprises.name, owner: enterprises.ownerUserId }).from(enterprises).where(eq(enterprises.id, project.enterpriseId));
  const ids = new Set<string>([firm?.owner, project.providerUserId, ...others].filter((x): x is string => !!x));
  if (portal) {
    const admins = await db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.tenantId, tenant.id), eq(memberships.role, "tenant_admin")));
    for (const a of admins) ids.add(a.userId);
  }
  ids.delete(actorUserId);
  const people =
    ids.size === 0
      ? []
      : await db
          .select({ email: users.email, locale: users.locale })
          .from(users)
          .where(inArray(users.id, [...ids]));
  return { firmName: firm?.name ?? null, people };
}

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
  const { firmName, people } = await projectRecipients(db, m.tenant, m.project, [m.project.createdBy], FOR_THE_PORTAL.has(m.to), m.actorUserId);
  if (people.length === 0) return;
  const link = `${appUrl()}/projects/${m.tenant.slug}/${m.project.id}`;
  const name = firmName ?? m.project.title;
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
