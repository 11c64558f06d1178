import { inArray } from "drizzle-orm";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Page } from "@/components/workspace/ui";
import { tenants } from "@/db/schema";
import { pageActor } from "@/lib/auth/page-access";
import { tenantsWhere } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { currentTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("ws.admin.title") };
}

/** The portals this account administers: straight into the only one, else a choice. */
export default async function AdminHome() {
  const actor = await pageActor("/admin");
  const { t, locale } = await currentTranslator();
  const ids = tenantsWhere(actor, "tenant.read");
  const rows = ids.length > 0 ? await (await db()).select({ slug: tenants.slug, zh: tenants.nameZh, en: tenants.nameEn }).from(tenants).where(inArray(tenants.id, ids)) : [];
  if (rows.length === 1) redirect(`/admin/${rows[0]!.slug}`);
  return (
    <Page title={t("ws.admin.title")} lead={rows.length === 0 ? t("ws.admin.none") : t("ws.consultant.choose")}>
      <ul className="space-y-2">
        {rows.map((r) => (
          <li key={r.slug}>
            <Link href={`/admin/${r.slug}`} className="text-brand underline">
              {locale === "en" ? r.en : r.zh}
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}
