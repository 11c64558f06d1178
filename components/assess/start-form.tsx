"use client";

import { useEffect, useState, type FormEvent } from "react";
import { checkCreditCode } from "@/lib/enterprise/credit-code";
import { aboveScaleOf, sizeClassOf } from "@/lib/enterprise/size-class";
import { clientTranslator } from "@/lib/i18n/format";
import { embedPath, postToHost, type EmbedContext } from "../embed/host-bridge";
import { templateForIndustry, type TemplateId } from "@/scoring/template-ids";
import { inCurrentPortal } from "@/lib/tenants/site-path";
import { IndustryPicker, type IndustryValue } from "./industry-picker";

interface Option {
  code: string;
  name: string;
}

export interface StartFormProps {
  locale: "zh-CN" | "en";
  messages: Record<string, string>;
  industries: { code: string; name: string; section: string }[];
  realEstateGroups: Option[];
  provinces: Option[];
  tenants: { slug: string; name: string; kind?: "platform" | "city"; cityCode?: string | null }[];
  /** Pilot segments named by the policies of each city (by city code). */
  segmentsByCity: Record<string, string[]>;
  tenant: string;
  templates: Record<TemplateId, { label: string; isReference: boolean }>;
  /** A consultant adding a client firm to this portal (contact instead of settings; no assessment yet). */
  client?: { tenant: string };
  /** Inside a portal's page (embed routes): the portal is fixed and the host is told what happens. */
  embed?: EmbedContext;
  /** Facts the host page already knows (the loader's data-* attributes). */
  prefill?: { name?: string; creditCode?: string; industryCode?: string; provinceCode?: string; cityCode?: string; districtCode?: string };
}

type Errors = Partial<Record<string, string>>;

const FIELD_ORDER = ["name", "creditCode", "industryCode", "industrySubCode", "industrySegment", "provinceCode", "cityCode", "districtCode", "employees", "revenueWan", "assetsWan", "aboveScaleDeclared", "template", "tenant", "contactName", "contactEmail", "note"];

function numberOrUndefined(text: string): number | undefined {
  const trimmed = text.trim().replace(/,/g, "");
  if (trimmed === "") return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : Number.NaN;
}

export function StartForm(props: StartFormProps) {
  const t = clientTranslator(props.messages);
  const [name, setName] = useState(props.prefill?.name ?? "");
  const [creditCode, setCreditCode] = useState(props.prefill?.creditCode ?? "");
  const [industry, setIndustry] = useState<IndustryValue>({ industryCode: props.prefill?.industryCode ?? "", industrySubCode: "", industrySegment: "" });
  const { industryCode, industrySubCode } = industry;
  const [provinceCode, setProvinceCode] = useState(props.prefill?.provinceCode ?? "");
  const [cityCode, setCityCode] = useState(props.prefill?.cityCode ?? "");
  const [districtCode, setDistrictCode] = useState(props.prefill?.districtCode ?? "");
  const [cities, setCities] = useState<Option[]>([]);
  const [districts, setDistricts] = useState<Option[]>([]);
  const [employees, setEmployees] = useState("");
  const [revenue, setRevenue] = useState("");
  const [assets, setAssets] = useState("");
  const [declared, setDeclared] = useState<"" | "yes" | "no">("");
  const [templateChoice, setTemplateChoice] = useState<TemplateId | "">("");
  const [tenant, setTenant] = useState(props.tenant);
  // On the main site the portal follows the firm's city until the firm picks one itself.
  const [tenantChosen, setTenantChosen] = useState(false);
  const [contact, setContact] = useState({ contactName: "", contactEmail: "", note: "" });
  const [errors, setErrors] = useState<Errors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const cityName = cities.find((c) => c.code === cityCode)?.name ?? "";
  const segments = props.segmentsByCity[cityCode] ?? [];
  const platform = props.tenants.find((x) => x.kind === "platform");
  const followsCity = !props.embed && !props.client && !tenantChosen && props.tenants.length > 1 && tenant === platform?.slug;
  const cityPortal = followsCity && cityCode ? props.tenants.find((x) => x.kind === "city" && x.cityCode === cityCode) : undefined;
  const filedUnder = cityPortal ?? props.tenants.find((x) => x.slug === tenant);

  useEffect(() => {
    setCities([]);
    setDistricts([]);
    if (!provinceCode) return;
    const controller = new AbortController();
    fetch(`/api/regions?province=${provinceCode}`, { signal: controller.signal })
      .then((r) => r.json() as Promise<{ divisions: Option[] }>)
      .then((d) => setCities(d.divisions))
      .catch(() => undefined);
    return () => controller.abort();
  }, [provinceCode]);

  useEffect(() => {
    setDistricts([]);
    if (!cityCode) return;
    const controller = new AbortController();
    fetch(`/api/regions?city=${cityCode}`, { signal: controller.signal })
      .then((r) => r.json() as Promise<{ divisions: Option[] }>)
      .then((d) => setDistricts(d.divisions))
      .catch(() => undefined);
    return () => controller.abort();
  }, [cityCode]);

  const credit = creditCode.trim() ? checkCreditCode(creditCode) : null;
  // A valid code names the registering region (characters 3–8): offer it when none is chosen yet.
  useEffect(() => {
    if (credit?.valid && !provinceCode) {
      const p = credit.divisionCode.slice(0, 2);
      if (props.provinces.some((x) => x.code === p)) setProvinceCode(p);
    }
  }, [credit?.valid, credit && credit.valid ? credit.divisionCode : "", provinceCode, props.provinces]);
  useEffect(() => {
    if (credit?.valid && !cityCode && cities.some((c) => c.code === credit.divisionCode.slice(0, 4))) setCityCode(credit.divisionCode.slice(0, 4));
  }, [cities, credit?.valid, credit && credit.valid ? credit.divisionCode : "", cityCode]);

  const figures = {
    industryCode,
    industrySubCode: industrySubCode || null,
    employees: numberOrUndefined(employees) ?? null,
    revenueWan: numberOrUndefined(revenue) ?? null,
    assetsWan: numberOrUndefined(assets) ?? null,
  };
  const size = industryCode ? sizeClassOf(figures) : null;
  const above = industryCode ? aboveScaleOf(figures) : null;
  const needsAssets = size !== null && !size.ok && size.reason === "missing_figures" && size.missing?.includes("assetsWan") ? true : size?.ok === true && ["construction", "real_estate_development", "leasing_business"].includes(size.sector);
  const needsDeclaration = above !== null && !above.known && above.reason === "declare";
  const template: TemplateId | null = templateChoice || (industryCode ? templateForIndustry(industryCode) : null);

  const sizeText = !size
    ? null
    : size.ok
      ? t(`assess.size.${size.sizeClass}`)
      : size.reason === "not_covered"
        ? t("assess.size.notCovered")
        : t("assess.size.unknown");
  const aboveText = needsDeclaration
    ? declared
      ? t(declared === "yes" ? "assess.above.yes" : "assess.above.no")
      : t("assess.above.declare")
    : above?.known
      ? t(above.aboveScale ? "assess.above.yes" : "assess.above.no")
      : above
        ? t("assess.above.unknown")
        : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setSummary(null);
    const enterprise = {
        name,
        creditCode: creditCode.trim() || undefined,
        industryCode,
        industrySubCode: industrySubCode || undefined,
        industrySegment: industry.industrySegment && industry.industrySegment !== "none" && segments.includes(industry.industrySegment) ? industry.industrySegment : undefined,
        provinceCode,
        cityCode,
        districtCode: districtCode || undefined,
        employees: numberOrUndefined(employees),
        revenueWan: numberOrUndefined(revenue),
        assetsWan: needsAssets ? numberOrUndefined(assets) : undefined,
        aboveScaleDeclared: needsDeclaration && declared ? declared === "yes" : undefined,
    };
    const body = props.client
      ? { enterprise, contactName: contact.contactName.trim() || undefined, contactEmail: contact.contactEmail.trim() || undefined, note: contact.note.trim() || undefined }
      : {
          enterprise,
          template: templateChoice || undefined,
          // Unchosen on the main site: the server files it under the portal serving the firm's city.
          tenant: props.embed?.tenant ?? (followsCity ? undefined : tenant || undefined),
          language: props.locale,
          ...(props.embed?.origin ? { embedOrigin: props.embed.origin } : {}),
        };
    const url = props.client ? `/api/tenants/${props.client.tenant}/clients` : "/api/assessments";
    try {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const data = (await response.json()) as { id?: string; enterpriseId?: string; resumeToken?: string; resumePath?: string; error?: { message: string; issues?: { field: string; message: string }[] } };
      if (response.ok && props.client && data.enterpriseId) {
        window.location.assign(`/consultant/${props.client.tenant}/clients/${data.enterpriseId}`);
        return;
      }
      if (response.ok && data.id && data.resumeToken && data.resumePath && props.embed) {
        // The host keeps the token (our storage may be partitioned or blocked inside its page).
        postToHost(props.embed, { type: "shuzhen:step", detail: { assessmentId: data.id, step: "start", index: 0, total: 0, resumeToken: data.resumeToken } });
        window.location.assign(`${embedPath(props.embed, `/a/${data.id}`)}#k=${data.resumeToken}`);
        return;
      }
      if (response.ok && data.id && data.resumeToken && data.resumePath) {
        localStorage.setItem(`shuzhen:token:${data.id}`, data.resumeToken);
        window.location.assign(inCurrentPortal(data.resumePath));
        return;
      }
      const next: Errors = {};
      for (const issue of data.error?.issues ?? []) {
        const key = issue.field.replace(/^enterprise\./, "");
        // Our own wording in the page's language; the server's (English) message for anything else.
        next[key] ??= props.messages[`assess.err.${key}`] ?? issue.message;
      }
      setErrors(next);
      setSummary(data.error?.message ?? t("assess.errors.network"));
      setBusy(false);
      const first = FIELD_ORDER.find((f) => next[f]);
      if (first) document.getElementById(`f-${first}`)?.focus();
    } catch {
      setSummary(t("assess.errors.network"));
      setBusy(false);
    }
  }

  const field = (id: string) => ({
    id: `f-${id}`,
    "aria-invalid": errors[id] ? true : undefined,
    "aria-describedby": errors[id] ? `e-${id}` : undefined,
  });
  const error = (id: string) =>
    errors[id] ? (
      <p id={`e-${id}`} className="mt-1 text-sm text-red-700">
        {errors[id]}
      </p>
    ) : null;
  const input = "mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base focus:border-brand aria-[invalid=true]:border-red-600";
  const labelClass = "block text-sm font-medium text-ink";

  return (
    <form onSubmit={submit} noValidate className="space-y-8" data-testid="start-form">
      {summary ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-800">
          <p className="font-semibold">{t("assess.errors.title")}</p>
          <ul className="mt-2 list-disc pl-5">
            {Object.keys(errors).length === 0 ? <li>{summary}</li> : null}
            {FIELD_ORDER.filter((f) => errors[f]).map((f) => (
              <li key={f}>
                <a href={`#f-${f}`} className="underline">
                  {errors[f]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("assess.start.firm")}</legend>
        <div>
          <label htmlFor="f-name" className={labelClass}>
            {t("assess.field.name")}
          </label>
          <input {...field("name")} className={input} value={name} onChange={(e) => setName(e.target.value)} autoComplete="organization" required maxLength={100} />
          {error("name")}
        </div>
        <div>
          <label htmlFor="f-creditCode" className={labelClass}>
            {t("assess.field.creditCode")}
          </label>
          <input
            {...field("creditCode")}
            aria-describedby={`h-creditCode${errors.creditCode ? " e-creditCode" : ""}`}
            className={`${input} font-mono uppercase`}
            value={creditCode}
            onChange={(e) => setCreditCode(e.target.value)}
            maxLength={22}
            autoCapitalize="characters"
            spellCheck={false}
          />
          <p id="h-creditCode" className="mt-1 text-sm text-muted" aria-live="polite">
            {!credit
              ? t("assess.field.creditCode.hint")
              : credit.valid
                ? `✓ ${t("assess.field.creditCode.ok")}`
                : credit.problem === "length"
                  ? t("assess.field.creditCode.length", { count: creditCode.replace(/[\s-]/g, "").length })
                  : credit.problem === "characters"
                    ? t("assess.field.creditCode.badChars")
                    : t("assess.field.creditCode.bad")}
          </p>
          {error("creditCode")}
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <div>
            <label htmlFor="f-provinceCode" className={labelClass}>
              {t("assess.field.province")}
            </label>
            <select {...field("provinceCode")} className={input} value={provinceCode} onChange={(e) => { setProvinceCode(e.target.value); setCityCode(""); setDistrictCode(""); }} autoComplete="address-level1">
              <option value="">{t("assess.field.choose")}</option>
              {props.provinces.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
            </select>
            {error("provinceCode")}
          </div>
          <div>
            <label htmlFor="f-cityCode" className={labelClass}>
              {t("assess.field.city")}
            </label>
            <select {...field("cityCode")} className={input} value={cityCode} onChange={(e) => { setCityCode(e.target.value); setDistrictCode(""); }} disabled={cities.length === 0} autoComplete="address-level2">
              <option value="">{t("assess.field.choose")}</option>
              {cities.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
            {error("cityCode")}
          </div>
          <div>
            <label htmlFor="f-districtCode" className={labelClass}>
              {t("assess.field.district")}
            </label>
            <select {...field("districtCode")} className={input} value={districtCode} onChange={(e) => setDistrictCode(e.target.value)} disabled={districts.length === 0} autoComplete="address-level3">
              <option value="">{t("assess.field.choose")}</option>
              {districts.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}
                </option>
              ))}
            </select>
            {error("districtCode")}
          </div>
        </div>
        <IndustryPicker
          t={t}
          value={industry}
          onChange={(next) => {
            if (next.industryCode !== industryCode) setTemplateChoice("");
            setIndustry(next);
          }}
          industries={props.industries}
          realEstateGroups={props.realEstateGroups}
          segments={segments}
          cityName={cityName}
          field={field}
          error={error}
          inputClass={input}
          labelClass={labelClass}
        />
        {filedUnder && !props.embed && !props.client && props.tenants.length > 1 ? (
          <p className="rounded-md bg-surface p-3 text-sm" data-testid="portal-note" aria-live="polite">
            {cityPortal ? t("assess.portal.follows", { city: cityName, portal: cityPortal.name }) : t("assess.portal.chosen", { portal: filedUnder.name })}
          </p>
        ) : null}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("assess.start.size")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="f-employees" className={labelClass}>
              {t("assess.field.employees")}
            </label>
            <input {...field("employees")} className={input} inputMode="numeric" value={employees} onChange={(e) => setEmployees(e.target.value)} />
            {error("employees")}
          </div>
          <div>
            <label htmlFor="f-revenueWan" className={labelClass}>
              {t("assess.field.revenue")}
            </label>
            <input {...field("revenueWan")} className={input} inputMode="decimal" value={revenue} onChange={(e) => setRevenue(e.target.value)} />
            {error("revenueWan")}
          </div>
          {needsAssets ? (
            <div>
              <label htmlFor="f-assetsWan" className={labelClass}>
                {t("assess.field.assets")}
              </label>
              <input {...field("assetsWan")} aria-describedby="h-assets" className={input} inputMode="decimal" value={assets} onChange={(e) => setAssets(e.target.value)} />
              <p id="h-assets" className="mt-1 text-sm text-muted">
                {t("assess.field.assets.hint")}
              </p>
              {error("assetsWan")}
            </div>
          ) : null}
        </div>
        {needsDeclaration ? (
          <fieldset>
            <legend className={labelClass}>{t("assess.field.aboveScale")}</legend>
            <p className="text-sm text-muted">{t("assess.field.aboveScale.hint")}</p>
            <div className="mt-2 flex gap-6">
              {(["yes", "no"] as const).map((v) => (
                <label key={v} className="flex items-center gap-2">
                  <input type="radio" name="aboveScale" value={v} checked={declared === v} onChange={() => setDeclared(v)} className="h-5 w-5" />
                  {t(`assess.field.aboveScale.${v}`)}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
        <div className="rounded-md bg-surface p-3 text-sm" aria-live="polite" data-testid="derived-facts">
          {sizeText ? <p>{t("assess.derived.size", { size: sizeText })}</p> : null}
          {aboveText ? <p>{t("assess.derived.aboveScale", { value: aboveText })}</p> : null}
        </div>
      </fieldset>

      {props.client ? (
        <fieldset className="space-y-4">
          <legend className="text-lg font-semibold">{t("ws.client.contact")}</legend>
          {(["contactName", "contactEmail", "note"] as const).map((k) => (
            <div key={k}>
              <label htmlFor={`f-${k}`} className={labelClass}>
                {t(`ws.client.${k}`)}
              </label>
              <input
                {...field(k)}
                className={input}
                type={k === "contactEmail" ? "email" : "text"}
                autoComplete={k === "contactEmail" ? "email" : k === "contactName" ? "name" : "off"}
                value={contact[k]}
                onChange={(e) => setContact({ ...contact, [k]: e.target.value })}
              />
              {error(k)}
            </div>
          ))}
          <p className="text-sm text-muted">{t("ws.client.contactHint")}</p>
        </fieldset>
      ) : (
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("assess.start.settings")}</legend>
        <div>
          <label htmlFor="f-template" className={labelClass}>
            {t("assess.field.template")}
          </label>
          <select {...field("template")} className={input} value={template ?? ""} onChange={(e) => setTemplateChoice(e.target.value as TemplateId)} disabled={!industryCode}>
            {(Object.keys(props.templates) as TemplateId[]).map((id) => (
              <option key={id} value={id}>
                {props.templates[id].label}
                {props.templates[id].isReference ? ` · ${t("assess.reference")}` : ""}
              </option>
            ))}
          </select>
        </div>
        {/* Inside a portal (embedded, or its /t/<portal> pages) the portal is fixed. */}
        <div hidden={!!props.embed || props.tenants.length === 1}>
          <label htmlFor="f-tenant" className={labelClass}>
            {t("assess.field.tenant")}
          </label>
          <select
            {...field("tenant")}
            className={input}
            value={filedUnder?.slug ?? tenant}
            onChange={(e) => {
              setTenant(e.target.value);
              setTenantChosen(true);
            }}
          >
            {props.tenants.map((x) => (
              <option key={x.slug} value={x.slug}>
                {x.name}
              </option>
            ))}
          </select>
          {error("tenant")}
        </div>
      </fieldset>
      )}

      <button type="submit" disabled={busy} className="w-full rounded-lg bg-brand px-6 py-3 text-base font-semibold text-white hover:bg-brand-strong disabled:opacity-60 sm:w-auto">
        {busy ? t("assess.start.submitting") : props.client ? t("ws.client.save") : t("assess.start.submit")}
      </button>
    </form>
  );
}
