import type { Metadata } from "next";
import Link from "next/link";
import { Page, Panel } from "@/components/ui/page";
import { Row, RowHead, Table } from "@/components/ui/table";
import { AdminNav } from "@/components/admin/admin-nav";
import { inbox, INBOX_LIMIT } from "@/lib/assistant/tickets";
import { orNotFound, signedInPage } from "@/lib/auth/page-access";
import { formatDateTime } from "@/lib/i18n/figures";
import { currentTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("as.inbox.title") };
}

const STATUSES = ["open", "answered", "closed"] as const;

/** 小镝客服's hand-overs to people: the portal's (a consultant: its clients'), open ones first by default. */
export default async function InboxPage({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: Promise<{ status?: string }> }) {
  const { tenant } = await params;
  const { status } = await searchParams;
  const { db, actor, t, locale } = await signedInPage(`/inbox/${tenant}`);
  const filter = STATUSES.find((s) => s === (status ?? "open"));
  const { tickets, asAdmin: isAdmin } = await orNotFound(inbox(db, actor, tenant, status === "all" ? undefined : filter));
  return (
    <Page title={t("as.inbox.title")} lead={t("as.inbox.lead")} nav={isAdmin ? <AdminNav tenant={tenant} current="inbox" t={t} /> : undefined}>
      <nav aria-label={t("as.inbox.filter")} className="flex flex-wrap gap-2 text-sm">
        {[...STATUSES, "all" as const].map((s) => (
          <Link
            key={s}
            href={`/inbox/${tenant}?status=${s}`}
            aria-current={(status ?? "open") === s ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${(status ?? "open") === s ? "border-brand bg-brand text-white" : "border-slate-300 text-ink hover:bg-slate-50"}`}
          >
            {t(`as.inbox.status.${s}`)}
          </Link>
        ))}
      </nav>
      <Panel title={t("as.inbox.list")} id="tickets">
        {tickets.length >= INBOX_LIMIT ? <p className="text-sm text-muted">{t("as.inbox.truncated", { n: INBOX_LIMIT })}</p> : null}
        {tickets.length === 0 ? (
          <p className="text-sm text-muted">{t("as.inbox.none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <Table
              head={[t("as.inbox.col.subject"), t("as.inbox.col.firm"), t("as.inbox.col.status"), t("as.inbox.col.contact"), t("as.inbox.col.updated")]}
              caption={t("as.inbox.list")}
              testId="ticket-list"
            >
              {tickets.map((x) => (
                <Row key={x.id}>
                  <RowHead>
                    <Link href={`/inbox/${tenant}/${x.id}`} className="text-brand underline">
                      {x.subject}
                    </Link>
                  </RowHead>
                  <td>{x.firmName ?? t("as.inbox.noFirm")}</td>
                  <td>{t(`as.inbox.status.${x.status}`)}</td>
                  <td>{x.contactEmail ?? t("as.inbox.noContact")}</td>
                  <td className="whitespace-nowrap">{formatDateTime(x.updatedAt, locale)}</td>
                </Row>
              ))}
            </Table>
          </div>
        )}
      </Panel>
    </Page>
  );
}
