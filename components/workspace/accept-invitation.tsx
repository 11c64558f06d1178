"use client";

import { useState, type FormEvent } from "react";
import { clientTranslator } from "@/lib/i18n/format";
import { api, type ApiError } from "../client/http";
import { buttonClass, inputClass, labelClass } from "../ui/field";
import { ErrorNotice } from "../ui/notice";

/**
 * Accept: signed in as the invited address, one click; otherwise choose a password for the new account,
 * which is then signed in at once. Either way the person lands where the invitation leads (the portal's
 * admin pages, the consultant workspace, the report), not on a page asking them to sign in again.
 */
export function AcceptInvitation({
  token,
  email,
  signedInAs,
  needsPassword,
  signIn,
  messages,
}: {
  token: string;
  email: string;
  signedInAs: string | null;
  needsPassword: boolean;
  /** The sign-in server action (email, password, returnTo), given by the page. */
  signIn: (form: FormData) => Promise<void>;
  messages: Record<string, string>;
}) {
  const t = clientTranslator(messages);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function accept(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    setBusy(true);
    const password = String(f.get("password") ?? "");
    const r = await api<{ created: boolean; destination: string }>(
      "POST",
      `/api/invitations/${token}`,
      needsPassword ? { name: String(f.get("name") ?? "") || undefined, password } : {},
    );
    if (r.ok) {
      if (!r.data.created) return window.location.assign(r.data.destination);
      // The same sign-in as the sign-in page (rate limit, session cookie), then on to the destination.
      const credentials = new FormData();
      credentials.set("email", email);
      credentials.set("password", password);
      credentials.set("returnTo", r.data.destination);
      await signIn(credentials);
      return;
    }
    setBusy(false);
    setError(r.error);
  }
  return (
    <form onSubmit={(e) => void accept(e)} className="space-y-4" data-testid="accept-invitation">
      {signedInAs ? <p className="text-sm">{t("ws.invite.signedInAs", { email: signedInAs })}</p> : null}
      {needsPassword ? (
        <>
          <label className={labelClass}>
            {t("ws.invite.name")}
            <input name="name" autoComplete="name" maxLength={80} className={inputClass} />
          </label>
          <label className={labelClass}>
            {t("ws.invite.password")}
            <input name="password" type="password" autoComplete="new-password" minLength={10} required className={inputClass} />
          </label>
        </>
      ) : null}
      <button type="submit" className={buttonClass} disabled={busy}>
        {t("ws.invite.accept")}
      </button>
      <ErrorNotice error={error} />
    </form>
  );
}
