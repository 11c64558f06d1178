import type { Metadata } from "next";
import { StartForm } from "@/components/assess/start-form";
import { pageDb } from "@/lib/auth/page-access";
import { startFormOptions } from "@/lib/assessments/start-options";
import { localizePair } from "@/lib/i18n/localized";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";
import { listActiveTenants } from "@/lib/tenants";
import { currentSite } from "@/lib/tenants/site";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("assess.start.title") };
}

export default async function StartPage({ searchParams }: { searchParams: Promise<{ tenant?: string }> }) {
  const { locale, t } = await currentTranslator();
  const { tenant } = await searchParams;
  const site = await currentSite();
  // Under a portal's pages the assessment belongs to that portal; on ours the firm picks one.
  const tenants = (await listActiveTenants(await pageDb())).filter((x) => !site || x.slug === site.slug);
  const chosen = tenants.find((x) => x.slug === tenant) ?? tenants.find((x) => x.kind === "platform") ?? tenants[0];
  return (
    <section className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("assess.start.title")}</h1>
      <p className="mt-3 text-muted">{t("assess.start.lead")}</p>
      <div className="mt-8">
        <StartForm
          locale={locale}
          messages={messagesWithPrefix(locale, "assess.")}
          {...startFormOptions(locale)}
          tenants={tenants.map((x) => ({ slug: x.slug, name: localizePair(x.nameZh, x.nameEn, locale), kind: x.kind, cityCode: x.cityCode }))}
          tenant={chosen?.slug ?? "platform"}
        />
      </div>
    </section>
  );
}
