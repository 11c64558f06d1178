import type { Metadata } from "next";
import { ResultPage } from "@/components/assess/result-page";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";
import { keepUnderPortal } from "@/lib/tenants/site";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("assess.r.title"), referrer: "no-referrer" };
}

export default async function AssessmentResultPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  await keepUnderPortal(id, `/assess/${id}/result`, await searchParams);
  const { locale } = await currentTranslator();
  return (
    <section className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <ResultPage id={id} locale={locale} messages={{ ...messagesWithPrefix(locale, "assess."), ...messagesWithPrefix(locale, "policy.clause.") }} />
    </section>
  );
}
