import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { signInAction } from "@/app/actions/auth";
import { currentActor } from "@/lib/auth/session";
import { currentTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("auth.signIn") };
}

const ERRORS = new Set(["credentials", "rate_limited", "unknown"]);

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string; returnTo?: string; reset?: string }> }) {
  const { t } = await currentTranslator();
  const { error, returnTo, reset } = await searchParams;
  const target = returnTo && /^\/(?!\/)[^\s\\]*$/.test(returnTo) ? returnTo : "/account";
  if (await currentActor()) redirect(target);
  const field = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2";
  return (
    <section className="mx-auto max-w-md px-4 py-12 sm:px-6">
      <h1 className="text-2xl font-bold">{t("auth.signIn.title")}</h1>
      <p className="mt-2 text-muted">{t("auth.signIn.lead")}</p>
      {reset === "done" ? (
        <p role="status" className="mt-4 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900" data-testid="reset-done">
          {t("auth.reset.done")}
        </p>
      ) : null}
      {error && ERRORS.has(error) ? (
        <p role="alert" className="mt-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800" data-testid="signin-error">
          {t(`auth.error.${error as "credentials" | "rate_limited" | "unknown"}`)}
        </p>
      ) : null}
      <form action={signInAction} className="mt-6 space-y-4">
        <input type="hidden" name="returnTo" value={target} />
        <label className="block text-sm font-medium">
          {t("auth.email")}
          <input name="email" type="email" autoComplete="username" required className={field} />
        </label>
        <label className="block text-sm font-medium">
          {t("auth.password")}
          <input name="password" type="password" autoComplete="current-password" required className={field} />
        </label>
        <button type="submit" className="w-full rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong">
          {t("auth.submit")}
        </button>
      </form>
      <p className="mt-4 flex flex-wrap justify-between gap-2 text-sm">
        <a href="/reset" className="text-brand underline">
          {t("auth.forgot")}
        </a>
        <a href="/signup" className="text-brand underline">
          {t("auth.noAccount")}
        </a>
      </p>
      <p className="mt-2 text-xs text-muted">{t("auth.demoHint")}</p>
    </section>
  );
}
