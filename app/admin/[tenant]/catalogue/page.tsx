import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { CatalogueManager } from "@/components/admin/catalogue-manager";
import { Page, Panel } from "@/components/ui/page";
import { listCatalogue, sceneChoices } from "@/lib/admin/catalogue";
import { blankEntry } from "@/lib/admin/policy-proposal";
import { orNotFound, portalPage } from "@/lib/auth/page-access";
import { listProvinces } from "@/lib/enterprise/regions";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("ws.admin.tab.catalogue") };
}

export default async function AdminCataloguePage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const { db, actor, t, locale } = await portalPage("admin", tenant, `/admin/${tenant}/catalogue`);
  const [policies, solutions] = await Promise.all([
    orNotFound(listCatalogue(db, actor, tenant, "policy")),
    orNotFound(listCatalogue(db, actor, tenant, "solution")),
  ]);
  const messages = messagesWithPrefix(locale, "ws.");
  const lists = { provinces: listProvinces(locale), scenes: sceneChoices(locale) };
  return (
    <Page title={t("ws.admin.tab.catalogue")} lead={t("ws.catalogue.lead")} nav={<AdminNav tenant={tenant} current="/catalogue" t={t} />}>
      <Panel title={t("ws.catalogue.policies")} id="policies">
        <CatalogueManager tenant={tenant} kind="policies" rows={policies} template={blankEntry(`${tenant}-policy-1`, "")} messages={messages} {...lists} />
      </Panel>
      <Panel title={t("ws.catalogue.solutions")} id="solutions">
        <CatalogueManager tenant={tenant} kind="solutions" rows={solutions} template={{ id: `${tenant}-solution-1` }} messages={messages} {...lists} />
      </Panel>
    </Page>
  );
}
