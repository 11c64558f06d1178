import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { FormEditor } from "@/components/projects/form-editor";
import { Page, Panel } from "@/components/ui/page";
import { orNotFound, portalPage } from "@/lib/auth/page-access";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";
import { formTemplatesFor } from "@/lib/projects/form-service";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("proj.editor.title") };
}

/** The portal's project forms (表单模版), edited field by field. */
export default async function FormTemplatesPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const { db, actor, t, locale } = await portalPage("admin", tenant, `/admin/${tenant}/forms`);
  const forms = await orNotFound(formTemplatesFor(db, actor, tenant));
  return (
    <Page title={t("proj.editor.title")} lead={t("proj.editor.lead")} nav={<AdminNav tenant={tenant} current="/forms" t={t} />}>
      <Panel title={t("proj.editor.title")} id="forms">
        <FormEditor tenant={tenant} forms={forms} locale={locale} messages={messagesWithPrefix(locale, "proj.")} />
      </Panel>
    </Page>
  );
}
