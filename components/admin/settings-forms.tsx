"use client";

import { useState, type FormEvent } from "react";
import { clientTranslator, type ClientT } from "@/lib/i18n/format";
import { api, type ApiError } from "../client/http";
import { buttonClass, inputClass, labelClass } from "../ui/field";
import { Done, ErrorNotice } from "../ui/notice";

interface Props {
  tenant: string;
  messages: Record<string, string>;
  branding: { displayNameZh: string; displayNameEn: string; primaryColor: string; accentColor: string };
  logoUrl: string | null;
  origins: string[];
}

function useSubmit() {
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  async function run(call: () => Promise<{ ok: boolean; error?: ApiError }>) {
    setBusy(true);
    setDone(false);
    setError(null);
    const r = await call();
    setBusy(false);
    if (r.ok) setDone(true);
    else setError(r.error ?? null);
    return r.ok;
  }
  return { error, done, busy, run };
}

/** Branding (name, colours, logo) and the sites allowed to embed the portal. */
export function SettingsForms({ tenant, messages, branding, logoUrl, origins }: Props) {
  const t = clientTranslator(messages);
  const brand = useSubmit();
  const logo = useSubmit();
  const embed = useSubmit();
  const [colors, setColors] = useState({ primaryColor: branding.primaryColor, accentColor: branding.accentColor });
  const [logoSrc, setLogoSrc] = useState(logoUrl);

  function saveBranding(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    void brand.run(() =>
      api("PUT", `/api/tenants/${tenant}/branding`, {
        displayNameZh: String(f.get("displayNameZh") ?? ""),
        displayNameEn: String(f.get("displayNameEn") ?? "") || undefined,
        primaryColor: colors.primaryColor,
        accentColor: colors.accentColor,
      }),
    );
  }
  function saveLogo(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void logo.run(async () => {
      const r = await api<{ logoFileId: string }>("POST", `/api/tenants/${tenant}/logo`, form);
      if (r.ok) setLogoSrc(`/api/tenants/${tenant}/logo?v=${r.data.logoFileId.slice(0, 8)}`);
      return r.ok ? { ok: true } : { ok: false, error: r.error };
    });
  }
  function saveOrigins(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const lines = String(new FormData(event.currentTarget).get("origins") ?? "")
      .split(/\s+/)
      .map((x) => x.trim())
      .filter(Boolean);
    void embed.run(() => api("PUT", `/api/tenants/${tenant}/embed-origins`, { origins: lines }));
  }

  return (
    <div className="space-y-8">
      <BrandingForm t={t} branding={branding} colors={colors} onColors={setColors} status={brand} onSubmit={saveBranding} />

      <LogoForm t={t} logoSrc={logoSrc} status={logo} onSubmit={saveLogo} />

      <OriginsForm t={t} origins={origins} status={embed} onSubmit={saveOrigins} />
    </div>
  );
}

/** Where a form's save stands: running, refused (with the API's error) or done. */
interface Status {
  error: ApiError | null;
  done: boolean;
  busy: boolean;
}

type Colors = { primaryColor: string; accentColor: string };
type Submit = (event: FormEvent<HTMLFormElement>) => void;

function BrandingForm({
  t,
  branding,
  colors,
  onColors,
  status,
  onSubmit,
}: {
  t: ClientT;
  branding: Props["branding"];
  colors: Colors;
  onColors: (next: Colors) => void;
  status: Status;
  onSubmit: Submit;
}) {
  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6" aria-labelledby="brand-title">
      <h2 id="brand-title" className="text-lg font-semibold">
        {t("ws.admin.brand.title")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <label className={labelClass}>
          {t("ws.admin.brand.nameZh")}
          <input name="displayNameZh" defaultValue={branding.displayNameZh} required maxLength={60} className={inputClass} />
        </label>
        <label className={labelClass}>
          {t("ws.admin.brand.nameEn")}
          <input name="displayNameEn" defaultValue={branding.displayNameEn} maxLength={80} className={inputClass} />
        </label>
        {(["primaryColor", "accentColor"] as const).map((k) => (
          <label key={k} className={labelClass}>
            {t(`ws.admin.brand.${k}`)}
            <span className="mt-1 flex items-center gap-2">
              <input
                type="color"
                value={colors[k]}
                onChange={(e) => onColors({ ...colors, [k]: e.target.value })}
                className="h-10 w-12 rounded border border-slate-400"
                aria-label={t(`ws.admin.brand.${k}`)}
              />
              <input
                value={colors[k]}
                onChange={(e) => onColors({ ...colors, [k]: e.target.value })}
                className={inputClass}
                name={k}
                pattern="#[0-9a-fA-F]{6}"
              />
            </span>
          </label>
        ))}
      </div>
      <p className="text-sm">
        <span className="inline-block rounded px-3 py-1 font-semibold text-white" style={{ background: colors.primaryColor }}>
          {t("ws.admin.brand.preview")}
        </span>{" "}
        <span className="inline-block rounded px-3 py-1 font-semibold text-white" style={{ background: colors.accentColor }}>
          {t("ws.admin.brand.preview")}
        </span>
      </p>
      <p className="text-xs text-muted">{t("ws.admin.brand.contrast")}</p>
      <button type="submit" className={buttonClass} disabled={status.busy} data-testid="save-branding">
        {t("ws.save")}
      </button>
      <ErrorNotice error={status.error} />
      {status.done ? <Done testId="branding-saved">{t("ws.saved")}</Done> : null}
    </form>
  );
}

function LogoForm({ t, logoSrc, status, onSubmit }: { t: ClientT; logoSrc: string | null; status: Status; onSubmit: Submit }) {
  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6" aria-labelledby="logo-title">
      <h2 id="logo-title" className="text-lg font-semibold">
        {t("ws.admin.logo.title")}
      </h2>
      {logoSrc ? (
        <img src={logoSrc} alt={t("ws.admin.logo.current")} className="h-12 w-auto" data-testid="logo-preview" />
      ) : (
        <p className="text-sm text-muted">{t("ws.admin.logo.none")}</p>
      )}
      <label className={labelClass}>
        {t("ws.admin.logo.file")}
        <input type="file" name="file" accept="image/png,image/jpeg" required className="mt-1 block w-full text-sm" />
      </label>
      <p className="text-xs text-muted">{t("ws.admin.logo.limits")}</p>
      <button type="submit" className={buttonClass} disabled={status.busy} data-testid="upload-logo">
        {t("ws.admin.logo.upload")}
      </button>
      <ErrorNotice error={status.error} />
      {status.done ? <Done>{t("ws.saved")}</Done> : null}
    </form>
  );
}

function OriginsForm({ t, origins, status, onSubmit }: { t: ClientT; origins: string[]; status: Status; onSubmit: Submit }) {
  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6" aria-labelledby="origins-title">
      <h2 id="origins-title" className="text-lg font-semibold">
        {t("ws.admin.origins.title")}
      </h2>
      <label className={labelClass}>
        {t("ws.admin.origins.label")}
        <textarea name="origins" defaultValue={origins.join("\n")} rows={4} className={inputClass} placeholder="https://sme.example.gov.cn" />
      </label>
      <p className="text-xs text-muted">{t("ws.admin.origins.hint")}</p>
      <button type="submit" className={buttonClass} disabled={status.busy}>
        {t("ws.save")}
      </button>
      <ErrorNotice error={status.error} />
      {status.done ? <Done>{t("ws.saved")}</Done> : null}
    </form>
  );
}
