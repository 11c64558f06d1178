"use client";

import type { ReactNode } from "react";
import type { ClientT } from "@/lib/i18n/format";
import type { TemplateId } from "@/scoring/template-ids";

/** The fieldsets of the start form; each takes its values, setters and the form's field helpers. */

export interface Option {
  code: string;
  name: string;
}

export type Errors = Partial<Record<string, string>>;

export const inputClass = "mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base focus:border-brand aria-[invalid=true]:border-red-600";
export const labelClass = "block text-sm font-medium text-ink";

/** Ids, invalid state and error text of a field, by name (`f-<name>`, its error `e-<name>`). */
export interface FieldHelpers {
  field: (id: string) => { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };
  error: (id: string) => ReactNode;
}

export function fieldHelpers(errors: Errors): FieldHelpers {
  return {
    field: (id) => ({ id: `f-${id}`, "aria-invalid": errors[id] ? true : undefined, "aria-describedby": errors[id] ? `e-${id}` : undefined }),
    error: (id) =>
      errors[id] ? (
        <p id={`e-${id}`} className="mt-1 text-sm text-red-700">
          {errors[id]}
        </p>
      ) : null,
  };
}

/** Everything the server refused, each linked to its field. */
export function ErrorSummary({ summary, errors, order, t }: { summary: string | null; errors: Errors; order: string[]; t: ClientT }) {
  if (!summary) return null;
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-800">
      <p className="font-semibold">{t("assess.errors.title")}</p>
      <ul className="mt-2 list-disc pl-5">
        {Object.keys(errors).length === 0 ? <li>{summary}</li> : null}
        {order
          .filter((f) => errors[f])
          .map((f) => (
            <li key={f}>
              <a href={`#f-${f}`} className="underline">
                {errors[f]}
              </a>
            </li>
          ))}
      </ul>
    </div>
  );
}

function Select({
  name,
  label,
  value,
  options,
  onChange,
  disabled,
  autoComplete,
  h,
  t,
}: {
  name: string;
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  disabled?: boolean;
  autoComplete: string;
  h: FieldHelpers;
  t: ClientT;
}) {
  return (
    <div>
      <label htmlFor={`f-${name}`} className={labelClass}>
        {label}
      </label>
      <select
        {...h.field(name)}
        className={inputClass}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        autoComplete={autoComplete}
      >
        <option value="">{t("assess.field.choose")}</option>
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.name}
          </option>
        ))}
      </select>
      {h.error(name)}
    </div>
  );
}

export interface RegionValue {
  provinceCode: string;
  cityCode: string;
  districtCode: string;
}

/** Province, city and district; choosing a higher one clears those below. */
export function RegionSelects({
  value,
  onChange,
  provinces,
  cities,
  districts,
  h,
  t,
}: {
  value: RegionValue;
  onChange: (next: RegionValue) => void;
  provinces: Option[];
  cities: Option[];
  districts: Option[];
  h: FieldHelpers;
  t: ClientT;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <Select
        name="provinceCode"
        label={t("assess.field.province")}
        value={value.provinceCode}
        options={provinces}
        onChange={(provinceCode) => onChange({ provinceCode, cityCode: "", districtCode: "" })}
        autoComplete="address-level1"
        h={h}
        t={t}
      />
      <Select
        name="cityCode"
        label={t("assess.field.city")}
        value={value.cityCode}
        options={cities}
        onChange={(cityCode) => onChange({ ...value, cityCode, districtCode: "" })}
        disabled={cities.length === 0}
        autoComplete="address-level2"
        h={h}
        t={t}
      />
      <Select
        name="districtCode"
        label={t("assess.field.district")}
        value={value.districtCode}
        options={districts}
        onChange={(districtCode) => onChange({ ...value, districtCode })}
        disabled={districts.length === 0}
        autoComplete="address-level3"
        h={h}
        t={t}
      />
    </div>
  );
}

export function NameField({ value, onChange, h, t }: { value: string; onChange: (v: string) => void; h: FieldHelpers; t: ClientT }) {
  return (
    <div>
      <label htmlFor="f-name" className={labelClass}>
        {t("assess.field.name")}
      </label>
      <input
        {...h.field("name")}
        className={inputClass}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="organization"
        required
        maxLength={100}
      />
      {h.error("name")}
    </div>
  );
}

/** The unified social credit code, checked as it is typed. */
export function CreditCodeField({
  value,
  onChange,
  hint,
  invalid,
  h,
  t,
}: {
  value: string;
  onChange: (v: string) => void;
  hint: string;
  invalid: boolean;
  h: FieldHelpers;
  t: ClientT;
}) {
  return (
    <div>
      <label htmlFor="f-creditCode" className={labelClass}>
        {t("assess.field.creditCode")}
      </label>
      <input
        {...h.field("creditCode")}
        aria-describedby={`h-creditCode${invalid ? " e-creditCode" : ""}`}
        className={`${inputClass} font-mono uppercase`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        maxLength={22}
        autoCapitalize="characters"
        spellCheck={false}
      />
      <p id="h-creditCode" className="mt-1 text-sm text-muted" aria-live="polite">
        {hint}
      </p>
      {h.error("creditCode")}
    </div>
  );
}

export interface SizeValue {
  employees: string;
  revenue: string;
  assets: string;
  declared: "" | "yes" | "no";
}

/** Employees, revenue, assets when the size rule needs them, a declaration when the figures cannot tell. */
export function SizeFieldset({
  value,
  onChange,
  needsAssets,
  needsDeclaration,
  facts,
  h,
  t,
}: {
  value: SizeValue;
  onChange: (next: SizeValue) => void;
  needsAssets: boolean;
  needsDeclaration: boolean;
  facts: { sizeText: string | null; aboveText: string | null };
  h: FieldHelpers;
  t: ClientT;
}) {
  const set = (patch: Partial<SizeValue>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold">{t("assess.start.size")}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="f-employees" className={labelClass}>
            {t("assess.field.employees")}
          </label>
          <input
            {...h.field("employees")}
            className={inputClass}
            inputMode="numeric"
            value={value.employees}
            onChange={(e) => set({ employees: e.target.value })}
          />
          {h.error("employees")}
        </div>
        <div>
          <label htmlFor="f-revenueWan" className={labelClass}>
            {t("assess.field.revenue")}
          </label>
          <input
            {...h.field("revenueWan")}
            className={inputClass}
            inputMode="decimal"
            value={value.revenue}
            onChange={(e) => set({ revenue: e.target.value })}
          />
          {h.error("revenueWan")}
        </div>
        {needsAssets ? (
          <div>
            <label htmlFor="f-assetsWan" className={labelClass}>
              {t("assess.field.assets")}
            </label>
            <input
              {...h.field("assetsWan")}
              aria-describedby="h-assets"
              className={inputClass}
              inputMode="decimal"
              value={value.assets}
              onChange={(e) => set({ assets: e.target.value })}
            />
            <p id="h-assets" className="mt-1 text-sm text-muted">
              {t("assess.field.assets.hint")}
            </p>
            {h.error("assetsWan")}
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
                <input type="radio" name="aboveScale" value={v} checked={value.declared === v} onChange={() => set({ declared: v })} className="h-5 w-5" />
                {t(`assess.field.aboveScale.${v}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="rounded-md bg-surface p-3 text-sm" aria-live="polite" data-testid="derived-facts">
        {facts.sizeText ? <p>{t("assess.derived.size", { size: facts.sizeText })}</p> : null}
        {facts.aboveText ? <p>{t("assess.derived.aboveScale", { value: facts.aboveText })}</p> : null}
      </div>
    </fieldset>
  );
}

export interface ContactValue {
  contactName: string;
  contactEmail: string;
  note: string;
}

/** A consultant's client firm: who to contact instead of the assessment's settings. */
export function ContactFieldset({ value, onChange, h, t }: { value: ContactValue; onChange: (next: ContactValue) => void; h: FieldHelpers; t: ClientT }) {
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold">{t("ws.client.contact")}</legend>
      {(["contactName", "contactEmail", "note"] as const).map((k) => (
        <div key={k}>
          <label htmlFor={`f-${k}`} className={labelClass}>
            {t(`ws.client.${k}`)}
          </label>
          <input
            {...h.field(k)}
            className={inputClass}
            type={k === "contactEmail" ? "email" : "text"}
            autoComplete={k === "contactEmail" ? "email" : k === "contactName" ? "name" : "off"}
            value={value[k]}
            onChange={(e) => onChange({ ...value, [k]: e.target.value })}
          />
          {h.error(k)}
        </div>
      ))}
      <p className="text-sm text-muted">{t("ws.client.contactHint")}</p>
    </fieldset>
  );
}

/** The template (derived from the industry unless chosen) and the portal the assessment is filed under. */
export function SettingsFieldset(props: {
  template: TemplateId | null;
  templates: Record<TemplateId, { label: string; isReference: boolean }>;
  onTemplate: (id: TemplateId) => void;
  templateDisabled: boolean;
  tenants: { slug: string; name: string }[];
  tenant: string;
  onTenant: (slug: string) => void;
  tenantHidden: boolean;
  h: FieldHelpers;
  t: ClientT;
}) {
  const { h, t } = props;
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold">{t("assess.start.settings")}</legend>
      <div>
        <label htmlFor="f-template" className={labelClass}>
          {t("assess.field.template")}
        </label>
        <select
          {...h.field("template")}
          className={inputClass}
          value={props.template ?? ""}
          onChange={(e) => props.onTemplate(e.target.value as TemplateId)}
          disabled={props.templateDisabled}
        >
          {(Object.keys(props.templates) as TemplateId[]).map((id) => (
            <option key={id} value={id}>
              {props.templates[id].label}
              {props.templates[id].isReference ? ` · ${t("assess.reference")}` : ""}
            </option>
          ))}
        </select>
      </div>
      {/* Inside a portal (embedded, or its /t/<portal> pages) the portal is fixed. */}
      <div hidden={props.tenantHidden}>
        <label htmlFor="f-tenant" className={labelClass}>
          {t("assess.field.tenant")}
        </label>
        <select {...h.field("tenant")} className={inputClass} value={props.tenant} onChange={(e) => props.onTenant(e.target.value)}>
          {props.tenants.map((x) => (
            <option key={x.slug} value={x.slug}>
              {x.name}
            </option>
          ))}
        </select>
        {h.error("tenant")}
      </div>
    </fieldset>
  );
}
