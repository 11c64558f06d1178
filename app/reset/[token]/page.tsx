import type { Metadata } from "next";
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
        <p role="alert" className="mt-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800" data-testid="reset-error">
          {t(error === "weak" ? "auth.password.weak" : "auth.reset.invalid")}
        </p>
      ) : null}
      <form action={completeResetAction} className="mt-6 space-y-4">
        <input type="hidden" name="token" value={token} />
        <label className="block text-sm font-medium">
          {t("auth.password.new")}
          <input name="password" type="password" autoComplete="new-password" minLength={10} required className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2" />
        </label>
        <button type="submit" className="w-full rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong">
          {t("auth.reset.save")}
        </button>
      </form>
    </section>
  );
}
