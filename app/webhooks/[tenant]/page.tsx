import type { Metadata } from "next";
import Link from "next/link";
import { Fragment } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { withCode } from "@/components/ui/code-text";
import { Page, Panel } from "@/components/ui/page";
import { Row, RowHead, Table } from "@/components/ui/table";
import { EndpointActions, NewEndpoint } from "@/components/webhooks/endpoint-manager";
import { integrationPage } from "@/lib/api/integration-page";
import { orNotFound } from "@/lib/auth/page-access";
import { formatDateTime } from "@/lib/i18n/figures";
import { currentTranslator } from "@/lib/i18n/server";
import { listEndpoints } from "@/lib/webhooks/service";
import { webhookLoopbackAllowed } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("api.hooks.title") };
}

/** Webhook endpoints of a portal (its administrators: all; a consultant: its own): registered, tested, switched, rotated here. */
export default async function WebhooksPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const { db, actor, t, locale, roles, messages, canAct } = await integrationPage(tenant, `/webhooks/${tenant}`);
  const endpoints = await orNotFound(listEndpoints(db, actor, tenant));
  return (
    <Page
      title={t("api.hooks.title")}
      lead={withCode(t("api.hooks.lead"))}
      nav={roles.has("tenant_admin") ? <AdminNav tenant={tenant} current="webhooks" t={t} /> : undefined}
    >
      <p className="text-sm">
        <Link href="/developers#webhooks" className="text-brand underline">
          {t("api.hooks.docs")}
        </Link>
      </p>
      <Panel title={t("api.hooks.new")} id="new-endpoint">
        <NewEndpoint tenant={tenant} messages={messages} canAct={canAct} loopback={webhookLoopbackAllowed()} />
      </Panel>
      <Panel title={t("api.hooks.list")} id="endpoints">
        {endpoints.length === 0 ? (
          <p className="text-sm text-muted">{t("api.hooks.none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <Table
              head={[t("api.hooks.col.url"), t("api.hooks.col.events"), t("api.hooks.col.deliveries"), t("api.hooks.col.state")]}
              caption={t("api.hooks.list")}
              testId="webhooks"
            >
              {endpoints.map((e) => (
                // The actions get a row of their own, the table's full width: beside the state they left
                // the other columns a few characters wide on a phone.
                <Fragment key={e.id}>
                  <tr>
                    <RowHead>
                      <code className="break-all text-sm">{e.url}</code>
                      {e.description && <span className="block text-xs text-muted">{e.description}</span>}
                      <span className="block text-xs text-muted">{t(`api.keys.as.${e.ownerKind}`)}</span>
                    </RowHead>
                    <td className="text-sm">
                      <ul>
                        {e.events.map((ev) => (
                          <li key={ev}>{t(`api.event.${ev}`)}</li>
                        ))}
                      </ul>
                    </td>
                    <td className="text-sm">
                      {t("api.hooks.counts", e.deliveries)}
                      <Link href={`/webhooks/${tenant}/${e.id}`} className="block text-brand underline">
                        {t("api.hooks.log")}
                      </Link>
                    </td>
                    <td className="text-sm">
                      <p className={e.active ? "text-emerald-700" : "text-amber-800"}>
                        {e.active ? t("api.hooks.active") : t(e.disabledReason === "failing" ? "api.hooks.off.failing" : "api.hooks.off.by_user")}
                      </p>
                      {e.previousSecretUntil && (
                        <p className="text-xs text-muted">{t("api.hooks.rotating", { at: formatDateTime(e.previousSecretUntil, locale) })}</p>
                      )}
                    </td>
                  </tr>
                  <Row>
                    <td colSpan={4}>
                      <EndpointActions tenant={tenant} endpoint={e} messages={messages} />
                    </td>
                  </Row>
                </Fragment>
              ))}
            </Table>
          </div>
        )}
      </Panel>
    </Page>
  );
}
