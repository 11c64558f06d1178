import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResultPage } from "@/components/assess/result-page";
import { EmbedShell } from "@/components/embed/embed-frame";
import { pageDb } from "@/lib/auth/page-access";
import { messagesWithPrefix } from "@/lib/i18n/translate";
import { embedPage } from "@/lib/tenants/embed";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { referrer: "no-referrer" };

/** The result inside the portal's page; the host is told the level (shuzhen:completed). */
export default async function EmbedResultPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tenant, id } = await params;
  const page = await embedPage(await pageDb(), tenant, await searchParams);
  if (!page) notFound();
  const { ctx, theme } = page;
  return (
    <EmbedShell ctx={ctx} theme={theme}>
      <ResultPage id={id} locale={ctx.lang} messages={messagesWithPrefix(ctx.lang, "assess.")} embed={ctx} />
    </EmbedShell>
  );
}
