import type { Translate } from "@/lib/i18n/translate";

export function SiteFooter({ t, portalName }: { t: Translate; portalName?: string | null }) {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-surface print:hidden">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-8 text-sm text-muted sm:px-6">
        {portalName ? <p data-testid="portal-footer">{t("portal.footer", { portal: portalName })}</p> : null}
        <p>{t("footer.basis")}</p>
        <p>{t("landing.model.disclaimer")}</p>
        <p className="flex gap-4">
          <span>
            © {new Date().getFullYear()} {t("footer.rights")}
          </span>
          <a href="/api/health" className="underline hover:text-brand">
            {t("footer.health")}
          </a>
        </p>
      </div>
    </footer>
  );
}
