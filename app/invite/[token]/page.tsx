import type { Metadata } from "next";
import Link from "next/link";
import { signInAction } from "@/app/actions/auth";
import { AcceptInvitation } from "@/components/workspace/accept-invitation";
import { Page } from "@/components/ui/page";
import { pageDb } from "@/lib/auth/page-access";
import { invitationView } from "@/lib/auth/invitations";
import { currentActor } from "@/lib/auth/session";
import { localizePair } from "@/lib/i18n/localized";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("ws.invite.title"), referrer: "no-referrer" };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { t, locale } = await currentTranslator();
  const [view, actor] = await Promise.all([invitationView(await pageDb(), token), currentActor()]);
  if (!view) {
    return (
      <Page title={t("ws.invite.title")} lead={t("ws.invite.invalid")}>
        <Link href="/signin" className="text-brand underline">
          {t("ws.invite.signIn")}
        </Link>
      </Page>
    );
  }
  const portal = localizePair(view.tenant.zh, view.tenant.en, locale);
  const role = t(`ws.role.${view.role}`);
  const otherSession = actor && actor.email !== view.email;
  const mustSignIn = !actor && view.accountExists;
  return (
    <Page title={t("ws.invite.title")} lead={t("ws.invite.lead", { portal, role, email: view.email })}>
      {otherSession ? (
        <p role="alert" className="text-sm">
          {t("ws.invite.otherSession", { email: actor.email, invited: view.email })}
        </p>
      ) : mustSignIn ? (
        <p className="text-sm">
          {t("ws.invite.existing")}{" "}
          <Link href={`/signin?returnTo=${encodeURIComponent(`/invite/${token}`)}`} className="text-brand underline">
            {t("ws.invite.signIn")}
          </Link>
        </p>
      ) : (
        <AcceptInvitation
          token={token}
          email={view.email}
          signedInAs={actor?.email ?? null}
          needsPassword={!actor}
          signIn={signInAction}
          messages={messagesWithPrefix(locale, "ws.")}
        />
      )}
    </Page>
  );
}
