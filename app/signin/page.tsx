import type { Metadata } from "next";
import { Field, SubmitButton } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { redirect } from "next/navigation";
import { signInAction } from "@/app/actions/auth";
import { returnToQuery, safeReturnTo } from "@/lib/auth/return-to";
import { currentActor } from "@/lib/auth/session";
import { currentTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("auth.signIn") };
}

const ERRORS = new Set(["credentials", "rate_limited", "unknown"]);

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; returnTo?: string; reset?: string; email?: string; invited?: string; signedUp?: string }>;
}) {
  const { t } = await currentTranslator();
  const { error, returnTo, reset, email, invited, signedUp } = await searchParams;
  const target = safeReturnTo(returnTo) ?? "/account";
  if (await currentActor()) redirect(target);
  return (
    <section className="mx-auto max-w-md px-4 py-12 sm:px-6">
      <h1 className="text-2xl font-bold">{t("auth.signIn.title")}</h1>
      <p className="mt-2 text-muted">{t("auth.signIn.lead")}</p>
      {invited ? (
        <Notice kind="success" testId="invited-done">
          {t("ws.invite.created")}
        </Notice>
      ) : null}
      {signedUp ? (
        <Notice kind="success" testId="signup-done">
          {t("auth.signUp.confirmed")}
        </Notice>
      ) : null}
      {reset === "done" ? (
        <Notice kind="success" testId="reset-done">
          {t("auth.reset.done")}
        </Notice>
      ) : null}
      {error && ERRORS.has(error) ? (
        <Notice kind="error" testId="signin-error">
          {t(`auth.error.${error as "credentials" | "rate_limited" | "unknown"}`)}
        </Notice>
      ) : null}
      <form action={signInAction} className="mt-6 space-y-4">
        <input type="hidden" name="returnTo" value={target} />
        <Field label={t("auth.email")} name="email" type="email" autoComplete="username" required defaultValue={email?.slice(0, 200)} />
        <Field label={t("auth.password")} name="password" type="password" autoComplete="current-password" required />
        <SubmitButton>{t("auth.submit")}</SubmitButton>
      </form>
      <p className="mt-4 flex flex-wrap justify-between gap-2 text-sm">
        <a href="/reset" className="text-brand underline">
          {t("auth.forgot")}
        </a>
        {/* A firm without an account signs up and still comes back to where it was going. */}
        <a href={`/signup${returnToQuery(returnTo)}`} className="text-brand underline" data-testid="to-signup">
          {t("auth.noAccount")}
        </a>
      </p>
      <p className="mt-2 text-xs text-muted">{t("auth.demoHint")}</p>
    </section>
  );
}
