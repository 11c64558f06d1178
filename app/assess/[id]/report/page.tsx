import type { Metadata } from "next";
import { ReportPage } from "@/components/report/report-page";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";
import { keepUnderPortal } from "@/lib/tenants/site";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("report.title"), referrer: "no-referrer" };
}

export default async function AssessmentReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  await keepUnderPortal(id, `/assess/${id}/report`, await searchParams);
  const { locale } = await currentTranslator();
  return (
    <section className="mx-auto max-w-3xl px-4 py-10 sm:px-6 print:max-w-none print:p-0">
      <ReportPage id={id} locale={locale} messages={{ ...messagesWithPrefix(locale, "assess."), ...messagesWithPrefix(locale, "report.") }} />
    </section>
  );
}
