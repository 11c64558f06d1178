import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StartForm } from "@/components/assess/start-form";
import { EmbedShell } from "@/components/embed/embed-frame";
import { pageDb } from "@/lib/auth/page-access";
import { startFormOptions } from "@/lib/assessments/start-options";
import { messagesWithPrefix, translator } from "@/lib/i18n/translate";
import { embedPage } from "@/lib/tenants/embed";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { referrer: "no-referrer" };

/** The portal's assessment inside its own page: the start form, prefilled from the loader's attributes. */
export default async function EmbedStartPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tenant } = await params;
  const page = await embedPage(await pageDb(), tenant, await searchParams);
  if (!page) notFound();
  const { config, ctx, prefill, theme } = page;
  const locale = ctx.lang;
  const t = translator(locale);
  return (
    <EmbedShell ctx={ctx} theme={theme}>
      <h1 className="text-xl font-bold sm:text-2xl">{t("assess.start.title")}</h1>
      <p className="mt-1 text-sm text-muted">{config.name[locale]}</p>
      <div className="mt-6">
        <StartForm
          locale={locale}
          messages={{ ...messagesWithPrefix(locale, "assess."), ...messagesWithPrefix(locale, "policy.clause.") }}
          {...startFormOptions(locale)}
          tenants={[{ slug: config.slug, name: config.name[locale] }]}
          tenant={config.slug}
          embed={ctx}
          prefill={prefill}
        />
      </div>
    </EmbedShell>
  );
}
