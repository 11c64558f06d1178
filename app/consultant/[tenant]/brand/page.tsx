import type { Metadata } from "next";
import Link from "next/link";
import { ConsultantBrandForm } from "@/components/workspace/consultant-brand-form";
import { Page } from "@/components/ui/page";
import { orNotFound, portalPage } from "@/lib/auth/page-access";
import { consultantBrand } from "@/lib/consultants/brand";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("ws.brand.title") };
}

export default async function ConsultantBrandPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const { db, actor, t, locale } = await portalPage("consultant", tenant, `/consultant/${tenant}/brand`);
  const brand = await orNotFound(consultantBrand(db, actor, tenant));
  return (
    <Page
      title={t("ws.brand.title")}
      lead={t("ws.brand.lead")}
      nav={
        <Link href={`/consultant/${tenant}`} className="text-sm text-brand underline">
          ← {t("ws.clients.title")}
        </Link>
      }
    >
      <ConsultantBrandForm tenant={tenant} initial={brand} messages={messagesWithPrefix(locale, "ws.")} />
    </Page>
  );
}
