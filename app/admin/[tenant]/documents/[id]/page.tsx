import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { DocumentReview } from "@/components/admin/document-review";
import { Page } from "@/components/ui/page";
import { policyDocumentView } from "@/lib/admin/policy-documents";
import { orNotFound, portalPage } from "@/lib/auth/page-access";
import { listProvinces } from "@/lib/enterprise/regions";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("ws.docs.review") };
}

export default async function AdminDocumentPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  const { db, actor, t, locale } = await portalPage("admin", tenant, `/admin/${tenant}/documents/${id}`);
  const view = await orNotFound(policyDocumentView(db, actor, tenant, id, locale));
  return (
    <Page title={t("ws.docs.review")} lead={t("ws.pf.reviewLead")} nav={<AdminNav tenant={tenant} current="/documents" t={t} />}>
      <DocumentReview tenant={tenant} initial={view} provinces={listProvinces(locale)} messages={messagesWithPrefix(locale, "ws.")} />
    </Page>
  );
}
