import type { Metadata } from "next";
import { PlatformTenants } from "@/components/admin/platform-tenants";
import { Page } from "@/components/ui/page";
import { orNotFound, signedInPage } from "@/lib/auth/page-access";
import { listProvinces } from "@/lib/enterprise/regions";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";
import { listTenants } from "@/lib/platform/tenants";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("ws.platform.title") };
}

export default async function PlatformPage() {
  const { db, actor, t, locale } = await signedInPage("/platform");
  const tenants = await orNotFound(listTenants(db, actor));
  return (
    <Page title={t("ws.platform.title")} lead={t("ws.platform.lead")}>
      <PlatformTenants tenants={tenants} provinces={listProvinces(locale)} locale={locale} messages={messagesWithPrefix(locale, "ws.")} />
    </Page>
  );
}
