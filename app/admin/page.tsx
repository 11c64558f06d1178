import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Page } from "@/components/ui/page";
import { signedInPage } from "@/lib/auth/page-access";
import { tenantsWhere } from "@/lib/auth/permissions";
import { tenantsByIds } from "@/lib/tenants";
import { localizePair } from "@/lib/i18n/localized";
import { currentTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("ws.admin.title") };
}

/** The portals this account administers: straight into the only one, else a choice. */
export default async function AdminHome() {
  const { db, actor, t, locale } = await signedInPage("/admin");
  const ids = tenantsWhere(actor, "tenant.read");
  const rows = (await tenantsByIds(db, ids)).map((x) => ({ slug: x.slug, zh: x.nameZh, en: x.nameEn }));
  if (rows.length === 1) redirect(`/admin/${rows[0]!.slug}`);
  return (
    <Page title={t("ws.admin.title")} lead={rows.length === 0 ? t("ws.admin.none") : t("ws.consultant.choose")}>
      <ul className="space-y-2">
        {rows.map((r) => (
          <li key={r.slug}>
            <Link href={`/admin/${r.slug}`} className="text-brand underline">
              {localizePair(r.zh, r.en, locale)}
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}
