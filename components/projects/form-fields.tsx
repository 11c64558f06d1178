"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { clientTranslator } from "@/lib/i18n/format";
import type { FieldDefinition, FormDefinition } from "@/lib/projects/forms";
import { useHydrated } from "../client/hooks";
import { api, type ApiError } from "../client/http";
import { buttonClass, inputClass, labelClass } from "../ui/field";
import { Done, ErrorNotice } from "../ui/notice";

type Values = Record<string, unknown>;
const text = (l: { "zh-CN": string; en?: string }, locale: "zh-CN" | "en") => (locale === "en" ? (l.en ?? l["zh-CN"]) : l["zh-CN"]);

/**
 * One field of a form definition, as an accessible control. The same definitions validate the answer
 * on the server (lib/projects/forms.ts); here they only draw it. `preview` draws without an answer.
 */
export function FormField({
  field,
  value,
  onChange,
  locale,
  error,
  idPrefix,
  disabled,
  fileNote,
}: {
  field: FieldDefinition;
  value: unknown;
  onChange: (value: unknown) => void;
  locale: "zh-CN" | "en";
  error?: string;
  idPrefix: string;
  disabled?: boolean;
  fileNote?: string;
}) {
  const id = `${idPrefix}-${field.key}`;
  const describedBy = [field.help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const label = `${text(field.label, locale)}${field.required ? " *" : ""}`;
  const common = { id, disabled, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined, required: field.required && field.type !== "file" };
  let control;
  switch (field.type) {
    case "textarea":
      control = (
        <textarea
          {...common}
          className={inputClass}
          rows={4}
          maxLength={field.maxLength}
          value={String(value ?? "")}
          onChange={(e) => onChange(e.target.value)}
        />
      );
      break;
    case "number":
    case "money":
      control = <input {...common} className={inputClass} inputMode="decimal" value={String(value ?? "")} onChange={(e) => onChange(e.target.value)} />;
      break;
    case "date":
      control = <input {...common} type="date" className={inputClass} value={String(value ?? "")} onChange={(e) => onChange(e.target.value)} />;
      break;
    case "select":
      control = (
        <select {...common} className={inputClass} value={String(value ?? "")} onChange={(e) => onChange(e.target.value)}>
          <option value="">—</option>
          {field.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {text(o.label, locale)}
            </option>
          ))}
        </select>
      );
      break;
    case "multiselect": {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <fieldset aria-describedby={describedBy}>
          <legend className={labelClass}>{label}</legend>
          <div className="mt-1 space-y-1">
            {field.options?.map((o) => (
              <label key={o.value} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="h-5 w-5"
                  disabled={disabled}
                  checked={chosen.includes(o.value)}
                  onChange={(e) => onChange(e.target.checked ? [...chosen, o.value] : chosen.filter((c) => c !== o.value))}
                />
                {text(o.label, locale)}
              </label>
            ))}
          </div>
          <FieldNotes id={id} field={field} locale={locale} error={error} />
        </fieldset>
      );
    }
    case "checkbox":
      return (
        <div>
          <label className="flex items-center gap-2 text-sm font-medium">
            <input {...common} type="checkbox" className="h-5 w-5" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
            {label}
          </label>
          <FieldNotes id={id} field={field} locale={locale} error={error} />
        </div>
      );
    case "rating":
      return (
        <fieldset aria-describedby={describedBy}>
          <legend className={labelClass}>{label}</legend>
          <div className="mt-1 flex gap-3">
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className="flex items-center gap-1 text-sm">
                <input type="radio" name={id} className="h-5 w-5" disabled={disabled} checked={value === n} onChange={() => onChange(n)} />
                {n}
              </label>
            ))}
          </div>
          <FieldNotes id={id} field={field} locale={locale} error={error} />
        </fieldset>
      );
    case "file":
      control = (
        <p id={id} className="mt-1 text-sm text-muted">
          {fileNote}
        </p>
      );
      break;
    default:
      control = <input {...common} className={inputClass} maxLength={field.maxLength} value={String(value ?? "")} onChange={(e) => onChange(e.target.value)} />;
  }
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {control}
      <FieldNotes id={id} field={field} locale={locale} error={error} />
    </div>
  );
}

function FieldNotes({ id, field, locale, error }: { id: string; field: FieldDefinition; locale: "zh-CN" | "en"; error?: string }) {
  return (
    <>
      {field.help ? (
        <p id={`${id}-help`} className="mt-1 text-xs text-muted">
          {text(field.help, locale)}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** Typed answers to what the definition expects: numbers as numbers, empty answers left out. */
function toValues(def: FormDefinition, raw: Values): Values {
  const out: Values = {};
  for (const f of def.fields) {
    const v = raw[f.key];
    if (f.type === "file" || v === undefined || v === "" || (Array.isArray(v) && v.length === 0 && !f.required)) continue;
    if ((f.type === "number" || f.type === "money") && typeof v === "string") out[f.key] = /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v;
    else out[f.key] = v;
  }
  return out;
}

/**
 * A project's form in its own disclosure, answered and saved through the API (a 400 shows under each
 * field it names). The disclosure stays as the reader left it when the page refreshes after a save.
 */
export function ProjectForm({
  tenant,
  projectId,
  formKey,
  title,
  state,
  initiallyOpen,
  definition,
  initial,
  editable,
  locale,
  messages,
  files,
}: {
  tenant: string;
  projectId: string;
  formKey: string;
  title: string;
  /** Answered when, or not yet. */
  state: string;
  initiallyOpen: boolean;
  definition: FormDefinition;
  initial: Values | null;
  editable: boolean;
  locale: "zh-CN" | "en";
  messages: Record<string, string>;
  /** Uploaded file names per document slot. */
  files: Record<string, string[]>;
}) {
  const t = clientTranslator(messages);
  const router = useRouter();
  const [values, setValues] = useState<Values>(initial ?? {});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [open, setOpen] = useState(initiallyOpen);
  const hydrated = useHydrated();
  const fieldError = (key: string) => error?.issues.find((i) => i.field === `values.${key}`)?.message;
  async function save(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    const r = await api("PUT", `/api/tenants/${tenant}/projects/${projectId}/forms/${formKey}`, { values: toValues(definition, values) });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    setSaved(true);
    router.refresh();
  }
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} className="rounded-md border border-slate-200 p-3">
      <summary className="cursor-pointer font-medium">
        {title} · <span className="text-sm text-muted">{state}</span>
      </summary>
      <form className="mt-3 space-y-4" onSubmit={(e) => void save(e)} data-testid={`form-${formKey}`}>
        {definition.intro ? <p className="text-sm text-muted">{text(definition.intro, locale)}</p> : null}
        {definition.fields.map((f) => (
          <FormField
            key={f.key}
            field={f}
            value={values[f.key]}
            onChange={(v) => setValues((old) => ({ ...old, [f.key]: v }))}
            locale={locale}
            error={fieldError(f.key)}
            idPrefix={`f-${formKey}`}
            disabled={!editable}
            fileNote={(files[f.slot ?? ""] ?? []).join("；") || t("proj.forms.fileMissing", { slot: t(`proj.slot.${f.slot ?? "other"}`) })}
          />
        ))}
        {editable ? (
          <>
            <ErrorNotice error={error} />
            {saved ? <Done>{t("proj.forms.saved")}</Done> : null}
            <button type="submit" className={buttonClass} disabled={busy || !hydrated} data-testid={`save-form-${formKey}`}>
              {t("proj.forms.save")}
            </button>
          </>
        ) : null}
      </form>
    </details>
  );
}
