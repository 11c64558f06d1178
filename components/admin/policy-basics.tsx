"use client";

import type { ClientT } from "@/lib/i18n/format";
import { TextArea, TextInput } from "./form-parts";
import type { PolicyFormState } from "./policy-form-state";

type Text = "id" | "title" | "titleEn" | "issuer" | "docNo" | "issuedOn" | "sources";

/** The policy's identity: id, title, issuer, 文号, date and where it is published. */
export function PolicyBasics({ form, set, t, idLocked }: { form: PolicyFormState; set: (key: Text, v: string) => void; t: ClientT; idLocked: boolean }) {
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 font-semibold">{t("ws.pf.basics")}</legend>
      <div className="grid gap-3 md:grid-cols-2">
        <TextInput label={t("ws.pf.title")} slot="title" value={form.title} onChange={(v) => set("title", v)} />
        <TextInput label={t("ws.pf.titleEn")} slot="titleEn" value={form.titleEn} onChange={(v) => set("titleEn", v)} />
        <TextInput label={t("ws.pf.issuer")} slot="issuer" value={form.issuer} onChange={(v) => set("issuer", v)} />
        <TextInput label={t("ws.pf.docNo")} slot="docNo" value={form.docNo} onChange={(v) => set("docNo", v)} />
        <TextInput label={t("ws.pf.issuedOn")} slot="issuedOn" type="date" value={form.issuedOn} onChange={(v) => set("issuedOn", v)} />
        {idLocked ? (
          <p className="text-sm">
            {t("ws.pf.id")} <code>{form.id}</code>
          </p>
        ) : (
          <TextInput label={t("ws.pf.id")} hint={t("ws.pf.idHint")} slot="id" value={form.id} onChange={(v) => set("id", v)} />
        )}
      </div>
      <TextArea label={t("ws.pf.sources")} hint={t("ws.pf.onePerLine")} slot="sources" value={form.sources} onChange={(v) => set("sources", v)} rows={2} />
    </fieldset>
  );
}
