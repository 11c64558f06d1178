import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { NewApiKey, RevokeApiKey } from "@/components/api/key-manager";
import { withCode } from "@/components/ui/code-text";
import { Page, Panel } from "@/components/ui/page";
import { Row, RowHead, Table } from "@/components/ui/table";
import { listApiKeys } from "@/lib/api/keys";
import { integrationPage } from "@/lib/api/integration-page";
import { orNotFound } from "@/lib/auth/page-access";
import { formatDateTime } from "@/lib/i18n/figures";
import { currentTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("api.keys.title") };
}

/** API keys of a portal (its administrators: all of them; a consultant: its own), made, listed and revoked here. */
export default async function ApiKeysPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const { db, actor, t, locale, roles, messages, canAct } = await integrationPage(tenant, `/api-keys/${tenant}`);
  const keys = await orNotFound(listApiKeys(db, actor, tenant));
  return (
    <Page
      title={t("api.keys.title")}
      lead={withCode(t("api.keys.lead"))}
      nav={roles.has("tenant_admin") ? <AdminNav tenant={tenant} current="api-keys" t={t} /> : undefined}
    >
      <p className="text-sm">
        <Link href="/developers" className="text-brand underline">
          {t("api.keys.docs")}
        </Link>
      </p>
      <Panel title={t("api.keys.new")} id="new-key">
        <NewApiKey tenant={tenant} messages={messages} canAct={canAct} />
      </Panel>
      <Panel title={t("api.keys.list")} id="keys">
        {keys.length === 0 ? (
          <p className="text-sm text-muted">{t("api.keys.none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <Table
              head={[t("api.keys.col.name"), t("api.keys.col.as"), t("api.keys.col.scopes"), t("api.keys.col.used"), t("api.keys.col.state")]}
              caption={t("api.keys.list")}
              testId="api-keys"
            >
              {keys.map((k) => (
                <Row key={k.id}>
                  <RowHead>
                    {k.name}
                    <code className="block text-xs text-muted">{k.prefix}…</code>
                  </RowHead>
                  <td>{t(`api.keys.as.${k.ownerKind}`)}</td>
                  <td>
                    <code className="text-xs">{k.scopes.join(" ")}</code>
                  </td>
                  <td className="whitespace-nowrap text-sm">
                    {k.lastUsedAt ? formatDateTime(k.lastUsedAt, locale) : t("api.keys.never")}
                    <span className="block text-xs text-muted">{t("api.keys.calls", { count: k.calls })}</span>
                  </td>
                  <td>
                    {k.revokedAt ? (
                      t("api.keys.revokedOn", { at: formatDateTime(k.revokedAt, locale) })
                    ) : (
                      <RevokeApiKey tenant={tenant} id={k.id} messages={messages} />
                    )}
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
