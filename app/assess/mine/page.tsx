import type { Metadata } from "next";
import { BatchExport } from "@/components/report/batch-export";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("export.title"), referrer: "no-referrer" };
}

export default async function MyAssessmentsPage() {
  const { locale, t } = await currentTranslator();
  return (
    <section className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("export.title")}</h1>
      <p className="mt-3 text-muted">{t("export.lead")}</p>
      <div className="mt-8">
        <BatchExport locale={locale} messages={{ ...messagesWithPrefix(locale, "export."), ...messagesWithPrefix(locale, "report.") }} />
      </div>
    </section>
  );
}
