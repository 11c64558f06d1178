import type { Metadata } from "next";
import { Field, SubmitButton } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { signUpAction } from "@/app/actions/auth";
import { returnToQuery, safeReturnTo } from "@/lib/auth/return-to";
import { currentTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("auth.signUp") };
}

const ERRORS = ["validation_failed", "rate_limited", "not_found", "invalid_link"] as const;

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ error?: string; tenant?: string; sent?: string; returnTo?: string }> }) {
  const { t } = await currentTranslator();
  const { error, tenant, sent, returnTo } = await searchParams;
  const back = safeReturnTo(returnTo);
  const known = ERRORS.find((e) => e === error);
  return (
    <section className="mx-auto max-w-md px-4 py-12 sm:px-6">
      <h1 className="text-2xl font-bold">{t("auth.signUp.title")}</h1>
      <p className="mt-2 text-muted">{t("auth.signUp.lead")}</p>
      {sent ? (
        <Notice kind="success" testId="signup-sent">
          {t("auth.signUp.sent")}
        </Notice>
      ) : null}
      {known ? (
        <Notice kind="error" testId="signup-error">
          {t(`auth.signUp.error.${known}`)}
        </Notice>
      ) : null}
      <form action={signUpAction} className="mt-6 space-y-4">
        {tenant && /^[a-z0-9-]{2,40}$/.test(tenant) ? <input type="hidden" name="tenant" value={tenant} /> : null}
        {back ? <input type="hidden" name="returnTo" value={back} /> : null}
        <Field label={t("auth.signUp.name")} name="name" autoComplete="name" maxLength={80} />
        <Field label={t("auth.email")} name="email" type="email" autoComplete="username" required />
        <Field label={t("auth.password.new")} name="password" type="password" autoComplete="new-password" minLength={10} required />
        <SubmitButton>{t("auth.signUp.submit")}</SubmitButton>
      </form>
      <p className="mt-4 text-sm">
        <a href={`/signin${returnToQuery(back)}`} className="text-brand underline">
          {t("auth.signUp.have")}
        </a>
      </p>
    </section>
  );
}
