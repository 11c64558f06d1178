import type { Metadata } from "next";
import { StartForm } from "@/components/assess/start-form";
import { Page } from "@/components/ui/page";
import { orNotFound, portalPage } from "@/lib/auth/page-access";
import { tenantFor } from "@/lib/auth/guard";
import { startFormOptions } from "@/lib/assessments/start-options";
import { localizePair } from "@/lib/i18n/localized";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("ws.clients.add") };
}

export default async function NewClientPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const { db, actor } = await portalPage("consultant", tenant, `/consultant/${tenant}/clients/new`);
  const portal = await orNotFound(tenantFor(db, actor, tenant, "client.manage"));
  const { t, locale } = await currentTranslator();
  return (
    <Page title={t("ws.clients.add")} lead={t("ws.client.newLead", { portal: localizePair(portal.nameZh, portal.nameEn, locale) })}>
      <StartForm
        locale={locale}
        messages={{ ...messagesWithPrefix(locale, "assess."), ...messagesWithPrefix(locale, "ws.client.") }}
        {...startFormOptions(locale)}
        tenants={[{ slug: portal.slug, name: localizePair(portal.nameZh, portal.nameEn, locale) }]}
        tenant={portal.slug}
        client={{ tenant: portal.slug }}
      />
    </Page>
  );
}
