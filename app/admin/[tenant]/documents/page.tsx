import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { DocumentUpload } from "@/components/admin/document-upload";
import { Page, Panel } from "@/components/ui/page";
import { listPolicyDocuments } from "@/lib/admin/policy-documents";
import { orNotFound, portalPage } from "@/lib/auth/page-access";
import { formatDateTime } from "@/lib/i18n/figures";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";
import { llmConfig } from "@/lib/llm/config";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("ws.admin.tab.documents") };
}

export default async function AdminDocumentsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const { db, actor, t, locale } = await portalPage("admin", tenant, `/admin/${tenant}/documents`);
  const documents = await orNotFound(listPolicyDocuments(db, actor, tenant));
  return (
    <Page
      title={t("ws.admin.tab.documents")}
      lead={llmConfig() ? t("ws.docs.leadModel") : t("ws.docs.leadNoModel")}
      nav={<AdminNav tenant={tenant} current="/documents" t={t} />}
    >
      <Panel title={t("ws.docs.upload")} id="upload">
        <DocumentUpload tenant={tenant} messages={messagesWithPrefix(locale, "ws.")} />
      </Panel>
      <Panel title={t("ws.docs.list")} id="documents">
        {documents.length === 0 ? (
          <p className="text-sm text-muted">{t("ws.docs.none")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {documents.map((d) => (
              <li key={d.id}>
                <Link href={`/admin/${tenant}/documents/${d.id}`} className="text-brand underline">
                  {d.fileName}
                </Link>{" "}
                <span className="text-muted">
                  · {t(`ws.docs.status.${d.status as "reading" | "extracted" | "proposing" | "proposed" | "applied"}`)} · {formatDateTime(d.createdAt, locale)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </Page>
  );
}
