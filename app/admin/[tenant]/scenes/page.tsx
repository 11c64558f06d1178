import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { SceneProfiles } from "@/components/admin/scene-profiles";
import { Page } from "@/components/ui/page";
import { listProfiles } from "@/lib/admin/scene-profiles";
import { orNotFound, portalPage } from "@/lib/auth/page-access";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("ws.admin.tab.scenes") };
}

export default async function AdminScenesPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const { db, actor, t, locale } = await portalPage("admin", tenant, `/admin/${tenant}/scenes`);
  const data = await orNotFound(listProfiles(db, actor, tenant));
  return (
    <Page title={t("ws.admin.tab.scenes")} lead={t("ws.scenes.lead")} nav={<AdminNav tenant={tenant} current="/scenes" t={t} />}>
      <SceneProfiles
        tenant={tenant}
        messages={messagesWithPrefix(locale, "ws.")}
        profiles={data.profiles}
        scenes={data.scenes.map((s) => ({ code: s.code, label: s.label[locale], defaultConstrained: s.defaultConstrained }))}
      />
    </Page>
  );
}
