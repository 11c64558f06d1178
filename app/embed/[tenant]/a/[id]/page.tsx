import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Questionnaire } from "@/components/assess/questionnaire";
import { EmbedShell } from "@/components/embed/embed-frame";
import { pageDb } from "@/lib/auth/page-access";
import { messagesWithPrefix } from "@/lib/i18n/translate";
import { embedPage } from "@/lib/tenants/embed";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { referrer: "no-referrer" };

/** The questionnaire inside the portal's page; the resume key arrives in the fragment, as on our site. */
export default async function EmbedQuestionnairePage({
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
      <Questionnaire id={id} locale={ctx.lang} messages={messagesWithPrefix(ctx.lang, "assess.")} embed={ctx} />
    </EmbedShell>
  );
}
