import type { Metadata } from "next";
import { Field, SubmitButton } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { requestResetAction } from "@/app/actions/auth";
import { currentTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("auth.reset.title") };
}

export default async function ResetRequestPage({ searchParams }: { searchParams: Promise<{ sent?: string; error?: string }> }) {
  const { t } = await currentTranslator();
  const { sent, error } = await searchParams;
  return (
    <section className="mx-auto max-w-md px-4 py-12 sm:px-6">
      <h1 className="text-2xl font-bold">{t("auth.reset.title")}</h1>
      <p className="mt-2 text-muted">{t("auth.reset.lead")}</p>
      {sent ? (
        <Notice kind="success" testId="reset-sent">
          {t("auth.reset.sent")}
        </Notice>
      ) : null}
      {error === "invalid" ? <Notice kind="error">{t("auth.reset.invalid")}</Notice> : null}
      <form action={requestResetAction} className="mt-6 space-y-4">
        <Field label={t("auth.email")} name="email" type="email" autoComplete="username" required />
        <SubmitButton>{t("auth.reset.send")}</SubmitButton>
      </form>
    </section>
  );
}
