import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Clause, PolicyEntry } from "@/db/catalogue/policies";
import { pageDb } from "@/lib/auth/page-access";
import { industryByCode } from "@/lib/enterprise/industries";
import { regionName } from "@/lib/enterprise/regions";
import { segmentName } from "@/lib/enterprise/segments";
import { formatMoney } from "@/lib/i18n/figures";
import { byLocale, listSeparator, localize, localizedPair } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { currentTranslator } from "@/lib/i18n/server";
import type { MessageKey, Translate } from "@/lib/i18n/translate";
import { findPolicy } from "@/lib/recommendations/catalogue-store";
import { ClauseLine } from "@/components/assess/clause-line";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { t, locale } = await currentTranslator();
  const policy = await findPolicy(await pageDb(), (await params).id);
  return { title: policy ? localize(localizedPair(policy.title, policy.titleEn), locale) : t("policy.notFound") };
}

const industryName = (code: string, locale: Locale) => {
  const industry = industryByCode(code);
  return industry ? localize({ "zh-CN": industry.zh, en: industry.en }, locale) : "";
};

type Row = { key: MessageKey; value: string | null; clause: Clause | null };

function rows(p: PolicyEntry, t: Translate, locale: Locale): Row[] {
  const level = (n: number) => (n >= 0 && n <= 4 ? t(`ws.level.${n}` as MessageKey) : String(n));
  const money = (yuan: number) => formatMoney(yuan, locale);
  const list = listSeparator(locale);
  const r = p.region.value;
  const region = r
    ? !r.provinceCode
      ? t("policy.national")
      : [
          ...(r.cityCodes ?? [null]).map((city) => regionName({ provinceCode: r.provinceCode, cityCode: city }, locale)),
          ...(r.districtCodes ?? []).map((d) => regionName({ provinceCode: r.provinceCode, cityCode: d.slice(0, 4), districtCode: d }, locale)),
        ].join(list)
    : null;
  const ind = p.industries.value;
  const industries = ind
    ? ind.all
      ? t("policy.any")
      : [...ind.codes.map((c) => `${c} ${industryName(c, locale)}`), ...ind.segments.map((s) => segmentName(s, locale))].join(list)
    : null;
  const cap = p.cap.value;
  return [
    { key: "policy.cond.region", value: region, clause: p.region.clause },
    { key: "policy.cond.industries", value: industries, clause: p.industries.clause },
    {
      key: "policy.cond.sizeClasses",
      value: p.sizeClasses.value?.map((s) => t(`assess.size.${s}` as MessageKey)).join(" / ") ?? null,
      clause: p.sizeClasses.clause,
    },
    { key: "policy.cond.aboveScale", value: p.aboveScale.value ? t(`policy.above.${p.aboveScale.value}` as MessageKey) : null, clause: p.aboveScale.clause },
    {
      key: "policy.cond.levelBefore",
      value: p.levelBefore.value ? t("policy.level.before", { level: level(p.levelBefore.value.max) }) : null,
      clause: p.levelBefore.clause,
    },
    {
      key: "policy.cond.levelAfter",
      value: p.levelAfter.value ? t("policy.level.after", { level: level(p.levelAfter.value.min) }) : null,
      clause: p.levelAfter.clause,
    },
    {
      key: "policy.cond.eligibleCosts",
      value: p.eligibleCosts.value?.map((c) => t(`policy.cost.${c}` as MessageKey)).join(byLocale(locale, { "zh-CN": "、", en: ", " })) ?? null,
      clause: p.eligibleCosts.clause,
    },
    { key: "policy.cond.percent", value: p.percent.value !== null ? `${p.percent.value}%` : null, clause: p.percent.clause },
    {
      key: "policy.cond.cap",
      value: cap ? (cap.kind === "flat" ? money(cap.yuan) : cap.tiers.map((x) => `${level(x.level)} ${money(x.yuan)}`).join(list)) : null,
      clause: p.cap.clause,
    },
    {
      key: "policy.cond.window",
      value: p.window.value
        ? p.window.value.rolling
          ? t("policy.window.rolling")
          : t("policy.window.range", { from: p.window.value.from ?? "…", until: p.window.value.until ?? "…" })
        : null,
      clause: p.window.clause,
    },
    { key: "policy.cond.documents", value: p.documents.value?.join(list) ?? null, clause: p.documents.clause },
  ];
}

/** A policy's conditions, each with the clause it comes from and how sure we are of it. */
export default async function PolicyPage({ params }: { params: Promise<{ id: string }> }) {
  const { t, locale } = await currentTranslator();
  const policy = await findPolicy(await pageDb(), (await params).id);
  if (!policy) notFound();
  const clauseLabels = {
    quote: t("policy.clause.quote"),
    summary: t("policy.clause.summary"),
    reading: t("policy.clause.reading"),
    demo: t("policy.clause.demo"),
  };
  return (
    <article className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <p className="text-sm text-muted">{t("policy.title")}</p>
      <h1 className="mt-1 text-2xl font-bold">{localize(localizedPair(policy.title, policy.titleEn), locale)}</h1>
      {locale !== "zh-CN" ? (
        <p className="text-muted" lang="zh-CN">
          {policy.title}
        </p>
      ) : null}
      {policy.demo ? <p className="mt-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t("policy.demo")}</p> : null}
      <p className="mt-3 text-sm text-muted">
        {policy.docNo ? `${t("policy.docNo", { value: policy.docNo })} · ` : ""}
        {policy.issuer ? t("policy.issuer", { value: policy.issuer }) : ""}
      </p>
      <dl className="mt-6 divide-y divide-slate-200 border-y border-slate-200">
        {rows(policy, t, locale).map((r) => (
          <div key={r.key} className="grid gap-1 py-3 sm:grid-cols-3">
            <dt className="font-medium">{t(r.key)}</dt>
            <dd className="sm:col-span-2">
              <p>{r.value ?? <span className="text-muted">{t("policy.unknown")}</span>}</p>
              {r.clause ? (
                <blockquote className="mt-1 border-l-4 border-slate-300 pl-3 text-sm text-muted">
                  <ClauseLine clause={r.clause} locale={locale} labels={clauseLabels} /> ·{" "}
                  {t("policy.confidence", { value: t(`policy.confidence.${r.clause.confidence}`) })}
                  {r.clause.source ? (
                    <>
                      {" · "}
                      <a href={r.clause.source} className="underline" rel="noopener noreferrer">
                        {t("policy.sources")}
                      </a>
                    </>
                  ) : null}
                </blockquote>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      {policy.exclusions.length > 0 ? (
        <section className="mt-6">
          <h2 className="font-semibold">{t("policy.exclusions")}</h2>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {policy.exclusions.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {policy.note ? <p className="mt-6 text-sm text-muted">{localize(localizedPair(policy.note, policy.noteEn), locale)}</p> : null}
      {policy.sources.length > 0 ? (
        <section className="mt-6">
          <h2 className="font-semibold">{t("policy.sources")}</h2>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {policy.sources.map((s) => (
              <li key={s}>
                <a href={s} className="break-all underline" rel="noopener noreferrer">
                  {s}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
