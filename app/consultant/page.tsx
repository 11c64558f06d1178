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
  return { title: t("ws.consultant.title") };
}

/** The consultant's portals: straight into the only one, else a choice. */
export default async function ConsultantHome() {
  const actor = await pageActor("/consultant");
  const { t, locale } = await currentTranslator();
  const ids = tenantsWhere(actor, "client.manage");
  const rows = ids.length > 0 ? await (await db()).select({ slug: tenants.slug, zh: tenants.nameZh, en: tenants.nameEn }).from(tenants).where(inArray(tenants.id, ids)) : [];
  if (rows.length === 1) redirect(`/consultant/${rows[0]!.slug}`);
  return (
    <Page title={t("ws.consultant.title")} lead={rows.length === 0 ? t("ws.consultant.none") : t("ws.consultant.choose")}>
      <ul className="space-y-2">
        {rows.map((r) => (
          <li key={r.slug}>
            <Link href={`/consultant/${r.slug}`} className="text-brand underline">
              {locale === "en" ? r.en : r.zh}
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}
