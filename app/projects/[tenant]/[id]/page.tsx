import type { Metadata } from "next";
import Link from "next/link";
import { ProjectForm } from "@/components/projects/form-fields";
import { AfterAssessment, DeleteFileButton, DocumentUpload, MilestoneList, ProjectActions } from "@/components/projects/project-workbench";
import { Page, Panel } from "@/components/ui/page";
import { Row, RowHead, Table } from "@/components/ui/table";
import { orNotFound, signedInPage } from "@/lib/auth/page-access";
import { exactMoney, formatDateTime, formatScore } from "@/lib/i18n/figures";
import { localize } from "@/lib/i18n/localized";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";
import { listProjectDocuments } from "@/lib/projects/documents";
import { projectFormViews } from "@/lib/projects/form-service";
import { packReadiness } from "@/lib/projects/pack";
import { projectDetailWith } from "@/lib/projects/service";
import { SubsidyPanel } from "@/components/subsidies/subsidy-panel";
import { projectSubsidyApplications, subsidyApplicationDetail, subsidyOptions } from "@/lib/subsidies/service";
import type { ProjectState } from "@/lib/projects/workflow";

export const dynamic = "force-dynamic";

/** While the acceptance pack is not submitted, a wrong file can be removed (the server checks again). */
const OPEN_FOR_FILES: readonly string[] = ["draft", "filed", "contracted", "implementing", "completed", "rejected"];

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("proj.title") };
}

/** One project: where it stands, what the caller may do next, milestones, files, the re-assessment and the acceptance pack. */
export default async function ProjectPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  const { db, actor, t, locale } = await signedInPage(`/projects/${tenant}/${id}`);
  const { detail: p, project } = await orNotFound(projectDetailWith(db, actor, tenant, id));
  const [documents, pack, forms, subsidyList, subsidyChoices] = await Promise.all([
    listProjectDocuments(db, project.id),
    packReadiness(db, project),
    projectFormViews(db, project, p.sides),
    projectSubsidyApplications(db, actor, tenant, id),
    subsidyOptions(db, actor, tenant, id),
  ]);
  const subsidies = await Promise.all(subsidyList.map((a) => subsidyApplicationDetail(db, actor, tenant, id, a.id)));
  const files: Record<string, string[]> = {};
  for (const d of documents) (files[d.slot] ??= []).push(d.fileName);
  const messages = messagesWithPrefix(locale, "proj.");
  const level = (n: number | null) => (n === null ? "—" : t(`ws.level.${n as 0 | 1 | 2 | 3 | 4}`));
  const state = (s: string) => t(`proj.state.${s as ProjectState}`);
  const workbench = {
    id: p.id,
    status: p.status,
    revision: p.revision,
    allowed: p.allowed,
    canApply: p.sides.some((s) => s === "firm" || s === "provider"),
    milestones: p.milestones,
    afterAssessment: p.afterAssessment,
  };
  return (
    <Page
      title={p.title}
      lead={`${p.enterpriseName} · ${p.providerName}`}
      nav={
        <span className="flex flex-wrap gap-4">
          <Link href={`/projects/${tenant}`} className="text-sm text-brand underline">
            {t("proj.back")}
          </Link>
          <Link href={`/firms/${tenant}/${p.enterpriseId}`} className="text-sm text-brand underline" data-testid="firm-file-link">
            {t("ff.link")}
          </Link>
        </span>
      }
    >
      <Panel title={t("proj.detail.summary")} id="summary">
        <p className="text-lg font-semibold" data-testid="project-state">
          {state(p.status)}
        </p>
        <p className="text-sm">
          {t("proj.detail.levels", { before: level(p.baselineLevel), target: level(p.targetLevel) })} · {t("proj.col.amount")}{" "}
          {exactMoney(p.contract.amountYuan, locale)}
          {p.contract.lightweight ? ` · ${t("proj.form.lightweight")}` : ""}
        </p>
        <p className="text-sm">
          {p.afterAssessment
            ? t("proj.detail.after", {
                state:
                  p.afterAssessment.status === "submitted"
                    ? `${level(p.afterAssessment.level)} · ${p.afterAssessment.total === null ? "" : formatScore(p.afterAssessment.total)}`
                    : t("ws.status.draft"),
              })
            : t("proj.detail.afterNone")}
        </p>
        {p.lastNote ? <p className="text-sm text-muted">{t("proj.detail.lastNote", { note: p.lastNote })}</p> : null}
        {p.status === "draft" && workbench.canApply ? (
          <Link href={`/projects/${tenant}/${p.id}/edit`} className="text-sm text-brand underline" data-testid="edit-project">
            {t("proj.edit")}
          </Link>
        ) : null}
        {p.paidAmountYuan !== null ? <p className="text-sm font-medium">{t("proj.detail.paid", { amount: exactMoney(p.paidAmountYuan, locale) })}</p> : null}
        <div className="overflow-x-auto">
          <Table head={[t("proj.form.itemName"), t("proj.form.category"), t("proj.form.itemAmount")]} caption={t("proj.form.items")} density="compact">
            {p.contract.items.map((i, n) => (
              <Row key={n}>
                <RowHead>{i.name}</RowHead>
                <td>{t(`proj.category.${i.category as "software" | "hardware" | "service"}`)}</td>
                <td className="whitespace-nowrap">{exactMoney(i.amountYuan, locale)}</td>
              </Row>
            ))}
          </Table>
        </div>
      </Panel>

      <Panel title={t("proj.actions.title")} id="actions">
        <ProjectActions tenant={tenant} project={workbench} messages={messages} />
      </Panel>

      <Panel title={t("proj.milestones.title")} id="milestones">
        <MilestoneList tenant={tenant} project={workbench} messages={messages} />
      </Panel>

      <Panel title={t("proj.forms.title")} id="forms">
        {forms.map((f) => (
          <ProjectForm
            key={f.key}
            tenant={tenant}
            projectId={p.id}
            formKey={f.key}
            title={localize(f.definition.title, locale)}
            state={f.answer ? t("proj.forms.answered", { date: formatDateTime(f.answer.answeredAt, locale) }) : t("proj.forms.notAnswered")}
            initiallyOpen={f.editable && !f.answer}
            definition={f.editable || !f.answer ? f.definition : f.answer.definition}
            initial={f.answer?.values ?? null}
            editable={f.editable}
            locale={locale}
            messages={messages}
            files={files}
          />
        ))}
      </Panel>

      <Panel title={t("proj.after.title")} id="after">
        <p className="text-sm text-muted">{t("proj.after.lead")}</p>
        <AfterAssessment tenant={tenant} project={workbench} messages={messages} />
      </Panel>

      <Panel title={t("proj.documents.title")} id="documents">
        <p className="text-sm text-muted">{t("proj.documents.lead")}</p>
        {documents.length === 0 ? (
          <p className="text-sm">{t("proj.documents.none")}</p>
        ) : (
          <ul className="list-disc pl-5 text-sm" data-testid="documents">
            {documents.map((d) => (
              <li key={d.id}>
                {t(`proj.slot.${d.slot as "contract" | "invoice" | "delivery" | "other"}`)}:{" "}
                <a href={`/api/tenants/${tenant}/projects/${p.id}/documents/${d.id}`} className="text-brand underline">
                  {d.fileName}
                </a>
                {workbench.canApply && OPEN_FOR_FILES.includes(p.status) ? (
                  <DeleteFileButton url={`/api/tenants/${tenant}/projects/${p.id}/documents/${d.id}`} fileName={d.fileName} messages={messages} />
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <DocumentUpload tenant={tenant} project={workbench} messages={messages} />
      </Panel>

      <Panel title={t("proj.pack.title")} id="pack">
        <p className="text-sm text-muted">{t("proj.pack.lead")}</p>
        <ol className="list-decimal space-y-1 pl-5 text-sm" data-testid="pack-items">
          {pack.items.map((i) => (
            <li key={i.key}>
              <span className="font-medium">{localize(i.title, locale)}</span> —{" "}
              <span className={i.present ? "text-emerald-800" : "text-red-800"}>
                {i.present ? t("proj.pack.present") : `${t("proj.pack.missing")}: ${localize(i.reason, locale)}`}
              </span>
            </li>
          ))}
        </ol>
        {p.afterAssessment?.status === "submitted" ? (
          <a href={`/api/tenants/${tenant}/projects/${p.id}/acceptance-pack?lang=${locale}`} className="text-brand underline" data-testid="download-pack">
            {t("proj.pack.download")}
          </a>
        ) : (
          <p className="text-sm text-muted">{t("proj.pack.notYet")}</p>
        )}
      </Panel>

      <Panel title={t("proj.sub.title")} id="subsidies">
        <SubsidyPanel
          tenant={tenant}
          projectId={p.id}
          applications={subsidies}
          options={subsidyChoices}
          canApply={workbench.canApply}
          applying={!["draft", "filed"].includes(p.status)}
          locale={locale}
          t={t}
          messages={messages}
        />
      </Panel>

      <Panel title={t("proj.history.title")} id="history">
        <ul className="space-y-1 text-sm" data-testid="project-history">
          {p.events.map((e, n) => (
            <li key={n}>
              {formatDateTime(e.at, locale)} · {e.from ? `${state(e.from)} → ${state(e.to)}` : t("proj.history.created")}
              {e.actor ? ` · ${e.actor}` : ""}
              {e.note ? ` · ${e.note}` : ""}
            </li>
          ))}
        </ul>
      </Panel>
    </Page>
  );
}
