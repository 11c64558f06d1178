import { Field } from "@/components/ui/field";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { changePasswordAction, signOutAction } from "@/app/actions/auth";
import { ownedAssessments } from "@/lib/assessments/claim";
import { pageDb } from "@/lib/auth/page-access";
import { currentActor } from "@/lib/auth/session";
import { tenantsByIds } from "@/lib/tenants";
import { formatDate } from "@/lib/i18n/figures";
import { localizePair } from "@/lib/i18n/localized";
import { currentTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("auth.account.title") };
}

const OUTCOMES = { changed: "auth.password.changed", wrong: "auth.password.wrong", weak: "auth.password.weak" } as const;

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ password?: string }> }) {
  const actor = await currentActor();
  if (!actor) redirect("/signin?returnTo=/account");
  const { t, locale } = await currentTranslator();
  const { password } = await searchParams;
  const ids = [...new Set(actor.memberships.map((m) => m.tenantId))];
  const db = await pageDb();
  const names = (await tenantsByIds(db, ids)).map((x) => ({ id: x.id, slug: x.slug, zh: x.nameZh, en: x.nameEn }));
  const tenantName = new Map(names.map((n) => [n.id, localizePair(n.zh, n.en, locale)]));
  const owned = await ownedAssessments(db, actor.userId);
  const roles = new Set(actor.memberships.map((m) => m.role));
  const workspaces = (
    [
      ["/consultant", "ws.consultant.title", "consultant"],
      ["/admin", "ws.admin.title", "tenant_admin"],
      ["/platform", "ws.platform.title", "platform_admin"],
    ] as const
  )
    .filter(([, , role]) => roles.has(role))
    .map(([href, key]): { href: string; label: string; id: string } => ({ href, label: t(key), id: href.slice(1) }));
  // A firm's transformation projects, in each portal where the account holds a firm.
  const ownerPortals = names.filter((n) => actor.memberships.some((m) => m.tenantId === n.id && m.role === "sme_owner"));
  for (const portal of ownerPortals)
    workspaces.push(
      {
        href: `/projects/${portal.slug}`,
        label: `${t("nav.projects")} · ${localizePair(portal.zh, portal.en, locale)}`,
        id: `projects-${portal.slug}`,
      },
      { href: `/firms/${portal.slug}`, label: `${t("ff.title")} · ${localizePair(portal.zh, portal.en, locale)}`, id: `firms-${portal.slug}` },
    );
  // 小镝客服's hand-overs and the API's keys: the portal's administrators and consultants.
  for (const portal of names.filter((n) => actor.memberships.some((m) => m.tenantId === n.id && (m.role === "consultant" || m.role === "tenant_admin"))))
    workspaces.push(
      { href: `/inbox/${portal.slug}`, label: `${t("as.inbox.title")} · ${localizePair(portal.zh, portal.en, locale)}`, id: `inbox-${portal.slug}` },
      // The public API's keys: a portal's for its administrators, a consultant's for its clients.
      { href: `/api-keys/${portal.slug}`, label: `${t("api.keys.title")} · ${localizePair(portal.zh, portal.en, locale)}`, id: `api-keys-${portal.slug}` },
    );
  const outcome = password && password in OUTCOMES ? OUTCOMES[password as keyof typeof OUTCOMES] : null;
  return (
    <section className="mx-auto max-w-2xl space-y-8 px-4 py-10 sm:px-6">
      <header>
        <h1 className="text-2xl font-bold">{t("auth.account.title")}</h1>
        <p className="mt-1 text-muted" data-testid="account-email">
          {actor.email}
        </p>
      </header>
      <section aria-labelledby="roles-title">
        <h2 id="roles-title" className="text-lg font-semibold">
          {t("auth.account.roles")}
        </h2>
        {actor.memberships.length === 0 ? (
          <p className="mt-2 text-muted">{t("auth.account.noRoles")}</p>
        ) : (
          <ul className="mt-2 space-y-1" data-testid="account-roles">
            {actor.memberships.map((m) => (
              <li key={`${m.tenantId}-${m.role}`}>
                {t(`auth.role.${m.role as "sme_owner" | "consultant" | "tenant_admin" | "platform_admin"}`)} · {tenantName.get(m.tenantId) ?? m.tenantId}
              </li>
            ))}
          </ul>
        )}
      </section>
      {workspaces.length > 0 ? (
        <nav aria-labelledby="workspaces-title">
          <h2 id="workspaces-title" className="text-lg font-semibold">
            {t("ws.account.workspaces")}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-3">
            {workspaces.map(({ href, label, id }) => (
              <li key={href}>
                <a href={href} className="inline-block rounded-md border border-brand px-3 py-1 text-brand hover:bg-slate-50" data-testid={`workspace-${id}`}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <section aria-labelledby="owned-title">
        <h2 id="owned-title" className="text-lg font-semibold">
          {t("auth.account.assessments")}
        </h2>
        {owned.length === 0 ? (
          <p className="mt-2 text-muted">{t("auth.account.noAssessments")}</p>
        ) : (
          <>
            <ul className="mt-2 space-y-1" data-testid="owned-assessments">
              {owned.map((a) => (
                <li key={a.id}>
                  {a.status === "draft" && a.mode !== "self" && a.mode !== "embed" ? (
                    <span>
                      {a.name} · {t("ws.account.visitInProgress")}
                    </span>
                  ) : (
                    <a href={a.status === "submitted" ? `/assess/${a.id}/result` : `/assess/${a.id}`} className="text-brand underline">
                      {a.name}
                    </a>
                  )}{" "}
                  <span className="text-sm text-muted">{formatDate(a.submittedAt ?? a.startedAt, locale)}</span>
                </li>
              ))}
            </ul>
            <p className="mt-1 text-xs text-muted">{t("auth.account.openHint")}</p>
          </>
        )}
      </section>
      <section aria-labelledby="password-title">
        <h2 id="password-title" className="text-lg font-semibold">
          {t("auth.password.change")}
        </h2>
        {outcome ? (
          <p role="status" className={`mt-2 text-sm ${password === "changed" ? "text-emerald-700" : "text-red-700"}`}>
            {t(outcome)}
          </p>
        ) : null}
        <form action={changePasswordAction} className="mt-3 space-y-3">
          <Field label={t("auth.password.current")} name="current" type="password" autoComplete="current-password" required />
          <Field label={t("auth.password.new")} name="next" type="password" autoComplete="new-password" minLength={10} required />
          <button type="submit" className="rounded-md border border-slate-300 px-4 py-2">
            {t("auth.password.save")}
          </button>
        </form>
      </section>
      <form action={signOutAction}>
        <button type="submit" className="rounded-md bg-brand px-4 py-2 font-medium text-white" data-testid="sign-out">
          {t("auth.signOut")}
        </button>
      </form>
    </section>
  );
}
