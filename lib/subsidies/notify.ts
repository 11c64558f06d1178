import "server-only";
import type { Db } from "@/db/client";
import type { subsidyApplications } from "@/db/schema";
import { appUrl } from "@/lib/env";
import { byLocale } from "@/lib/i18n/localized";
import { sendMail } from "@/lib/mail/send";
import type { ProjectRow } from "@/lib/projects/access";
import { projectRecipients } from "@/lib/projects/notify";
import type { TenantSummary } from "@/lib/tenants";
import { SUBSIDY_STATE_NAMES, type SubsidyState } from "./workflow";

/**
 * Mails the people an application's move concerns: the firm's owner, the provider's consultant and
 * whoever made the application; the portal's administrators when it waits for them (submitted). Not
 * the one who moved it. A mail that cannot be sent stays in the outbox; the move stands.
 */
export async function notifySubsidyMove(
  db: Db,
  m: {
    tenant: TenantSummary;
    project: ProjectRow;
    application: typeof subsidyApplications.$inferSelect;
    from: SubsidyState;
    to: SubsidyState;
    actorUserId: string;
    note: string | null;
  },
): Promise<void> {
  const { firmName, people } = await projectRecipients(db, m.tenant, m.project, [m.application.createdBy], m.to === "applied", m.actorUserId);
  if (people.length === 0) return;
  const link = `${appUrl()}/projects/${m.tenant.slug}/${m.project.id}#subsidies`;
  const name = firmName ?? m.project.title;
  for (const person of people) {
    await sendMail(db, {
      tenantId: m.tenant.id,
      to: person.email,
      ...byLocale(person.locale, {
        "zh-CN": {
          subject: `补贴申报「${m.application.policyTitle}」：${SUBSIDY_STATE_NAMES[m.to]["zh-CN"]}`,
          body: [
            `「${name}」的补贴申报（${m.application.batch}，${m.tenant.nameZh}）已从“${SUBSIDY_STATE_NAMES[m.from]["zh-CN"]}”转为“${SUBSIDY_STATE_NAMES[m.to]["zh-CN"]}”。`,
            ...(m.note ? [`说明：${m.note}`] : []),
            `查看：${link}`,
          ].join("\n"),
        },
        en: {
          subject: `Subsidy application "${m.application.policyTitle}": ${SUBSIDY_STATE_NAMES[m.to].en}`,
          body: [
            `The subsidy application of ${name} (${m.application.batch}, ${m.tenant.nameEn}) moved from "${SUBSIDY_STATE_NAMES[m.from].en}" to "${SUBSIDY_STATE_NAMES[m.to].en}".`,
            ...(m.note ? [`Note: ${m.note}`] : []),
            `Open it: ${link.replace("#subsidies", "?lang=en#subsidies")}`,
          ].join("\n"),
        },
      }),
    });
  }
}
