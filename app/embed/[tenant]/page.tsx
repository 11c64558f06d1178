import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StartForm } from "@/components/assess/start-form";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { db } from "@/lib/db";
import { INDUSTRIES, REAL_ESTATE_SUBCODES, SECTIONS } from "@/lib/enterprise/industries";
import { listProvinces } from "@/lib/enterprise/regions";
import { messagesWithPrefix, translator } from "@/lib/i18n/translate";
import { brandStyle } from "@/lib/tenants/brand-style";
import { embedConfig, embedRequest } from "@/lib/tenants/embed";
import { getTemplate, TEMPLATE_IDS } from "@/scoring";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { referrer: "no-referrer" };

/** The portal's assessment inside its own page: the start form, prefilled from the loader's attributes. */
export default async function EmbedStartPage({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { tenant } = await params;
  const config = await embedConfig(await db(), tenant);
  if (!config) notFound();
  const { ctx, prefill, theme } = embedRequest(config, await searchParams);
  const locale = ctx.lang;
  const t = translator(locale);
  const sections = new Map(SECTIONS.map((s) => [s.code, s]));
  const name = (x: { zh: string; en: string }) => (locale === "en" ? x.en : x.zh);
  return (
    <div style={brandStyle(theme, null)}>
      <EmbedFrame ctx={ctx}>
        <h1 className="text-xl font-bold sm:text-2xl">{t("assess.start.title")}</h1>
        <p className="mt-1 text-sm text-muted">{config.name[locale]}</p>
        <div className="mt-6">
          <StartForm
            locale={locale}
            messages={messagesWithPrefix(locale, "assess.")}
            industries={INDUSTRIES.map((i) => ({ code: i.code, name: name(i), section: name(sections.get(i.section) ?? { zh: "", en: "" }) }))}
            realEstateGroups={REAL_ESTATE_SUBCODES.map((i) => ({ code: i.code, name: name(i) }))}
            provinces={[...listProvinces()]}
            tenants={[{ slug: config.slug, name: config.name[locale] }]}
            tenant={config.slug}
            templates={Object.fromEntries(TEMPLATE_IDS.map((id) => [id, { label: getTemplate(id).def.label[locale], isReference: getTemplate(id).def.isReference }])) as Record<(typeof TEMPLATE_IDS)[number], { label: string; isReference: boolean }>}
            embed={ctx}
            prefill={prefill}
          />
        </div>
      </EmbedFrame>
    </div>
  );
}
