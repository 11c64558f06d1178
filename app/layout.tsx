import type { Metadata, Viewport } from "next";
import { GeistSans } from "geist/font/sans";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { currentActor } from "@/lib/auth/session";
import { currentTranslator } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: { default: t("meta.title"), template: `%s · ${t("app.name")}` }, description: t("meta.description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d4ed8" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await currentTranslator();
  const actor = await currentActor();
  return (
    <html lang={locale} className={GeistSans.variable}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t("nav.skip")}
        </a>
        <SiteHeader locale={locale} t={t} signedInAs={actor?.email ?? null} />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter t={t} />
      </body>
    </html>
  );
}
