import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NewProjectForm } from "@/components/projects/new-project-form";
import { Page, Panel } from "@/components/ui/page";
import { orNotFound, signedInPage } from "@/lib/auth/page-access";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";
import { projectFormOptions } from "@/lib/projects/form-options";
import { projectDetailWith } from "@/lib/projects/service";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("proj.form.editTitle") };
}

/** A draft's terms edited by the firm or its provider (a new filing, or one returned for changes). */
export default async function EditProjectPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  const { db, actor, t, locale } = await signedInPage(`/projects/${tenant}/${id}/edit`);
  const { detail: p } = await orNotFound(projectDetailWith(db, actor, tenant, id));
  if (p.status !== "draft" || !p.sides.some((s) => s === "firm" || s === "provider")) notFound();
  const options = await orNotFound(projectFormOptions(db, actor, tenant, locale, p.enterpriseId));
  const levelNames = Object.fromEntries([0, 1, 2, 3, 4].map((n) => [String(n), t(`ws.level.${n as 0 | 1 | 2 | 3 | 4}`)]));
  return (
    <Page
      title={t("proj.form.editTitle")}
      lead={p.title}
      nav={
        <Link href={`/projects/${tenant}/${id}`} className="text-sm text-brand underline">
          ← {p.title}
        </Link>
      }
    >
      <Panel title={t("proj.form.editTitle")} id="edit-project">
        <NewProjectForm
          tenant={tenant}
          options={options}
          locale={locale}
          messages={messagesWithPrefix(locale, "proj.")}
          levelNames={levelNames}
          draft={{
            id: p.id,
            revision: p.revision,
            enterpriseId: p.enterpriseId,
            baselineAssessmentId: p.baselineAssessmentId,
            title: p.title,
            providerName: p.providerName,
            consultantUserId: p.provider.consultantUserId,
            targetLevel: p.targetLevel,
            targetScenes: p.targetScenes,
            amountYuan: p.contract.amountYuan,
            signedOn: p.contract.signedOn,
            lightweight: p.contract.lightweight,
            items: p.contract.items,
            milestones: p.milestones.map((m) => ({ name: m.name, due: m.due })),
          }}
        />
      </Panel>
    </Page>
  );
}
