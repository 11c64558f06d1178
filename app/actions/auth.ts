"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { changePassword } from "@/lib/auth/account";
import { signIn, signOut } from "@/lib/auth/next-auth";
import { currentActor } from "@/lib/auth/session";
import { db } from "@/lib/db";

// Only same-site paths: never an open redirect.
const returnTo = z.string().regex(/^\/(?!\/)[^\s\\]*$/).catch("/account");

export async function signInAction(formData: FormData): Promise<void> {
  const target = returnTo.parse(formData.get("returnTo") ?? "/account");
  try {
    await signIn("credentials", { email: String(formData.get("email") ?? ""), password: String(formData.get("password") ?? ""), redirectTo: target });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = error.type === "CredentialsSignin" ? ((error as AuthError & { code?: string }).code === "rate_limited" ? "rate_limited" : "credentials") : "unknown";
      redirect(`/signin?error=${code}&returnTo=${encodeURIComponent(target)}`);
    }
    throw error; // the redirect after a successful sign-in
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

export async function changePasswordAction(formData: FormData): Promise<void> {
  const actor = await currentActor();
  if (!actor) redirect("/signin?returnTo=/account");
  const outcome = await changePassword(await db(), actor.userId, String(formData.get("current") ?? ""), String(formData.get("next") ?? ""));
  redirect(`/account?password=${outcome}`);
}
