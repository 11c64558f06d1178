import type { Metadata } from "next";
import { signUpAction } from "@/app/actions/auth";
import { currentTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("auth.signUp") };
}

const ERRORS = ["conflict", "validation_failed", "rate_limited", "not_found"] as const;

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ error?: string; tenant?: string }> }) {
  const { t } = await currentTranslator();
  const { error, tenant } = await searchParams;
  const known = ERRORS.find((e) => e === error);
  const field = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2";
  return (
    <section className="mx-auto max-w-md px-4 py-12 sm:px-6">
      <h1 className="text-2xl font-bold">{t("auth.signUp.title")}</h1>
      <p className="mt-2 text-muted">{t("auth.signUp.lead")}</p>
      {known ? (
        <p role="alert" className="mt-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800" data-testid="signup-error">
          {t(`auth.signUp.error.${known}`)}
        </p>
      ) : null}
      <form action={signUpAction} className="mt-6 space-y-4">
        {tenant && /^[a-z0-9-]{2,40}$/.test(tenant) ? <input type="hidden" name="tenant" value={tenant} /> : null}
        <label className="block text-sm font-medium">
          {t("auth.signUp.name")}
          <input name="name" autoComplete="name" maxLength={80} className={field} />
        </label>
        <label className="block text-sm font-medium">
          {t("auth.email")}
          <input name="email" type="email" autoComplete="username" required className={field} />
        </label>
        <label className="block text-sm font-medium">
          {t("auth.password.new")}
          <input name="password" type="password" autoComplete="new-password" minLength={10} required className={field} />
        </label>
        <button type="submit" className="w-full rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong">
          {t("auth.signUp.submit")}
        </button>
      </form>
      <p className="mt-4 text-sm">
        <a href="/signin" className="text-brand underline">
          {t("auth.signUp.have")}
        </a>
      </p>
    </section>
  );
}
