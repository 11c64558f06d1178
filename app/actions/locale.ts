"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";

const input = z.object({
  locale: z.enum(LOCALES),
  // Only same-site paths: never an open redirect.
  returnTo: z
    .string()
    .regex(/^\/(?!\/)[^\s\\]*$/)
    .catch("/"),
});

export async function setLocale(formData: FormData): Promise<void> {
  const parsed = input.safeParse({ locale: formData.get("locale"), returnTo: formData.get("returnTo") ?? "/" });
  if (!parsed.success) redirect("/");
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  redirect(parsed.data.returnTo);
}
