import type { Metadata } from "next";
import Link from "next/link";
import { Page, Panel } from "@/components/ui/page";
import { Row, RowHead, Table } from "@/components/ui/table";
import { orNotFound, signedInPage } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { formatDate, exactMoney } from "@/lib/i18n/figures";
import { currentTranslator } from "@/lib/i18n/server";
import { listProjects } from "@/lib/projects/service";
import { PROJECT_STATES, type ProjectState } from "@/lib/projects/workflow";
import { activeTenantBySlug } from "@/lib/tenants";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("proj.title") };
}

/** A portal's transformation projects: every one for its administrators, their own for firms and consultants. */
export default async function ProjectsPage({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: Promise<{ status?: string }> }) {
  const { tenant } = await params;
  const { status } = await searchParams;
  const { db, actor, t, locale } = await signedInPage(`/projects/${tenant}`);
  const filter = PROJECT_STATES.includes(status as ProjectState) ? (status as ProjectState) : undefined;
  const projects = await orNotFound(listProjects(db, actor, tenant, { status: filter }));
  const portal = await activeTenantBySlug(db, tenant);
  const mayFile = !!portal && can(actor, "project.apply", portal.id);
  const level = (n: number | null) => (n === null ? "—" : t(`ws.level.${n as 0 | 1 | 2 | 3 | 4}`));
  return (
    <Page title={t("proj.title")} lead={t("proj.lead")}>
      <Panel
        title={t("proj.title")}
        id="projects"
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <Link href={`/projects/${tenant}/subsidies`} className="text-sm text-brand underline" data-testid="subsidy-list-link">
              {t("proj.sub.list.link")}
            </Link>
            {mayFile ? (
              <Link href={`/projects/${tenant}/new`} className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white" data-testid="new-project">
                {t("proj.new")}
              </Link>
            ) : null}
          </div>
        }
      >
        <form className="flex flex-wrap items-end gap-2 text-sm" method="get">
          <label htmlFor="status-filter" className="font-medium">
            {t("proj.filter.label")}
          </label>
          <select id="status-filter" name="status" defaultValue={filter ?? ""} className="rounded-md border border-slate-400 px-2 py-1">
            <option value="">{t("proj.filter.all")}</option>
            {PROJECT_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`proj.state.${s}`)}
              </option>
            ))}
          </select>
          <button type="submit" className="rounded-md border border-slate-400 px-3 py-1">
            {t("proj.filter.apply")}
          </button>
        </form>
        {projects.length === 0 ? (
          <p className="text-sm text-muted">{t("proj.none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <Table
              head={[
                t("proj.col.project"),
                t("proj.col.firm"),
                t("proj.col.provider"),
                t("proj.col.levels"),
                t("proj.col.amount"),
                t("proj.col.status"),
                t("proj.col.since"),
              ]}
              caption={t("proj.title")}
              testId="project-list"
            >
              {projects.map((p) => (
                <Row key={p.id}>
                  <RowHead>
                    <Link href={`/projects/${tenant}/${p.id}`} className="text-brand underline">
                      {p.title}
                    </Link>
                  </RowHead>
                  <td>{p.enterpriseName}</td>
                  <td>{p.providerName}</td>
                  <td>
                    {level(p.baselineLevel)} → {level(p.targetLevel)}
                  </td>
                  <td className="whitespace-nowrap">{exactMoney(p.contractAmountYuan, locale)}</td>
                  <td data-testid="project-status">{t(`proj.state.${p.status}`)}</td>
                  <td className="whitespace-nowrap">{formatDate(p.stateSince, locale)}</td>
                </Row>
              ))}
            </Table>
          </div>
        )}
      </Panel>
    </Page>
  );
}
