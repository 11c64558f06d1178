import type { Metadata } from "next";
import { SubmitButton } from "@/components/ui/field";
import { confirmSignUpAction } from "@/app/actions/auth";
import { safeReturnTo } from "@/lib/auth/return-to";
import { currentTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("auth.signUp.confirm.title"), referrer: "no-referrer" };
}

/** The link from the sign-up mail: a button, so that a mail scanner opening the link creates nothing. */
export default async function ConfirmSignUpPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ returnTo?: string }>;
}) {
  const { t } = await currentTranslator();
  const { token } = await params;
  const back = safeReturnTo((await searchParams).returnTo);
  return (
    <section className="mx-auto max-w-md px-4 py-12 sm:px-6">
      <h1 className="text-2xl font-bold">{t("auth.signUp.confirm.title")}</h1>
      <p className="mt-2 text-muted">{t("auth.signUp.confirm.lead")}</p>
      <form action={confirmSignUpAction} className="mt-6">
        <input type="hidden" name="token" value={token} />
        {back ? <input type="hidden" name="returnTo" value={back} /> : null}
        <SubmitButton>{t("auth.signUp.confirm.submit")}</SubmitButton>
      </form>
    </section>
  );
}
