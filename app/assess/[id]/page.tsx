import type { Metadata } from "next";
import { Questionnaire } from "@/components/assess/questionnaire";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";
import { keepUnderPortal } from "@/lib/tenants/site";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("assess.start.title"), referrer: "no-referrer" };
}

/** The questionnaire; its resume key arrives in the URL fragment and stays in the browser. */
export default async function AssessmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  await keepUnderPortal(id, `/assess/${id}`, await searchParams);
  const { locale } = await currentTranslator();
  return (
    <section className="mx-auto max-w-3xl px-4 pb-16 sm:px-6">
      <Questionnaire id={id} locale={locale} messages={messagesWithPrefix(locale, "assess.")} />
    </section>
  );
}
