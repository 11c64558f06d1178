"use client";

import { useState } from "react";
import { clientTranslator } from "@/lib/i18n/format";
import { FIELD_TYPES, type FieldDefinition, type FieldType, type FormDefinition } from "@/lib/projects/forms";
import { api, type ApiError } from "../client/http";
import { buttonClass, inputClass, labelClass, secondaryButtonClass } from "../ui/field";
import { Done, ErrorNotice } from "../ui/notice";
import { FormField } from "./form-fields";

interface EditorForm {
  key: string;
  version: number;
  definition: FormDefinition;
}

const SLOTS = ["contract", "invoice", "delivery", "other"] as const;
const small = "mt-1 block w-full rounded-md border border-slate-400 px-2 py-1 text-sm";

/**
 * The visual editor of the project forms (表单模版): fields with their type, labels, help, whether
 * required, choices and limits, in order; a preview drawn by the same component that draws the form
 * for firms. Saving adds a version; the server validates the definition with the same schema.
 */
export function FormEditor({
  tenant,
  forms,
  locale,
  messages,
}: {
  tenant: string;
  forms: EditorForm[];
  locale: "zh-CN" | "en";
  messages: Record<string, string>;
}) {
  const t = clientTranslator(messages);
  const [current, setCurrent] = useState(forms[0]?.key ?? "");
  const [drafts, setDrafts] = useState<Record<string, EditorForm>>(Object.fromEntries(forms.map((f) => [f.key, structuredClone(f)])));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const form = drafts[current];
  if (!form) return null;
  const def = form.definition;
  const set = (next: FormDefinition) => setDrafts((d) => ({ ...d, [current]: { ...form, definition: next } }));
  const setField = (i: number, patch: Partial<FieldDefinition>) => set({ ...def, fields: def.fields.map((f, n) => (n === i ? { ...f, ...patch } : f)) });
  const move = (i: number, by: -1 | 1) => {
    const fields = [...def.fields];
    const [f] = fields.splice(i, 1);
    fields.splice(i + by, 0, f!);
    set({ ...def, fields });
  };
  const issue = (path: string) => error?.issues.find((x) => x.field === path || x.field.startsWith(`${path}.`))?.message;

  async function save() {
    setBusy(true);
    setSaved(null);
    const r = await api<EditorForm>("PUT", `/api/tenants/${tenant}/form-templates/${current}`, def);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    setSaved(r.data.version);
    setDrafts((d) => ({ ...d, [current]: r.data }));
  }

  return (
    <div className="space-y-6" data-testid="form-editor">
      <div className="flex flex-wrap gap-2" role="tablist" aria-label={t("proj.editor.forms")}>
        {forms.map((f) => (
          <button
            key={f.key}
            type="button"
            role="tab"
            aria-selected={f.key === current}
            className={`rounded-full border px-3 py-1 text-sm ${f.key === current ? "border-brand bg-brand text-white" : "border-slate-300"}`}
            onClick={() => {
              setCurrent(f.key);
              setError(null);
              setSaved(null);
            }}
          >
            {drafts[f.key]?.definition.title[locale] ?? drafts[f.key]?.definition.title["zh-CN"]}
          </button>
        ))}
      </div>
      <p className="text-sm text-muted">{form.version === 0 ? t("proj.editor.builtIn") : t("proj.editor.version", { version: form.version })}</p>

      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="fe-title-zh" className={labelClass}>
            {t("proj.editor.titleZh")}
          </label>
          <input
            id="fe-title-zh"
            className={inputClass}
            value={def.title["zh-CN"]}
            onChange={(e) => set({ ...def, title: { ...def.title, "zh-CN": e.target.value } })}
          />
        </div>
        <div>
          <label htmlFor="fe-title-en" className={labelClass}>
            {t("proj.editor.titleEn")}
          </label>
          <input
            id="fe-title-en"
            className={inputClass}
            value={def.title.en ?? ""}
            onChange={(e) => set({ ...def, title: { ...def.title, en: e.target.value || undefined } })}
          />
        </div>
      </div>

      <ol className="space-y-4">
        {def.fields.map((f, i) => (
          <li key={i} className="space-y-3 rounded-md border border-slate-200 p-3" data-testid="editor-field">
            <div className="grid gap-3 sm:grid-cols-4">
              <div>
                <label htmlFor={`fe-${i}-key`} className={labelClass}>
                  {t("proj.editor.key")}
                </label>
                <input
                  id={`fe-${i}-key`}
                  className={small}
                  value={f.key}
                  onChange={(e) => setField(i, { key: e.target.value })}
                  aria-invalid={issue(`fields.${i}.key`) ? true : undefined}
                />
              </div>
              <div>
                <label htmlFor={`fe-${i}-type`} className={labelClass}>
                  {t("proj.editor.type")}
                </label>
                <select id={`fe-${i}-type`} className={small} value={f.type} onChange={(e) => setField(i, { type: e.target.value as FieldType })}>
                  {FIELD_TYPES.map((ty) => (
                    <option key={ty} value={ty}>
                      {t(`proj.editor.type.${ty}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor={`fe-${i}-zh`} className={labelClass}>
                  {t("proj.editor.labelZh")}
                </label>
                <input
                  id={`fe-${i}-zh`}
                  className={small}
                  value={f.label["zh-CN"]}
                  onChange={(e) => setField(i, { label: { ...f.label, "zh-CN": e.target.value } })}
                />
              </div>
              <div>
                <label htmlFor={`fe-${i}-en`} className={labelClass}>
                  {t("proj.editor.labelEn")}
                </label>
                <input
                  id={`fe-${i}-en`}
                  className={small}
                  value={f.label.en ?? ""}
                  onChange={(e) => setField(i, { label: { ...f.label, en: e.target.value || undefined } })}
                />
              </div>
            </div>
            <div>
              <label htmlFor={`fe-${i}-help`} className={labelClass}>
                {t("proj.editor.help")}
              </label>
              <input
                id={`fe-${i}-help`}
                className={small}
                value={f.help?.["zh-CN"] ?? ""}
                onChange={(e) => setField(i, { help: e.target.value ? { ...f.help, "zh-CN": e.target.value } : undefined })}
              />
            </div>
            <div className="flex flex-wrap items-end gap-4">
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" className="h-5 w-5" checked={f.required} onChange={(e) => setField(i, { required: e.target.checked })} />
                {t("proj.editor.required")}
              </label>
              {f.type === "number" || f.type === "money" ? (
                <>
                  <NumberBox id={`fe-${i}-min`} label={t("proj.editor.min")} value={f.min} onChange={(v) => setField(i, { min: v })} />
                  <NumberBox id={`fe-${i}-max`} label={t("proj.editor.max")} value={f.max} onChange={(v) => setField(i, { max: v })} />
                </>
              ) : null}
              {f.type === "text" || f.type === "textarea" ? (
                <NumberBox id={`fe-${i}-len`} label={t("proj.editor.maxLength")} value={f.maxLength} onChange={(v) => setField(i, { maxLength: v })} />
              ) : null}
              {f.type === "file" ? (
                <div>
                  <label htmlFor={`fe-${i}-slot`} className={labelClass}>
                    {t("proj.documents.slot")}
                  </label>
                  <select
                    id={`fe-${i}-slot`}
                    className={small}
                    value={f.slot ?? ""}
                    onChange={(e) => setField(i, { slot: (e.target.value || undefined) as FieldDefinition["slot"] })}
                  >
                    <option value="">—</option>
                    {SLOTS.map((s) => (
                      <option key={s} value={s}>
                        {t(`proj.slot.${s}`)}
                      </option>
                    ))}
                  </select>
                </div>
              ) : null}
            </div>
            {f.type === "select" || f.type === "multiselect" ? (
              <fieldset className="space-y-2">
                <legend className={labelClass}>{t("proj.editor.options")}</legend>
                {(f.options ?? []).map((o, n) => (
                  <div key={n} className="grid grid-cols-[1fr_2fr_2fr_auto] gap-2">
                    <input
                      aria-label={t("proj.editor.optionValue")}
                      className={small}
                      value={o.value}
                      onChange={(e) => setField(i, { options: f.options!.map((x, m) => (m === n ? { ...x, value: e.target.value } : x)) })}
                    />
                    <input
                      aria-label={t("proj.editor.labelZh")}
                      className={small}
                      value={o.label["zh-CN"]}
                      onChange={(e) =>
                        setField(i, { options: f.options!.map((x, m) => (m === n ? { ...x, label: { ...x.label, "zh-CN": e.target.value } } : x)) })
                      }
                    />
                    <input
                      aria-label={t("proj.editor.labelEn")}
                      className={small}
                      value={o.label.en ?? ""}
                      onChange={(e) =>
                        setField(i, { options: f.options!.map((x, m) => (m === n ? { ...x, label: { ...x.label, en: e.target.value || undefined } } : x)) })
                      }
                    />
                    <button
                      type="button"
                      className="text-sm text-red-800 underline"
                      onClick={() => setField(i, { options: f.options!.filter((_, m) => m !== n) })}
                    >
                      {t("proj.form.remove")}
                    </button>
                  </div>
                ))}
                <button
                  type="button"
                  className="text-sm text-brand underline"
                  onClick={() => setField(i, { options: [...(f.options ?? []), { value: `option_${(f.options?.length ?? 0) + 1}`, label: { "zh-CN": "" } }] })}
                >
                  {t("proj.editor.addOption")}
                </button>
              </fieldset>
            ) : null}
            {issue(`fields.${i}`) ? <p className="text-sm text-red-800">{issue(`fields.${i}`)}</p> : null}
            <div className="flex gap-3 text-sm">
              <button type="button" className="underline disabled:opacity-40" disabled={i === 0} onClick={() => move(i, -1)}>
                {t("proj.editor.up")}
              </button>
              <button type="button" className="underline disabled:opacity-40" disabled={i === def.fields.length - 1} onClick={() => move(i, 1)}>
                {t("proj.editor.down")}
              </button>
              <button type="button" className="text-red-800 underline" onClick={() => set({ ...def, fields: def.fields.filter((_, n) => n !== i) })}>
                {t("proj.form.remove")}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className={secondaryButtonClass}
        onClick={() =>
          set({ ...def, fields: [...def.fields, { key: `field_${def.fields.length + 1}`, type: "text", label: { "zh-CN": "" }, required: false }] })
        }
        data-testid="add-field"
      >
        {t("proj.editor.addField")}
      </button>

      <section aria-labelledby="fe-preview" className="rounded-md border border-dashed border-slate-300 p-4">
        <h3 id="fe-preview" className="font-semibold">
          {t("proj.editor.preview")}
        </h3>
        <div className="mt-3 space-y-3">
          {def.fields.map((f, i) => (
            <FormField
              key={i}
              field={f}
              value={undefined}
              onChange={() => undefined}
              locale={locale}
              idPrefix={`preview-${i}`}
              disabled
              fileNote={t(`proj.slot.${f.slot ?? "other"}`)}
            />
          ))}
        </div>
      </section>

      <ErrorNotice error={error} />
      {saved !== null ? <Done>{t("proj.editor.saved", { version: saved })}</Done> : null}
      <button type="button" className={buttonClass} disabled={busy} onClick={() => void save()} data-testid="save-template">
        {t("proj.editor.save")}
      </button>
    </div>
  );
}

function NumberBox({ id, label, value, onChange }: { id: string; label: string; value: number | undefined; onChange: (v: number | undefined) => void }) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        id={id}
        className={small}
        inputMode="decimal"
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value === "" || Number.isNaN(Number(e.target.value)) ? undefined : Number(e.target.value))}
      />
    </div>
  );
}
