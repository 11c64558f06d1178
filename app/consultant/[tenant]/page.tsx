import type { Metadata } from "next";
import Link from "next/link";
import { Page } from "@/components/ui/page";
import { orNotFound, portalPage } from "@/lib/auth/page-access";
import { listClients } from "@/lib/consultants/clients";
import { formatDate } from "@/lib/i18n/figures";
import { currentTranslator } from "@/lib/i18n/server";
import { Row, RowHead, Table } from "@/components/ui/table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("ws.clients.title") };
}

export default async function ClientsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const { db, actor, t, locale } = await portalPage("consultant", tenant, `/consultant/${tenant}`);
  const clients = await orNotFound(listClients(db, actor, tenant, locale));
  const level = (n: number | null) => (n === null ? "—" : t(`ws.level.${n as 0 | 1 | 2 | 3 | 4}`));
  return (
    <Page
      title={t("ws.clients.title")}
      lead={t("ws.clients.lead")}
      nav={
        <div className="flex flex-wrap gap-3">
          <Link
            href={`/consultant/${tenant}/clients/new`}
            className="inline-block rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-strong"
            data-testid="add-client"
          >
            {t("ws.clients.add")}
          </Link>
          <Link
            href={`/projects/${tenant}`}
            className="inline-block rounded-md border border-slate-400 px-4 py-2 text-sm font-semibold text-ink hover:bg-slate-50"
            data-testid="projects-link"
          >
            {t("nav.projects")}
          </Link>
          <Link
            href={`/consultant/${tenant}/brand`}
            className="inline-block rounded-md border border-slate-400 px-4 py-2 text-sm font-semibold text-ink hover:bg-slate-50"
          >
            {t("ws.brand.title")}
          </Link>
        </div>
      }
    >
      {clients.length === 0 ? (
        <p className="text-muted">{t("ws.clients.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <Table
            head={[t("ws.clients.firm"), t("ws.clients.region"), t("ws.clients.latest"), t("ws.clients.count")]}
            caption={t("ws.clients.title")}
            testId="client-list"
          >
            {clients.map((c) => (
              <Row key={c.enterpriseId}>
                <RowHead className="font-medium">
                  <Link href={`/consultant/${tenant}/clients/${c.enterpriseId}`} className="text-brand underline">
                    {c.name}
                  </Link>
                </RowHead>
                <td>{c.regionName ?? "—"}</td>
                <td>
                  {c.latest
                    ? `${c.latest.status === "submitted" ? level(c.latest.level) : t("ws.status.draft")} · ${formatDate(c.latest.at, locale)}`
                    : t("ws.clients.never")}
                </td>
                <td>{c.assessments}</td>
              </Row>
            ))}
          </Table>
        </div>
      )}
    </Page>
  );
}
