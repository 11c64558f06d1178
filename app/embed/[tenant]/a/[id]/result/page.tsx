import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResultPage } from "@/components/assess/result-page";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { db } from "@/lib/db";
import { messagesWithPrefix } from "@/lib/i18n/translate";
import { brandStyle } from "@/lib/tenants/brand-style";
import { embedConfig, embedRequest } from "@/lib/tenants/embed";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { referrer: "no-referrer" };

/** The result inside the portal's page; the host is told the level (shuzhen:completed). */
export default async function EmbedResultPage({ params, searchParams }: { params: Promise<{ tenant: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { tenant, id } = await params;
  const config = await embedConfig(await db(), tenant);
  if (!config) notFound();
  const { ctx, theme } = embedRequest(config, await searchParams);
  return (
    <div style={brandStyle(theme, null)}>
      <EmbedFrame ctx={ctx}>
        <ResultPage id={id} locale={ctx.lang} messages={messagesWithPrefix(ctx.lang, "assess.")} embed={ctx} />
      </EmbedFrame>
    </div>
  );
}
