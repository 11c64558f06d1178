import type { Metadata } from "next";
import { StartForm } from "@/components/assess/start-form";
import { INDUSTRIES, REAL_ESTATE_SUBCODES, SECTIONS } from "@/lib/enterprise/industries";
import { listProvinces } from "@/lib/enterprise/regions";
import { db } from "@/lib/db";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";
import { listActiveTenants } from "@/lib/tenants";
import { getTemplate, TEMPLATE_IDS } from "@/scoring";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("assess.start.title") };
}

export default async function StartPage({ searchParams }: { searchParams: Promise<{ tenant?: string }> }) {
  const { locale, t } = await currentTranslator();
  const { tenant } = await searchParams;
  const tenants = await listActiveTenants(await db());
  const sections = new Map(SECTIONS.map((s) => [s.code, s]));
  const name = (x: { zh: string; en: string }) => (locale === "en" ? x.en : x.zh);
  const chosen = tenants.find((x) => x.slug === tenant) ?? tenants.find((x) => x.kind === "platform") ?? tenants[0];
  return (
    <section className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("assess.start.title")}</h1>
      <p className="mt-3 text-muted">{t("assess.start.lead")}</p>
      <div className="mt-8">
        <StartForm
          locale={locale}
          messages={messagesWithPrefix(locale, "assess.")}
          industries={INDUSTRIES.map((i) => ({ code: i.code, name: name(i), section: name(sections.get(i.section) ?? { zh: "", en: "" }) }))}
          realEstateGroups={REAL_ESTATE_SUBCODES.map((i) => ({ code: i.code, name: name(i) }))}
          provinces={[...listProvinces()]}
          tenants={tenants.map((x) => ({ slug: x.slug, name: locale === "en" ? x.nameEn : x.nameZh }))}
          tenant={chosen?.slug ?? "platform"}
          templates={Object.fromEntries(TEMPLATE_IDS.map((id) => [id, { label: getTemplate(id).def.label[locale], isReference: getTemplate(id).def.isReference }])) as Record<(typeof TEMPLATE_IDS)[number], { label: string; isReference: boolean }>}
        />
      </div>
    </section>
  );
}
