import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { SettingsForms } from "@/components/admin/settings-forms";
import { Page } from "@/components/workspace/ui";
import { tenantSettings } from "@/lib/admin/settings";
import { orNotFound, pageActor } from "@/lib/auth/page-access";
import { db } from "@/lib/db";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("ws.admin.tab.settings") };
}

export default async function AdminSettingsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const actor = await pageActor(`/admin/${tenant}`);
  const { t, locale } = await currentTranslator();
  const s = await orNotFound(tenantSettings(await db(), actor, tenant));
  return (
    <Page title={locale === "en" ? s.nameEn : s.nameZh} lead={t("ws.admin.lead")} nav={<AdminNav tenant={tenant} current="" t={t} />}>
      <SettingsForms
        tenant={tenant}
        messages={messagesWithPrefix(locale, "ws.")}
        branding={{
          displayNameZh: s.branding.displayName?.["zh-CN"] ?? s.nameZh,
          displayNameEn: s.branding.displayName?.en ?? s.nameEn,
          primaryColor: s.branding.primaryColor ?? "#1d4ed8",
          accentColor: s.branding.accentColor ?? "#0f766e",
        }}
        logoUrl={s.logoUrl}
        origins={s.embedOrigins}
      />
    </Page>
  );
}
