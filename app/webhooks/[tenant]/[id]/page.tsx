import type { Metadata } from "next";
import Link from "next/link";
import { Page, Panel } from "@/components/ui/page";
import { Row, RowHead, Table } from "@/components/ui/table";
import { RefreshWhileSending, ReplayDelivery } from "@/components/webhooks/endpoint-manager";
import { integrationPage } from "@/lib/api/integration-page";
import { orNotFound } from "@/lib/auth/page-access";
import { formatDateTime } from "@/lib/i18n/figures";
import { currentTranslator } from "@/lib/i18n/server";
import { isMessageKey } from "@/lib/i18n/translate";
import { listDeliveries, listEndpoints } from "@/lib/webhooks/service";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("api.hooks.log") };
}

/** One endpoint's delivery log: each event, its outcome and every attempt, with 重新发送. */
export default async function DeliveriesPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  const { db, actor, t, locale, messages } = await integrationPage(tenant, `/webhooks/${tenant}/${id}`);
  const deliveries = await orNotFound(listDeliveries(db, actor, tenant, id, 100));
  const endpoint = (await listEndpoints(db, actor, tenant)).find((e) => e.id === id);
  const eventName = (type: string) => {
    const key = `api.event.${type}`;
    return isMessageKey(key) ? t(key) : type;
  };
  const now = Date.now();
  const sendingNow = (d: (typeof deliveries)[number]) => d.status === "pending" && !(d.nextAttemptAt && new Date(d.nextAttemptAt).getTime() > now);
  const outcome = (d: (typeof deliveries)[number]) =>
    d.status === "delivered"
      ? t("api.hooks.log.delivered", { code: d.lastStatusCode ?? 200 })
      : d.status === "failed"
        ? t("api.hooks.log.failed")
        : sendingNow(d)
          ? t("api.hooks.log.pendingNow")
          : t("api.hooks.log.pending", { at: formatDateTime(d.nextAttemptAt!, locale) });
  return (
    <Page title={t("api.hooks.log")} lead={endpoint ? <code className="break-all">{endpoint.url}</code> : undefined}>
      <p className="text-sm">
        <Link href={`/webhooks/${tenant}`} className="text-brand underline">
          {t("api.hooks.back")}
        </Link>
      </p>
      <RefreshWhileSending sending={deliveries.some(sendingNow)} />
      <Panel title={t("api.hooks.log")} id="deliveries">
        {deliveries.length === 0 ? (
          <p className="text-sm text-muted">{t("api.hooks.log.none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <Table
              head={[t("api.hooks.log.event"), t("api.hooks.log.created"), t("api.hooks.log.status"), t("api.hooks.log.attempts")]}
              caption={t("api.hooks.log")}
              testId="deliveries"
            >
              {deliveries.map((d) => (
                <Row key={d.id}>
                  <RowHead>
                    {eventName(d.type)}
                    <code className="block text-xs text-muted">{d.eventId}</code>
                  </RowHead>
                  <td className="whitespace-nowrap text-sm">{formatDateTime(d.createdAt, locale)}</td>
                  <td className="text-sm">
                    <p>{outcome(d)}</p>
                    {d.lastError && d.status !== "delivered" && <code className="block break-all text-xs text-muted">{d.lastError}</code>}
                    {endpoint?.active && <ReplayDelivery tenant={tenant} endpointId={id} deliveryId={d.id} messages={messages} />}
                  </td>
                  <td className="text-sm">
                    <ol className="space-y-1">
                      {d.log.map((a) => (
                        <li key={a.at} className="whitespace-nowrap">
                          {formatDateTime(a.at, locale)} · {a.statusCode === null ? t("api.hooks.log.noAnswer") : <code>{a.statusCode}</code>} ·{" "}
                          {t("api.hooks.log.duration", { ms: a.durationMs })}
                          {a.manual && ` · ${t("api.hooks.log.manual")}`}
                        </li>
                      ))}
                    </ol>
                  </td>
                </Row>
              ))}
            </Table>
          </div>
        )}
      </Panel>
    </Page>
  );
}
