import type { Metadata } from "next";
import { SurveyForm } from "@/components/projects/survey-form";
import { pageDb } from "@/lib/auth/page-access";
import { isAppError } from "@/lib/errors";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";
import { surveyView } from "@/lib/projects/outcome-survey";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("proj.survey.title"), referrer: "no-referrer" };
}

/** The outcome survey a year after acceptance, opened from the mailed link. */
export default async function SurveyPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { t, locale } = await currentTranslator();
  const view = await surveyView(await pageDb(), token).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") return null;
    throw error;
  });
  return (
    <section className="mx-auto max-w-xl space-y-6 px-4 py-12 sm:px-6">
      <h1 className="text-2xl font-bold">{t("proj.survey.title")}</h1>
      {!view ? (
        <p className="text-muted" data-testid="survey-invalid">
          {t("proj.survey.invalid")}
        </p>
      ) : view.answered ? (
        <p data-testid="survey-answered">{t("proj.survey.already")}</p>
      ) : (
        <>
          <p className="text-muted">{t("proj.survey.lead", { firm: view.firm, project: view.title })}</p>
          <SurveyForm token={token} messages={messagesWithPrefix(locale, "proj.survey.")} />
        </>
      )}
    </section>
  );
}
