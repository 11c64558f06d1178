import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { inputClass, labelClass, secondaryButtonClass } from "@/components/ui/field";
import { Page } from "@/components/ui/page";
import { auditEntries, auditQuery } from "@/lib/admin/audit-log";
import { actionWords, AUDIT_CATEGORIES, detailWords } from "@/lib/admin/audit-words";
import { localize } from "@/lib/i18n/localized";
import { orNotFound, portalPage } from "@/lib/auth/page-access";
import { formatDateTime } from "@/lib/i18n/figures";
import { currentTranslator } from "@/lib/i18n/server";
import { Row, Table } from "@/components/ui/table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("ws.admin.tab.audit") };
}

export default async function AdminAuditPage({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string>> }) {
  const { tenant } = await params;
  const raw = await searchParams;
  const { db, actor, t, locale } = await portalPage("admin", tenant, `/admin/${tenant}/audit`);
  const parsed = auditQuery.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v)));
  const query = parsed.success ? parsed.data : auditQuery.parse({});
  const { entries, next } = await orNotFound(auditEntries(db, actor, tenant, query));
  return (
    <Page title={t("ws.admin.tab.audit")} lead={t("ws.audit.lead")} nav={<AdminNav tenant={tenant} current="/audit" t={t} />}>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <label className={labelClass}>
          {t("ws.audit.filter")}
          <select name="action" defaultValue={query.action ?? ""} className={inputClass}>
            <option value="">{t("ws.audit.all")}</option>
            {AUDIT_CATEGORIES.map((c) => (
              <option key={c.prefix} value={c.prefix}>
                {localize(c.label, locale)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={secondaryButtonClass}>
          {t("ws.audit.apply")}
        </button>
      </form>
      <div className="overflow-x-auto">
        <Table
          head={[t("ws.audit.at"), t("ws.audit.action"), t("ws.audit.actor"), t("ws.audit.target"), t("ws.audit.details")]}
          caption={t("ws.admin.tab.audit")}
          testId="audit-log"
        >
          {entries.map((e) => (
            <Row key={e.id} className="align-top">
              <td className="whitespace-nowrap">{formatDateTime(e.at, locale)}</td>
              <td data-action={e.action}>{actionWords(e.action, locale)}</td>
              <td>
                {e.actorName ?? e.actorEmail ?? t("ws.audit.system")}
                {e.actorName && e.actorEmail ? <span className="block text-xs text-slate-500">{e.actorEmail}</span> : null}
                {e.ip ? <span className="block text-xs text-slate-500">IP {e.ip}</span> : null}
              </td>
              <td>{e.targetName ?? (e.targetType ? t("ws.audit.unnamed") : "—")}</td>
              <td>
                <ul className="break-all text-xs">
                  {detailWords(e.details, locale).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </td>
            </Row>
          ))}
        </Table>
      </div>
      {next ? (
        <Link
          href={`/admin/${tenant}/audit?${new URLSearchParams({ ...(query.action ? { action: query.action } : {}), before: String(next) })}`}
          className="text-brand underline"
        >
          {t("ws.audit.older")}
        </Link>
      ) : null}
    </Page>
  );
}
