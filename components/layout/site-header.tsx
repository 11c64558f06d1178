import Link from "next/link";
import { Suspense } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { BrandMark } from "./brand-mark";
import { LanguageSwitch } from "./language-switch";

/** The portal a public page runs under: its name and logo lead the header, linking to its home. */
export interface HeaderPortal {
  home: string;
  name: string;
  logoUrl: string | null;
}

export function SiteHeader({
  locale,
  t,
  signedInAs,
  portal,
  setLocale,
}: {
  locale: Locale;
  t: Translate;
  signedInAs: string | null;
  portal?: HeaderPortal | null;
  setLocale: (formData: FormData) => Promise<void>;
}) {
  const home = portal?.home ?? "/";
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        {/* The visible words are the link's name (WCAG 2.5.3); "home" is added for screen readers. */}
        {portal ? (
          <Link href={home} className="flex min-w-0 items-center gap-2 font-semibold text-ink" data-testid="portal-home">
            {portal.logoUrl ? (
              // A plain img: the portal's logo comes from our API, bounded in size at upload
              <img src={portal.logoUrl} alt="" className="h-8 w-auto max-w-[8rem] object-contain" />
            ) : (
              <BrandMark />
            )}
            <span className="line-clamp-2 text-base leading-tight sm:text-lg">{portal.name}</span>
            <span className="hidden text-xs font-normal text-muted md:inline">{t("portal.poweredBy")}</span>
            <span className="sr-only"> · {t("nav.home")}</span>
          </Link>
        ) : (
          <Link href="/" className="flex items-center gap-2 font-semibold text-ink">
            <BrandMark />
            <span className="text-lg">{t("app.name")}</span>
            <span className="hidden text-sm font-normal text-muted sm:inline">{t("app.tagline")}</span>
            <span className="sr-only"> · {t("nav.home")}</span>
          </Link>
        )}
        <nav aria-label={t("nav.primary")} className="flex shrink-0 items-center gap-4 text-sm">
          <a href={`${home}#model`} className="hidden text-muted hover:text-brand sm:inline">
            {t("nav.model")}
          </a>
          {portal ? (
            <a href={`${home}#policies`} className="hidden text-muted hover:text-brand sm:inline">
              {t("portal.policies")}
            </a>
          ) : (
            <a href="/#audiences" className="hidden text-muted hover:text-brand sm:inline">
              {t("nav.audiences")}
            </a>
          )}
          <a href={signedInAs ? "/account" : "/signin"} className="max-w-[10rem] truncate text-ink hover:text-brand" data-testid="account-link">
            {signedInAs ?? t("auth.signIn")}
          </a>
          <Suspense>
            <LanguageSwitch
              locale={locale}
              setLocale={setLocale}
              labels={{ label: t("lang.label"), switchTo: t("lang.switchTo"), current: t("lang.current") }}
            />
          </Suspense>
        </nav>
      </div>
    </header>
  );
}
