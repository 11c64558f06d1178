import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";

const TABS = [
  ["/dashboard", "ws.dash.title"],
  ["", "ws.admin.tab.settings"],
  ["/scenes", "ws.admin.tab.scenes"],
  ["/catalogue", "ws.admin.tab.catalogue"],
  ["/documents", "ws.admin.tab.documents"],
  ["/users", "ws.admin.tab.users"],
  ["/forms", "proj.editor.title"],
  ["/providers", "proj.score.title"],
  // The pilot programme's projects have their own pages, shared with firms and consultants.
  ["projects", "nav.projects"],
  ["firms", "ff.title"],
  ["inbox", "as.inbox.title"],
  ["api-keys", "api.keys.title"],
  ["webhooks", "api.hooks.title"],
  ["/audit", "ws.admin.tab.audit"],
] as const;

/** The administrator's sections of one portal. */
export function AdminNav({ tenant, current, t }: { tenant: string; current: (typeof TABS)[number][0]; t: Translate }) {
  return (
    <nav aria-label={t("ws.admin.nav")} className="flex flex-wrap gap-2 text-sm">
      {TABS.map(([path, key]) => (
        <Link
          key={path}
          href={
            path === "projects" || path === "firms" || path === "inbox" || path === "api-keys" || path === "webhooks"
              ? `/${path}/${tenant}`
              : `/admin/${tenant}${path}`
          }
          aria-current={path === current ? "page" : undefined}
          className={`rounded-full border px-3 py-1 ${path === current ? "border-brand bg-brand text-white" : "border-slate-300 text-ink hover:bg-slate-50"}`}
        >
          {t(key)}
        </Link>
      ))}
    </nav>
  );
}
