import type { Metadata } from "next";
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
        <p role="status" className="mt-4 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900" data-testid="reset-sent">
          {t("auth.reset.sent")}
        </p>
      ) : null}
      {error === "invalid" ? (
        <p role="alert" className="mt-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {t("auth.reset.invalid")}
        </p>
      ) : null}
      <form action={requestResetAction} className="mt-6 space-y-4">
        <label className="block text-sm font-medium">
          {t("auth.email")}
          <input name="email" type="email" autoComplete="username" required className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2" />
        </label>
        <button type="submit" className="w-full rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong">
          {t("auth.reset.send")}
        </button>
      </form>
    </section>
  );
}
