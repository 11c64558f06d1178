"use client";

import { useState, type FormEvent } from "react";
import { clientTranslator } from "@/lib/i18n/format";
import { api, type ApiError } from "../client/http";
import { buttonClass, inputClass, labelClass } from "../ui/field";
import { Done, ErrorNotice } from "../ui/notice";

interface Brand {
  organisation: string;
  primaryColor: string;
  accentColor: string;
  logoUrl: string | null;
}

/** The consultant's own brand for the PDFs of their clients' reports. */
export function ConsultantBrandForm({ tenant, initial, messages }: { tenant: string; initial: Brand | null; messages: Record<string, string> }) {
  const t = clientTranslator(messages);
  const [brand, setBrand] = useState<Brand>(initial ?? { organisation: "", primaryColor: "#1d4ed8", accentColor: "#0f766e", logoUrl: null });
  const [saved, setSaved] = useState(initial !== null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const r = await api<{ brand: Brand }>("PUT", `/api/tenants/${tenant}/consultant-brand`, {
      organisation: brand.organisation,
      primaryColor: brand.primaryColor,
      accentColor: brand.accentColor,
    });
    if (!r.ok) return setError(r.error);
    setBrand(r.data.brand);
    setSaved(true);
    setDone(t("ws.saved"));
  }
  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const r = await api<{ logoFileId: string }>("POST", `/api/tenants/${tenant}/consultant-brand/logo`, new FormData(event.currentTarget));
    if (!r.ok) return setError(r.error);
    setBrand({ ...brand, logoUrl: `/api/tenants/${tenant}/consultant-brand/logo?v=${r.data.logoFileId.slice(0, 8)}` });
    setDone(t("ws.saved"));
  }

  return (
    <div className="space-y-6">
      <form onSubmit={(e) => void save(e)} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <label className={labelClass}>
          {t("ws.brand.organisation")}
          <input
            value={brand.organisation}
            onChange={(e) => setBrand({ ...brand, organisation: e.target.value })}
            required
            maxLength={80}
            className={inputClass}
          />
        </label>
        <div className="grid gap-4 sm:grid-cols-2">
          {(["primaryColor", "accentColor"] as const).map((k) => (
            <label key={k} className={labelClass}>
              {t(`ws.admin.brand.${k}`)}
              <span className="mt-1 flex items-center gap-2">
                <input
                  type="color"
                  value={brand[k]}
                  onChange={(e) => setBrand({ ...brand, [k]: e.target.value })}
                  className="h-10 w-12 rounded border border-slate-400"
                  aria-label={t(`ws.admin.brand.${k}`)}
                />
                <input value={brand[k]} onChange={(e) => setBrand({ ...brand, [k]: e.target.value })} className={inputClass} pattern="#[0-9a-fA-F]{6}" />
              </span>
            </label>
          ))}
        </div>
        <p className="text-xs text-muted">{t("ws.admin.brand.contrast")}</p>
        <button type="submit" className={buttonClass} data-testid="save-consultant-brand">
          {t("ws.save")}
        </button>
      </form>
      {saved ? (
        <form onSubmit={(e) => void upload(e)} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          {brand.logoUrl ? (
            <img src={brand.logoUrl} alt={t("ws.admin.logo.current")} className="h-12 w-auto" />
          ) : (
            <p className="text-sm text-muted">{t("ws.admin.logo.none")}</p>
          )}
          <label className={labelClass}>
            {t("ws.admin.logo.file")}
            <input type="file" name="file" accept="image/png,image/jpeg" required className="mt-1 block w-full text-sm" />
          </label>
          <p className="text-xs text-muted">{t("ws.admin.logo.limits")}</p>
          <button type="submit" className={buttonClass}>
            {t("ws.admin.logo.upload")}
          </button>
        </form>
      ) : null}
      <ErrorNotice error={error} />
      {done ? <Done>{done}</Done> : null}
    </div>
  );
}
