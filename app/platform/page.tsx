import type { Metadata } from "next";
import { PlatformTenants } from "@/components/admin/platform-tenants";
import { Page } from "@/components/workspace/ui";
import { orNotFound, pageActor } from "@/lib/auth/page-access";
import { db } from "@/lib/db";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";
import { listTenants } from "@/lib/platform/tenants";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("ws.platform.title") };
}

export default async function PlatformPage() {
  const actor = await pageActor("/platform");
  const { t, locale } = await currentTranslator();
  const tenants = await orNotFound(listTenants(await db(), actor));
  return (
    <Page title={t("ws.platform.title")} lead={t("ws.platform.lead")}>
      <PlatformTenants tenants={tenants} messages={messagesWithPrefix(locale, "ws.")} />
    </Page>
  );
}
