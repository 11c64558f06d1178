import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { SettingsForms } from "@/components/admin/settings-forms";
import { Page, Panel } from "@/components/ui/page";
import { tenantSettings } from "@/lib/admin/settings";
import { orNotFound, portalPage } from "@/lib/auth/page-access";
import { appUrl } from "@/lib/env";
import { sitePath } from "@/lib/tenants/site-path";
import { localizePair } from "@/lib/i18n/localized";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("ws.admin.tab.settings") };
}

export default async function AdminSettingsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const { db, actor, t, locale } = await portalPage("admin", tenant, `/admin/${tenant}`);
  const s = await orNotFound(tenantSettings(db, actor, tenant));
  const base = appUrl();
  const snippet = `<script src="${base}/embed/v1/embed.js" data-tenant="${tenant}" data-lang="${locale}"></script>`;
  return (
    <Page title={localizePair(s.nameZh, s.nameEn, locale)} lead={t("ws.admin.lead")} nav={<AdminNav tenant={tenant} current="" t={t} />}>
      <SettingsForms
        tenant={tenant}
        messages={messagesWithPrefix(locale, "ws.")}
        branding={{
          displayNameZh: s.branding.displayName?.["zh-CN"] ?? s.nameZh,
          displayNameEn: s.branding.displayName?.en ?? s.nameEn,
          primaryColor: s.branding.primaryColor ?? "#1d4ed8",
          accentColor: s.branding.accentColor ?? "#0f766e",
        }}
        logoUrl={s.logoUrl}
        origins={s.embedOrigins}
      />
      <Panel title={t("ws.admin.use.title")} id="use-on-site">
        <p className="text-sm">
          {t("ws.admin.use.page")}{" "}
          <a href={sitePath(tenant, "/")} className="break-all text-brand underline" data-testid="portal-page-link">
            {`${base}${sitePath(tenant, "/")}`}
          </a>
        </p>
        <p className="text-sm" id="embed-how">
          {t("ws.admin.use.embed")}
        </p>
        {/* Focusable, so that on a phone the snippet's hidden width can be scrolled with the keyboard too. */}
        <pre
          tabIndex={0}
          role="region"
          aria-labelledby="embed-how"
          className="overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100"
          data-testid="embed-snippet"
        >
          <code>{snippet}</code>
        </pre>
        <p className="text-xs text-muted">{t("ws.admin.use.note")}</p>
      </Panel>
    </Page>
  );
}
