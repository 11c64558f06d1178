import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { inputClass, labelClass, secondaryButtonClass } from "@/components/ui/field";
import { Page } from "@/components/ui/page";
import { auditEntries, auditQuery } from "@/lib/admin/audit-log";
import { orNotFound, portalPage } from "@/lib/auth/page-access";
import { formatDateTime } from "@/lib/i18n/figures";
import { currentTranslator } from "@/lib/i18n/server";
import { Row, Table } from "@/components/ui/table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("ws.admin.tab.audit") };
}

const FILTERS = ["", "auth.", "membership.", "user.", "report.", "catalogue.", "tenant.", "client.", "evidence.", "policy_document.", "scene_profile."];

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
            {FILTERS.map((f) => (
              <option key={f} value={f}>
                {f || t("ws.audit.all")}
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
              <td>
                <code>{e.action}</code>
              </td>
              <td>
                {e.actorEmail ?? "—"}
                {e.ip ? ` · ${e.ip}` : ""}
              </td>
              <td>{e.targetType ? `${e.targetType} ${e.targetId ?? ""}` : "—"}</td>
              <td>
                <code className="break-all text-xs">{Object.keys(e.details).length > 0 ? JSON.stringify(e.details).slice(0, 300) : ""}</code>
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
