import type { Metadata } from "next";
import Link from "next/link";
import { NewProjectForm } from "@/components/projects/new-project-form";
import { Page, Panel } from "@/components/ui/page";
import { orNotFound, signedInPage } from "@/lib/auth/page-access";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";
import { projectFormOptions } from "@/lib/projects/form-options";
import { isUuid } from "@/lib/shared/ids";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("proj.form.title") };
}

/** Filing a project: by a firm's owner for its firm, or by a consultant for a client (`?enterprise=` preselects one). */
export default async function NewProjectPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<{ enterprise?: string }>;
}) {
  const { tenant } = await params;
  const { enterprise } = await searchParams;
  const { db, actor, t, locale } = await signedInPage(`/projects/${tenant}/new`);
  const options = await orNotFound(projectFormOptions(db, actor, tenant, locale, enterprise && isUuid(enterprise) ? enterprise : undefined));
  const levelNames = Object.fromEntries([0, 1, 2, 3, 4].map((n) => [String(n), t(`ws.level.${n as 0 | 1 | 2 | 3 | 4}`)]));
  return (
    <Page
      title={t("proj.form.title")}
      lead={t("proj.form.lead")}
      nav={
        <Link href={`/projects/${tenant}`} className="text-sm text-brand underline">
          {t("proj.back")}
        </Link>
      }
    >
      <Panel title={t("proj.form.title")} id="new-project">
        <NewProjectForm tenant={tenant} options={options} locale={locale} messages={messagesWithPrefix(locale, "proj.")} levelNames={levelNames} />
      </Panel>
    </Page>
  );
}
