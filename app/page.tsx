import Link from "next/link";
import { completionTime } from "@/lib/assessments/completion-time";
import { pageDb } from "@/lib/auth/page-access";
import { formatMoney } from "@/lib/i18n/figures";
import { currentTranslator } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { officialModelSummary } from "@/lib/model/summary";
import { portalPolicies } from "@/lib/tenants/portal-policies";
import { currentSite } from "@/lib/tenants/site";
import { sitePath } from "@/lib/tenants/site-path";
import type { DimensionCode } from "@/lib/model/summary";

// Reads the language cookie on every request; never rendered at build time.
export const dynamic = "force-dynamic";

const BENEFITS = ["level", "benchmark", "path", "solutions", "subsidy"] as const;
const STEPS = ["step1", "step2", "step3"] as const;
const AUDIENCES = ["sme", "consultant", "city"] as const;

const DIMENSION_LABELS: Record<DimensionCode, MessageKey> = {
  FOUNDATION: "landing.model.foundation",
  MANAGEMENT: "landing.model.management",
  EFFECT: "landing.model.effect",
};

export default async function LandingPage() {
  const { t, locale } = await currentTranslator();
  // Under a portal (/t/<portal>): its name, its start page and the policies that apply where it is.
  const site = await currentSite();
  const db = await pageDb();
  const policies = site ? await portalPolicies(db, site.slug) : [];
  // The time it takes, as measured (the portal's, else everyone's), or our estimate said as one.
  const measured = (site ? await completionTime(db, site.slug) : null) ?? (await completionTime(db, null));
  const duration = measured ? t("landing.duration.measured", { minutes: measured.minutes }) : t("landing.duration.estimate");
  const durationNote = measured
    ? t("landing.duration.measuredNote", { minutes: measured.minutes, samples: measured.samples })
    : t("landing.duration.estimateNote");
  const startHref = sitePath(site?.slug ?? null, "/assess");
  const capText = (yuan: number) => t("portal.policy.cap", { amount: formatMoney(yuan, locale) });
  const model = officialModelSummary();
  const dimensions: { key: MessageKey; points?: number; scenes?: number }[] = [
    ...model.dimensions.map((d) => ({ key: DIMENSION_LABELS[d.code], points: d.max })),
    { key: "landing.model.operations", scenes: model.scenes },
  ];
  return (
    <>
      <section className="bg-gradient-to-b from-blue-50 to-white">
        <div className="mx-auto max-w-6xl px-4 pb-16 pt-12 sm:px-6 sm:pt-20">
          <p className="text-sm font-semibold tracking-wide text-brand">
            {site ? t("portal.hero.eyebrow", { portal: site.name[locale] }) : t("landing.hero.eyebrow")}
          </p>
          <h1 className="mt-3 max-w-3xl text-3xl font-bold leading-tight sm:text-5xl">{t("landing.hero.title", { duration })}</h1>
          <p className="mt-5 max-w-2xl text-base leading-relaxed text-muted sm:text-lg">
            {site ? t("portal.hero.lead", { duration }) : t("landing.hero.lead")}
          </p>
          <div className="mt-8 flex flex-wrap items-center gap-3">
            <Link
              href={startHref}
              className="rounded-lg bg-brand px-6 py-3 text-base font-semibold text-white shadow-sm hover:bg-brand-strong"
              data-testid="start-assessment"
            >
              {t("landing.hero.start")}
            </Link>
            <a
              href="#model"
              className="rounded-lg border border-slate-300 bg-white px-6 py-3 text-base font-medium text-ink hover:border-brand hover:text-brand"
            >
              {t("landing.hero.learn")}
            </a>
          </div>
          <p className="mt-4 text-sm text-muted">{t("landing.hero.note")}</p>
        </div>
      </section>

      {site ? (
        <section id="policies" aria-labelledby="policies-title" className="bg-surface">
          <div className="mx-auto max-w-6xl scroll-mt-4 px-4 py-12 sm:px-6">
            <h2 id="policies-title" className="text-2xl font-semibold">
              {t("portal.policies.title")}
            </h2>
            <p className="mt-3 max-w-3xl text-muted">{t(policies.length > 0 ? "portal.policies.lead" : "portal.policies.none")}</p>
            <ul className="mt-6 grid gap-4 sm:grid-cols-2" data-testid="portal-policies">
              {policies.map((p) => (
                <li key={p.id} className="rounded-xl bg-white p-5 shadow-sm">
                  <h3 className="font-semibold">
                    {p.title[locale]}
                    {p.demo ? (
                      <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-normal text-amber-900">{t("portal.policy.demo")}</span>
                    ) : null}
                  </h3>
                  <p className="mt-1 text-sm text-muted">{[p.issuer, p.docNo].filter(Boolean).join(" · ")}</p>
                  <p className="mt-2 text-sm">
                    {p.kind === "criterion"
                      ? t("portal.policy.criterion")
                      : [
                          p.percent !== null ? t("portal.policy.percent", { percent: p.percent }) : null,
                          p.capYuan !== null ? capText(p.capYuan) : null,
                          p.until ? t("portal.policy.until", { date: p.until }) : null,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                  </p>
                  <a href={sitePath(site.slug, `/policies/${p.id}`)} className="mt-2 inline-block text-sm text-brand underline">
                    {t("portal.policy.view")}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="get-title" className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
        <h2 id="get-title" className="text-2xl font-semibold">
          {t("landing.get.title")}
        </h2>
        <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {BENEFITS.map((key) => (
            <li key={key} className="rounded-xl border border-slate-200 p-5">
              <h3 className="font-semibold">{t(`landing.get.${key}.title`)}</h3>
              <p className="mt-2 text-sm leading-relaxed text-muted">{t(`landing.get.${key}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="how-title" className="bg-surface">
        <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
          <h2 id="how-title" className="text-2xl font-semibold">
            {t("landing.how.title")}
          </h2>
          <ol className="mt-6 grid gap-4 sm:grid-cols-3">
            {STEPS.map((key, index) => (
              <li key={key} className="rounded-xl bg-white p-5 shadow-sm">
                <span className="inline-flex h-8 w-8 items-center justify-center rounded-full bg-brand text-sm font-bold text-white" aria-hidden="true">
                  {index + 1}
                </span>
                <h3 className="mt-3 font-semibold">{t(`landing.how.${key}.title`)}</h3>
                <p className="mt-2 text-sm leading-relaxed text-muted">
                  {key === "step2" ? t("landing.how.step2.body", { durationNote }) : t(`landing.how.${key}.body`)}
                </p>
              </li>
            ))}
          </ol>
        </div>
      </section>

      <section id="model" aria-labelledby="model-title" className="mx-auto max-w-6xl scroll-mt-4 px-4 py-12 sm:px-6">
        <h2 id="model-title" className="text-2xl font-semibold">
          {t("landing.model.title")}
        </h2>
        <p className="mt-3 max-w-3xl text-muted">{t("landing.model.lead")}</p>
        <dl className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {dimensions.map((d) => (
            <div key={d.key} className="rounded-xl border border-slate-200 p-5">
              <dt className="text-sm text-muted">{t(d.key)}</dt>
              <dd className="mt-1 text-2xl font-bold text-brand">
                {d.points !== undefined ? t("landing.model.points", { points: d.points }) : t("landing.model.scenes", { count: d.scenes ?? 0 })}
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 max-w-3xl text-sm text-muted">{t("landing.model.levels")}</p>
      </section>

      {site ? null : (
        <section id="audiences" aria-labelledby="audiences-title" className="bg-surface">
          <div className="mx-auto max-w-6xl scroll-mt-4 px-4 py-12 sm:px-6">
            <h2 id="audiences-title" className="text-2xl font-semibold">
              {t("landing.audiences.title")}
            </h2>
            <ul className="mt-6 grid gap-4 sm:grid-cols-3">
              {AUDIENCES.map((key) => (
                <li key={key} className="rounded-xl bg-white p-5 shadow-sm">
                  <h3 className="font-semibold">{t(`landing.audiences.${key}.title`)}</h3>
                  <p className="mt-2 text-sm leading-relaxed text-muted">{t(`landing.audiences.${key}.body`)}</p>
                </li>
              ))}
            </ul>
          </div>
        </section>
      )}
    </>
  );
}
