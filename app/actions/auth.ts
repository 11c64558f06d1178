"use server";

import { pageDb } from "@/lib/auth/page-access";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { changePassword } from "@/lib/auth/account";
import { completePasswordReset, requestPasswordReset } from "@/lib/auth/password-reset";
import { confirmSignUp, signUp } from "@/lib/auth/sign-up";
import { isAppError } from "@/lib/errors";
import { appUrl } from "@/lib/env";
import { currentLocale } from "@/lib/i18n/server";
import { signIn, signOut } from "@/lib/auth/next-auth";
import { clientAddress } from "@/lib/http/client-address";
import { currentActor } from "@/lib/auth/session";
import { returnToPath, returnToQuery, safeReturnTo } from "@/lib/auth/return-to";

// Only same-site paths: never an open redirect.
const returnTo = returnToPath.catch("/account");

export async function signInAction(formData: FormData): Promise<void> {
  const target = returnTo.parse(formData.get("returnTo") ?? "/account");
  try {
    await signIn("credentials", { email: String(formData.get("email") ?? ""), password: String(formData.get("password") ?? ""), redirectTo: target });
  } catch (error) {
    if (error instanceof AuthError) {
      const code =
        error.type === "CredentialsSignin" ? ((error as AuthError & { code?: string }).code === "rate_limited" ? "rate_limited" : "credentials") : "unknown";
      redirect(`/signin?error=${code}&returnTo=${encodeURIComponent(target)}`);
    }
    throw error; // the redirect after a successful sign-in
  }
}

/** Signs the account out everywhere: the session version is bumped (lib/auth/next-auth.ts, events.signOut). */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

export async function changePasswordAction(formData: FormData): Promise<void> {
  const actor = await currentActor();
  if (!actor) redirect("/signin?returnTo=/account");
  const next = String(formData.get("next") ?? "");
  const outcome = await changePassword(await pageDb(), actor.userId, String(formData.get("current") ?? ""), next);
  if (outcome !== "changed") redirect(`/account?password=${outcome}`);
  // The change ended every session of the account, this one included: sign this one in anew.
  try {
    await signIn("credentials", { email: actor.email, password: next, redirectTo: "/account?password=changed" });
  } catch (error) {
    if (error instanceof AuthError) redirect("/signin?returnTo=/account");
    throw error; // the redirect after signing in
  }
}

export async function requestResetAction(formData: FormData): Promise<void> {
  const email = String(formData.get("email") ?? "").slice(0, 200);
  const ip = clientAddress(await headers());
  await requestPasswordReset(await pageDb(), { email, ip, baseUrl: appUrl(), locale: await currentLocale() });
  redirect("/reset?sent=1");
}

export async function completeResetAction(formData: FormData): Promise<void> {
  const token = String(formData.get("token") ?? "");
  if (!/^[A-Za-z0-9_-]{20,200}$/.test(token)) redirect("/reset?error=invalid");
  const outcome = await completePasswordReset(await pageDb(), token, String(formData.get("password") ?? ""));
  if (outcome === "done") redirect("/signin?reset=done");
  redirect(`/reset/${token}?error=${outcome}`);
}

export async function signUpAction(formData: FormData): Promise<void> {
  const tenant = String(formData.get("tenant") ?? "") || undefined;
  const back = safeReturnTo(formData.get("returnTo"));
  const ip = clientAddress(await headers());
  const input = {
    email: String(formData.get("email") ?? ""),
    password: String(formData.get("password") ?? ""),
    name: String(formData.get("name") ?? "") || undefined,
    tenant,
    returnTo: back,
  };
  try {
    await signUp(await pageDb(), input, { ip, baseUrl: appUrl(), locale: await currentLocale() });
  } catch (error) {
    if (!isAppError(error)) throw error;
    redirect(`/signup?error=${error.code}${tenant ? `&tenant=${encodeURIComponent(tenant)}` : ""}${returnToQuery(back, "&")}`);
  }
  // The same answer whether the address is new or has an account: the mail says which.
  redirect(`/signup?sent=1${returnToQuery(back, "&")}`);
}

export async function confirmSignUpAction(formData: FormData): Promise<void> {
  const token = String(formData.get("token") ?? "");
  const user = await confirmSignUp(await pageDb(), token, clientAddress(await headers()));
  // On to sign in with the new account (its e-mail filled in), then to where the firm was going.
  const back = returnToQuery(formData.get("returnTo"), "&");
  redirect(user ? `/signin?signedUp=1&email=${encodeURIComponent(user.email)}${back}` : `/signup?error=invalid_link${back}`);
}
