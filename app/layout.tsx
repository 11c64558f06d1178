import type { Metadata, Viewport } from "next";
import { GeistSans } from "geist/font/sans";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { setLocale } from "@/app/actions/locale";
import { SiteHeader } from "@/components/layout/site-header";
import { headers } from "next/headers";
import { currentActor } from "@/lib/auth/session";
import { pageDb } from "@/lib/auth/page-access";
import { brandStyle } from "@/lib/tenants/brand-style";
import { embedConfig } from "@/lib/tenants/embed";
import { currentTranslator } from "@/lib/i18n/server";
import { currentSite } from "@/lib/tenants/site";
import { sitePath } from "@/lib/tenants/site-path";
import { ChatPanel } from "@/components/assistant/chat-panel";
import { messagesWithPrefix } from "@/lib/i18n/translate";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { locale, t } = await currentTranslator();
  const site = await currentSite();
  const name = site ? site.name[locale] : t("app.name");
  return { title: { default: site ? `${name} · ${t("app.tagline")}` : t("meta.title"), template: `%s · ${name}` }, description: t("meta.description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d4ed8" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await currentTranslator();
  // Embed routes (marked by proxy.ts) run inside a portal's page: its brand, none of our chrome.
  const requestHeaders = await headers();
  const embedSlug = requestHeaders.get("x-shuzhen-embed");
  if (embedSlug !== null) {
    const config = embedSlug ? await embedConfig(await pageDb(), embedSlug) : null;
    const embedLocale = requestHeaders.get("x-shuzhen-embed-lang") === "en" ? "en" : locale;
    return (
      <html lang={requestHeaders.get("x-shuzhen-embed-lang") ?? locale} className={GeistSans.variable}>
        <head>
          {/* Links leave the host's page in a new tab: our other pages refuse to be framed. */}
          <base target="_blank" />
        </head>
        <body style={brandStyle(config?.brand.primaryColor ?? null, config?.brand.accentColor ?? null)} className="bg-white">
          <main id="main">
            {children}
            {embedSlug && (
              <div className="px-4">
                <ChatPanel tenant={embedSlug} locale={embedLocale} messages={messagesWithPrefix(embedLocale, "as.ui.")} variant="embed" />
              </div>
            )}
          </main>
        </body>
      </html>
    );
  }
  const [actor, site] = await Promise.all([currentActor(), currentSite()]);
  const portal = site ? { home: sitePath(site.slug, "/"), name: site.name[locale], logoUrl: site.brand.logoUrl } : null;
  return (
    <html lang={locale} className={GeistSans.variable}>
      {/* Under a portal (/t/<portal>/…) its colours replace ours. */}
      <body
        className="flex min-h-screen flex-col"
        style={site ? brandStyle(site.brand.primaryColor, site.brand.accentColor) : undefined}
        data-portal={site?.slug}
      >
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("nav.skip")}
        </a>
        <SiteHeader locale={locale} t={t} signedInAs={actor?.email ?? null} portal={portal} setLocale={setLocale} />
        <main id="main" className="flex-1">
          {children}
        </main>
        <div className="px-4">
          <ChatPanel tenant={site?.slug ?? null} locale={locale} messages={messagesWithPrefix(locale, "as.ui.")} />
        </div>
        <SiteFooter t={t} portalName={portal?.name} />
      </body>
    </html>
  );
}
