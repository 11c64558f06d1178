"use client";

import { usePathname, useSearchParams } from "next/navigation";
import type { Locale } from "@/lib/i18n/locales";

interface Props {
  locale: Locale;
  labels: { label: string; switchTo: string; current: string };
  /** The server action that sets the language cookie (app/actions/locale.ts), passed down by the layout. */
  setLocale: (formData: FormData) => Promise<void>;
}

/** A real form, so switching works before hydration and without JavaScript. */
export function LanguageSwitch({ locale, labels, setLocale }: Props) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const other: Locale = locale === "zh-CN" ? "en" : "zh-CN";
  return (
    <form action={setLocale} aria-label={labels.label}>
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="returnTo" value={search ? `${pathname}?${search}` : pathname} />
      <span className="sr-only">{labels.current}</span>
      <button
        type="submit"
        lang={other}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-ink hover:border-brand hover:text-brand"
        data-testid="language-switch"
      >
        {labels.switchTo}
      </button>
    </form>
  );
}
