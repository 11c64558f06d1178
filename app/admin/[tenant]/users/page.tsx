import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { Members } from "@/components/admin/members";
import { Page } from "@/components/ui/page";
import { listMembers } from "@/lib/auth/invitations";
import { orNotFound, portalPage } from "@/lib/auth/page-access";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("ws.admin.tab.users") };
}

export default async function AdminUsersPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const { db, actor, t, locale } = await portalPage("admin", tenant, `/admin/${tenant}/users`);
  const data = await orNotFound(listMembers(db, actor, tenant));
  return (
    <Page title={t("ws.admin.tab.users")} lead={t("ws.users.lead")} nav={<AdminNav tenant={tenant} current="/users" t={t} />}>
      <Members
        tenant={tenant}
        me={actor.userId}
        members={data.members}
        invitations={data.invitations}
        locale={locale}
        messages={messagesWithPrefix(locale, "ws.")}
      />
    </Page>
  );
}
