import type { Metadata } from "next";
import { StartForm } from "@/components/assess/start-form";
import { Page } from "@/components/workspace/ui";
import { orNotFound, pageActor } from "@/lib/auth/page-access";
import { tenantFor } from "@/lib/auth/guard";
import { INDUSTRIES, REAL_ESTATE_SUBCODES, SECTIONS } from "@/lib/enterprise/industries";
import { listProvinces } from "@/lib/enterprise/regions";
import { db } from "@/lib/db";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";
import { getTemplate, TEMPLATE_IDS } from "@/scoring";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("ws.clients.add") };
}

export default async function NewClientPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const actor = await pageActor(`/consultant/${tenant}/clients/new`);
  const portal = await orNotFound(tenantFor(await db(), actor, tenant, "client.manage"));
  const { t, locale } = await currentTranslator();
  const sections = new Map(SECTIONS.map((s) => [s.code, s]));
  const name = (x: { zh: string; en: string }) => (locale === "en" ? x.en : x.zh);
  return (
    <Page title={t("ws.clients.add")} lead={t("ws.client.newLead", { portal: locale === "en" ? portal.nameEn : portal.nameZh })}>
      <StartForm
        locale={locale}
        messages={{ ...messagesWithPrefix(locale, "assess."), ...messagesWithPrefix(locale, "ws.client.") }}
        industries={INDUSTRIES.map((i) => ({ code: i.code, name: name(i), section: name(sections.get(i.section) ?? { zh: "", en: "" }) }))}
        realEstateGroups={REAL_ESTATE_SUBCODES.map((i) => ({ code: i.code, name: name(i) }))}
        provinces={[...listProvinces()]}
        tenants={[{ slug: portal.slug, name: locale === "en" ? portal.nameEn : portal.nameZh }]}
        tenant={portal.slug}
        templates={Object.fromEntries(TEMPLATE_IDS.map((id) => [id, { label: getTemplate(id).def.label[locale], isReference: getTemplate(id).def.isReference }])) as Record<(typeof TEMPLATE_IDS)[number], { label: string; isReference: boolean }>}
        client={{ tenant: portal.slug }}
      />
    </Page>
  );
}
