import type { Metadata } from "next";
import Link from "next/link";
import { Page, Panel } from "@/components/ui/page";
import { Row, RowHead, Table } from "@/components/ui/table";
import { orNotFound, signedInPage } from "@/lib/auth/page-access";
import { exactMoney, formatDate } from "@/lib/i18n/figures";
import { currentTranslator } from "@/lib/i18n/server";
import { portalSubsidyApplications, SUBSIDY_LIST_LIMIT } from "@/lib/subsidies/service";
import { SUBSIDY_STATES, type SubsidyState } from "@/lib/subsidies/workflow";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("proj.sub.list.title") };
}

/** A portal's subsidy applications: totals per state, then each one (all of them for the portal, their own for firms and consultants). */
export default async function SubsidiesPage({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: Promise<{ status?: string }> }) {
  const { tenant } = await params;
  const { status } = await searchParams;
  const { db, actor, t, locale } = await signedInPage(`/projects/${tenant}/subsidies`);
  const filter = SUBSIDY_STATES.includes(status as SubsidyState) ? (status as SubsidyState) : undefined;
  const { applications, totals } = await orNotFound(portalSubsidyApplications(db, actor, tenant, { status: filter }));
  const money = (yuan: number) => exactMoney(yuan, locale);
  return (
    <Page
      title={t("proj.sub.list.title")}
      lead={t("proj.sub.list.lead")}
      nav={
        <Link href={`/projects/${tenant}`} className="text-sm text-brand underline">
          {t("proj.back")}
        </Link>
      }
    >
      <Panel title={t("proj.sub.totals")} id="totals">
        {totals.length === 0 ? (
          <p className="text-sm text-muted">{t("proj.sub.none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <Table
              head={[t("proj.sub.col.state"), t("proj.sub.col.count"), t("proj.sub.col.requested"), t("proj.sub.col.paid")]}
              caption={t("proj.sub.totals")}
              testId="subsidy-totals"
            >
              {totals.map((x) => (
                <Row key={x.status}>
                  <RowHead>
                    <Link href={`/projects/${tenant}/subsidies?status=${x.status}`} className="text-brand underline">
                      {t(`proj.sub.state.${x.status}`)}
                    </Link>
                  </RowHead>
                  <td>{x.applications}</td>
                  <td className="whitespace-nowrap">{money(x.requestedYuan)}</td>
                  <td className="whitespace-nowrap">{money(x.paidYuan)}</td>
                </Row>
              ))}
            </Table>
          </div>
        )}
      </Panel>
      <Panel title={filter ? `${t("proj.sub.list.title")} · ${t(`proj.sub.state.${filter}`)}` : t("proj.sub.list.title")} id="applications">
        {applications.length >= SUBSIDY_LIST_LIMIT ? <p className="text-sm text-muted">{t("proj.sub.truncated", { n: SUBSIDY_LIST_LIMIT })}</p> : null}
        {applications.length === 0 ? (
          <p className="text-sm text-muted">{t("proj.sub.none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <Table
              head={[
                t("proj.sub.col.firm"),
                t("proj.sub.col.policy"),
                t("proj.sub.col.state"),
                t("proj.sub.col.requested"),
                t("proj.sub.col.paid"),
                t("proj.col.since"),
              ]}
              caption={t("proj.sub.list.title")}
              testId="subsidy-list"
            >
              {applications.map((a) => (
                <Row key={a.id}>
                  <RowHead>
                    <Link href={`/projects/${tenant}/${a.projectId}#subsidies`} className="text-brand underline">
                      {a.enterpriseName}
                    </Link>
                    <span className="block text-xs text-muted">{a.projectTitle}</span>
                  </RowHead>
                  <td>
                    {a.policyTitle}
                    <span className="block text-xs text-muted">
                      {a.batch}
                      {a.deadline ? ` · ${t("proj.sub.deadlineOn", { date: a.deadline })}` : ""}
                    </span>
                  </td>
                  <td>{t(`proj.sub.state.${a.status}`)}</td>
                  <td className="whitespace-nowrap">{money(a.requestedYuan)}</td>
                  <td className="whitespace-nowrap">{a.paidYuan === null ? "—" : money(a.paidYuan)}</td>
                  <td className="whitespace-nowrap">{formatDate(a.stateSince, locale)}</td>
                </Row>
              ))}
            </Table>
          </div>
        )}
      </Panel>
    </Page>
  );
}
