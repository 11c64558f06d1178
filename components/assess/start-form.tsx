"use client";

import { useEffect, useState, type FormEvent } from "react";
import { checkCreditCode } from "@/lib/enterprise/credit-code";
import { clientTranslator, type ClientT } from "@/lib/i18n/format";
import { inCurrentPortal } from "@/lib/tenants/site-path";
import { templateForIndustry, type TemplateId } from "@/scoring/template-ids";
import { createAssessment, createClient, type EnterpriseDraft } from "../client/api";
import { useDivisions } from "../client/hooks";
import type { ApiResult } from "../client/http";
import { saveToken } from "../client/token-store";
import { embedPath, postToHost, type EmbedContext } from "../embed/host-bridge";
import { IndustryPicker, type IndustryValue } from "./industry-picker";
import { creditHint, FIELD_ORDER, numberOrUndefined, sizeFacts } from "./start-form-facts";
import {
  ContactFieldset,
  CreditCodeField,
  ErrorSummary,
  fieldHelpers,
  inputClass,
  labelClass,
  NameField,
  RegionSelects,
  SettingsFieldset,
  SizeFieldset,
  type ContactValue,
  type Errors,
  type Option,
  type RegionValue,
  type SizeValue,
} from "./start-form-sections";

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

/** Province and city from a valid credit code (characters 3–8 name the registering region), when none is chosen yet. */
function useRegionFromCreditCode(creditCode: string, region: RegionValue, setRegion: (next: RegionValue) => void, provinces: Option[], cities: Option[]) {
  const credit = creditCode.trim() ? checkCreditCode(creditCode) : null;
  const division = credit?.valid ? credit.divisionCode : "";
  useEffect(() => {
    if (division && !region.provinceCode) {
      const p = division.slice(0, 2);
      if (provinces.some((x) => x.code === p)) setRegion({ ...region, provinceCode: p });
    }
  }, [division, region.provinceCode, provinces]);
  useEffect(() => {
    if (division && !region.cityCode && cities.some((c) => c.code === division.slice(0, 4))) setRegion({ ...region, cityCode: division.slice(0, 4) });
  }, [cities, division, region.cityCode]);
}

type Created = ApiResult<{ id?: string; enterpriseId?: string; resumeToken?: string; resumePath?: string }>;

/** Where the browser goes once the firm (or the consultant's client) is saved; false when it stays. */
function follow(r: Created, props: StartFormProps): boolean {
  if (!r.ok) return false;
  const data = r.data;
  if (props.client && data.enterpriseId) {
    window.location.assign(`/consultant/${props.client.tenant}/clients/${data.enterpriseId}`);
    return true;
  }
  if (!data.id || !data.resumeToken || !data.resumePath) return false;
  if (props.embed) {
    // The host keeps the token (our storage may be partitioned or blocked inside its page).
    postToHost(props.embed, { type: "shuzhen:step", detail: { assessmentId: data.id, step: "start", index: 0, total: 0, resumeToken: data.resumeToken } });
    window.location.assign(`${embedPath(props.embed, `/a/${data.id}`)}#k=${data.resumeToken}`);
    return true;
  }
  saveToken(data.id, data.resumeToken);
  window.location.assign(inCurrentPortal(data.resumePath));
  return true;
}

/** The server's field issues in our own wording, in the page's language (its message for anything else). */
function errorsOf(r: Created, messages: Record<string, string>): Errors {
  const next: Errors = {};
  for (const issue of r.ok ? [] : r.error.issues) {
    const key = issue.field.replace(/^enterprise\./, "");
    next[key] ??= messages[`assess.err.${key}`] ?? issue.message;
  }
  return next;
}

/** What the form knows when it is sent: the firm's fields and, for a consultant, the contact. */
interface Draft {
  name: string;
  creditCode: string;
  industry: IndustryValue;
  region: RegionValue;
  size: SizeValue;
  facts: ReturnType<typeof sizeFacts>;
  segments: string[];
  contact: ContactValue;
  templateChoice: TemplateId | "";
  /** The portal asked for; undefined lets the server file it under the portal serving the firm's city. */
  tenant: string | undefined;
}

/** Saves the consultant's client, or starts the assessment. */
function send(props: StartFormProps, { name, creditCode, industry, region, size, facts, segments, contact, templateChoice, tenant }: Draft): Promise<Created> {
  const enterprise: EnterpriseDraft = {
    name,
    creditCode: creditCode.trim() || undefined,
    industryCode: industry.industryCode,
    industrySubCode: industry.industrySubCode || undefined,
    industrySegment:
      industry.industrySegment && industry.industrySegment !== "none" && segments.includes(industry.industrySegment) ? industry.industrySegment : undefined,
    provinceCode: region.provinceCode,
    cityCode: region.cityCode,
    districtCode: region.districtCode || undefined,
    employees: numberOrUndefined(size.employees),
    revenueWan: numberOrUndefined(size.revenue),
    assetsWan: facts.needsAssets ? numberOrUndefined(size.assets) : undefined,
    aboveScaleDeclared: facts.needsDeclaration && size.declared ? size.declared === "yes" : undefined,
  };
  return props.client
    ? createClient(
        props.client.tenant,
        {
          enterprise,
          contactName: contact.contactName.trim() || undefined,
          contactEmail: contact.contactEmail.trim() || undefined,
          note: contact.note.trim() || undefined,
        },
        props.locale,
      )
    : createAssessment({
        enterprise,
        template: templateChoice || undefined,
        tenant: props.embed?.tenant ?? tenant,
        language: props.locale,
        ...(props.embed?.origin ? { embedOrigin: props.embed.origin } : {}),
      });
}

/** Sending the form: busy while it goes, then either the browser follows or the server's field issues are shown (focus on the first). */
function useSubmission(props: StartFormProps, t: ClientT, draft: () => Draft) {
  const [errors, setErrors] = useState<Errors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setSummary(null);
    const r = await send(props, draft());
    if (follow(r, props)) return;
    setBusy(false);
    if (!r.ok && r.status === 0) return setSummary(t("assess.errors.network"));
    const next = errorsOf(r, props.messages);
    setErrors(next);
    setSummary(r.ok ? t("assess.errors.network") : r.error.message);
    const first = FIELD_ORDER.find((f) => next[f]);
    if (first) document.getElementById(`f-${first}`)?.focus();
  }

  return { errors, summary, busy, submit };
}

function PortalNote({ cityPortal, filedUnder, cityName, t }: { cityPortal?: { name: string }; filedUnder: { name: string }; cityName: string; t: ClientT }) {
  return (
    <p className="rounded-md bg-surface p-3 text-sm" data-testid="portal-note" aria-live="polite">
      {cityPortal ? t("assess.portal.follows", { city: cityName, portal: cityPortal.name }) : t("assess.portal.chosen", { portal: filedUnder.name })}
    </p>
  );
}

export function StartForm(props: StartFormProps) {
  const t = clientTranslator(props.messages);
  const [name, setName] = useState(props.prefill?.name ?? "");
  const [creditCode, setCreditCode] = useState(props.prefill?.creditCode ?? "");
  const [industry, setIndustry] = useState<IndustryValue>({ industryCode: props.prefill?.industryCode ?? "", industrySubCode: "", industrySegment: "" });
  const [region, setRegion] = useState<RegionValue>({
    provinceCode: props.prefill?.provinceCode ?? "",
    cityCode: props.prefill?.cityCode ?? "",
    districtCode: props.prefill?.districtCode ?? "",
  });
  const [size, setSize] = useState<SizeValue>({ employees: "", revenue: "", assets: "", declared: "" });
  const [templateChoice, setTemplateChoice] = useState<TemplateId | "">("");
  const [tenant, setTenant] = useState(props.tenant);
  // On the main site the portal follows the firm's city until the firm picks one itself.
  const [tenantChosen, setTenantChosen] = useState(false);
  const [contact, setContact] = useState<ContactValue>({ contactName: "", contactEmail: "", note: "" });
  const { cities, districts } = useDivisions(region.provinceCode, region.cityCode, props.locale);
  useRegionFromCreditCode(creditCode, region, setRegion, props.provinces, cities);

  const { industryCode, industrySubCode } = industry;
  const cityName = cities.find((c) => c.code === region.cityCode)?.name ?? "";
  const segments = props.segmentsByCity[region.cityCode] ?? [];
  const platform = props.tenants.find((x) => x.kind === "platform");
  const followsCity = !props.embed && !props.client && !tenantChosen && props.tenants.length > 1 && tenant === platform?.slug;
  const cityPortal = followsCity && region.cityCode ? props.tenants.find((x) => x.kind === "city" && x.cityCode === region.cityCode) : undefined;
  const filedUnder = cityPortal ?? props.tenants.find((x) => x.slug === tenant);
  const facts = sizeFacts(industryCode, industrySubCode, size, t);
  const template: TemplateId | null = templateChoice || (industryCode ? templateForIndustry(industryCode) : null);
  // Unchosen on the main site: the server files it under the portal serving the firm's city.
  const asked = followsCity ? undefined : tenant || undefined;
  const { errors, summary, busy, submit } = useSubmission(props, t, () => ({
    name,
    creditCode,
    industry,
    region,
    size,
    facts,
    segments,
    contact,
    templateChoice,
    tenant: asked,
  }));
  const h = fieldHelpers(errors);

  return (
    <form onSubmit={submit} noValidate className="space-y-8" data-testid="start-form">
      <ErrorSummary summary={summary} errors={errors} order={FIELD_ORDER} t={t} />

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("assess.start.firm")}</legend>
        <NameField value={name} onChange={setName} h={h} t={t} />
        <CreditCodeField value={creditCode} onChange={setCreditCode} hint={creditHint(creditCode, t)} invalid={!!errors.creditCode} h={h} t={t} />
        <RegionSelects value={region} onChange={setRegion} provinces={props.provinces} cities={cities} districts={districts} h={h} t={t} />
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
          locale={props.locale}
          field={h.field}
          error={h.error}
          inputClass={inputClass}
          labelClass={labelClass}
        />
        {filedUnder && !props.embed && !props.client && props.tenants.length > 1 ? (
          <PortalNote cityPortal={cityPortal} filedUnder={filedUnder} cityName={cityName} t={t} />
        ) : null}
      </fieldset>

      <SizeFieldset value={size} onChange={setSize} needsAssets={facts.needsAssets} needsDeclaration={facts.needsDeclaration} facts={facts} h={h} t={t} />

      {props.client ? (
        <ContactFieldset value={contact} onChange={setContact} h={h} t={t} />
      ) : (
        <SettingsFieldset
          template={template}
          templates={props.templates}
          onTemplate={setTemplateChoice}
          templateDisabled={!industryCode}
          tenants={props.tenants}
          tenant={filedUnder?.slug ?? tenant}
          onTenant={(slug) => {
            setTenant(slug);
            setTenantChosen(true);
          }}
          tenantHidden={!!props.embed || props.tenants.length === 1}
          h={h}
          t={t}
        />
      )}

      <button
        type="submit"
        disabled={busy}
        className="w-full rounded-lg bg-brand px-6 py-3 text-base font-semibold text-white hover:bg-brand-strong disabled:opacity-60 sm:w-auto"
      >
        {busy ? t("assess.start.submitting") : props.client ? t("ws.client.save") : t("assess.start.submit")}
      </button>
    </form>
  );
}
