import type { Metadata } from "next";
import { Questionnaire } from "@/components/assess/questionnaire";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("assess.start.title"), referrer: "no-referrer" };
}

/** The questionnaire; its resume key arrives in the URL fragment and stays in the browser. */
export default async function AssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { locale } = await currentTranslator();
  return (
    <section className="mx-auto max-w-3xl px-4 pb-16 sm:px-6">
      <Questionnaire id={id} locale={locale} messages={messagesWithPrefix(locale, "assess.")} />
    </section>
  );
}
