import type { Metadata } from "next";
import { Field, SubmitButton } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { completeResetAction } from "@/app/actions/auth";
import { currentTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("auth.reset.newTitle"), referrer: "no-referrer" };
}

export default async function ResetPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ error?: string }> }) {
  const { t } = await currentTranslator();
  const { token } = await params;
  const { error } = await searchParams;
  return (
    <section className="mx-auto max-w-md px-4 py-12 sm:px-6">
      <h1 className="text-2xl font-bold">{t("auth.reset.newTitle")}</h1>
      {error ? (
        <Notice kind="error" testId="reset-error">
          {t(error === "weak" ? "auth.password.weak" : "auth.reset.invalid")}
        </Notice>
      ) : null}
      <form action={completeResetAction} className="mt-6 space-y-4">
        <input type="hidden" name="token" value={token} />
        <Field label={t("auth.password.new")} name="password" type="password" autoComplete="new-password" minLength={10} required />
        <SubmitButton>{t("auth.reset.save")}</SubmitButton>
      </form>
    </section>
  );
}
