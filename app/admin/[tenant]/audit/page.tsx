import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { inputClass, labelClass, Page, secondaryButtonClass } from "@/components/workspace/ui";
import { auditEntries, auditQuery } from "@/lib/admin/audit-log";
import { orNotFound, pageActor } from "@/lib/auth/page-access";
import { db } from "@/lib/db";
import { currentTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("ws.admin.tab.audit") };
}

const FILTERS = ["", "auth.", "membership.", "user.", "report.", "catalogue.", "tenant.", "client.", "evidence.", "policy_document.", "scene_profile."];

export default async function AdminAuditPage({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string>> }) {
  const { tenant } = await params;
  const raw = await searchParams;
  const actor = await pageActor(`/admin/${tenant}/audit`);
  const { t, locale } = await currentTranslator();
  const parsed = auditQuery.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v)));
  const query = parsed.success ? parsed.data : auditQuery.parse({});
  const { entries, next } = await orNotFound(auditEntries(await db(), actor, tenant, query));
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
        <table className="w-full text-left text-sm" data-testid="audit-log">
          <caption className="sr-only">{t("ws.admin.tab.audit")}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-4">{t("ws.audit.at")}</th>
              <th scope="col" className="py-2 pr-4">{t("ws.audit.action")}</th>
              <th scope="col" className="py-2 pr-4">{t("ws.audit.actor")}</th>
              <th scope="col" className="py-2 pr-4">{t("ws.audit.target")}</th>
              <th scope="col" className="py-2 pr-4">{t("ws.audit.details")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} className="border-b border-slate-100 align-top">
                <td className="py-2 pr-4 whitespace-nowrap">{new Date(e.at).toLocaleString(locale)}</td>
                <td className="py-2 pr-4">
                  <code>{e.action}</code>
                </td>
                <td className="py-2 pr-4">{e.actorEmail ?? "—"}{e.ip ? ` · ${e.ip}` : ""}</td>
                <td className="py-2 pr-4">{e.targetType ? `${e.targetType} ${e.targetId ?? ""}` : "—"}</td>
                <td className="py-2 pr-4">
                  <code className="break-all text-xs">{Object.keys(e.details).length > 0 ? JSON.stringify(e.details).slice(0, 300) : ""}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {next ? (
        <Link href={`/admin/${tenant}/audit?${new URLSearchParams({ ...(query.action ? { action: query.action } : {}), before: String(next) })}`} className="text-brand underline">
          {t("ws.audit.older")}
        </Link>
      ) : null}
    </Page>
  );
}
