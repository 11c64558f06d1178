import type { Metadata } from "next";
import Link from "next/link";
import { FirmImport } from "@/components/firm-import/firm-import";
import { Page, Panel } from "@/components/ui/page";
import { Row, RowHead, Table } from "@/components/ui/table";
import { orNotFound, signedInPage } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { industryByCode } from "@/lib/enterprise/industries";
import { FIRM_LIST_LIMIT, listFirmFiles } from "@/lib/firm-file/service";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";
import { activeTenantBySlug } from "@/lib/tenants";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("ff.title") };
}

/** 一企一档: the firms whose file the caller may open (every firm of the portal for its administrators). */
export default async function FirmFilesPage({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: Promise<{ q?: string }> }) {
  const { tenant } = await params;
  const { q } = await searchParams;
  const { db, actor, t, locale } = await signedInPage(`/firms/${tenant}`);
  const firms = await orNotFound(listFirmFiles(db, actor, tenant, typeof q === "string" ? q : undefined));
  // The portal's administrators also bring firms in from a spreadsheet and take tables out.
  const portal = await activeTenantBySlug(db, tenant);
  const mayImport = !!portal && can(actor, "firm.import", portal.id);
  const mayExport = !!portal && can(actor, "firm.export", portal.id);
  const exportHref = (table: string, format = "xlsx") => `/api/tenants/${tenant}/firms/export?table=${table}&format=${format}`;
  const level = (n: number | null) => (n === null ? "—" : t(`ws.level.${n as 0 | 1 | 2 | 3 | 4}`));
  return (
    <Page title={t("ff.title")} lead={t("ff.listLead")}>
      {mayImport ? (
        <Panel title={t("fi.import.title")} id="import">
          <FirmImport tenant={tenant} messages={messagesWithPrefix(locale, "fi.")} locale={locale} />
        </Panel>
      ) : null}
      {mayExport ? (
        <Panel title={t("fi.export.title")} id="export">
          <p className="text-sm text-muted">{t("fi.export.lead")}</p>
          <ul className="mt-2 space-y-2 text-sm" data-testid="firm-exports">
            {(["firms", "results", "projects", "national"] as const).map((table) => (
              <li key={table}>
                <a href={exportHref(table)} download className="text-brand underline">
                  {t(`fi.export.${table}`)}
                </a>
                {table === "national" ? (
                  <>
                    {" · "}
                    <a href={exportHref("national", "json")} download className="text-brand underline">
                      {t("fi.export.nationalJson")}
                    </a>
                    <p className="mt-1 text-xs text-muted">{t("fi.export.nationalNote")}</p>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}
      <Panel title={t("ff.title")} id="firms">
        <form className="flex flex-wrap items-end gap-2 text-sm" method="get" role="search">
          <label htmlFor="firm-search" className="font-medium">
            {t("ff.search")}
          </label>
          <input id="firm-search" name="q" defaultValue={q ?? ""} maxLength={60} className="rounded-md border border-slate-400 px-2 py-1" />
          <button type="submit" className="rounded-md border border-slate-400 px-3 py-1">
            {t("ff.searchButton")}
          </button>
        </form>
        {firms.length >= FIRM_LIST_LIMIT ? <p className="text-sm text-muted">{t("ff.truncated", { n: FIRM_LIST_LIMIT })}</p> : null}
        {firms.length === 0 ? (
          <p className="text-sm text-muted">{t("ff.none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <Table
              head={[t("ff.col.name"), t("ff.col.region"), t("ff.profile.industry"), t("ff.col.assessments"), t("ff.col.level"), t("ff.col.projects")]}
              caption={t("ff.title")}
              testId="firm-list"
            >
              {firms.map((f) => (
                <Row key={f.id}>
                  <RowHead>
                    <Link href={`/firms/${tenant}/${f.id}`} className="text-brand underline">
                      {f.name}
                    </Link>
                  </RowHead>
                  <td>{f.regionName ?? "—"}</td>
                  <td>{(locale === "en" ? industryByCode(f.industryCode)?.en : industryByCode(f.industryCode)?.zh) ?? f.industryCode}</td>
                  <td>{f.assessments}</td>
                  <td>{level(f.latestLevel)}</td>
                  <td>{f.projects}</td>
                </Row>
              ))}
            </Table>
          </div>
        )}
      </Panel>
    </Page>
  );
}
