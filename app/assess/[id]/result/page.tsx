import type { Metadata } from "next";
import { ResultPage } from "@/components/assess/result-page";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("assess.r.title"), referrer: "no-referrer" };
}

export default async function AssessmentResultPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { locale } = await currentTranslator();
  return (
    <section className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <ResultPage id={id} locale={locale} messages={messagesWithPrefix(locale, "assess.")} />
    </section>
  );
}
