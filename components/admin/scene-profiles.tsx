"use client";

import { useState, type FormEvent } from "react";
import { clientTranslator } from "@/lib/i18n/format";
import { api, type ApiError } from "../client/http";
import { buttonClass, inputClass, labelClass, secondaryButtonClass } from "../ui/field";
import { ErrorNotice } from "../ui/notice";

interface Profile {
  code: string;
  name: string;
  industrySegment: string | null;
  industryCodes: string[];
  constrainedScenes: string[];
  status: string;
}

/** Constrained-scene profiles: one per 细分行业 (or set of 大类), each a chosen set of scenes. */
export function SceneProfiles({
  tenant,
  messages,
  profiles,
  scenes,
}: {
  tenant: string;
  messages: Record<string, string>;
  profiles: Profile[];
  scenes: { code: string; label: string; defaultConstrained: boolean }[];
}) {
  const t = clientTranslator(messages);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const label = new Map(scenes.map((s) => [s.code, s.label]));

  async function send(method: string, url: string, body: unknown) {
    setBusy(true);
    setError(null);
    const r = await api(method, url, body);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    window.location.reload();
  }

  function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    void send("POST", `/api/tenants/${tenant}/scene-profiles`, {
      code: String(f.get("code") ?? ""),
      name: String(f.get("name") ?? ""),
      industrySegment: String(f.get("industrySegment") ?? "") || null,
      industryCodes: String(f.get("industryCodes") ?? "")
        .split(/[\s,，、]+/)
        .filter(Boolean),
      constrainedScenes: f.getAll("scenes").map(String),
    });
  }

  return (
    <div className="space-y-8">
      {profiles.length === 0 ? (
        <p className="text-muted">{t("ws.scenes.none")}</p>
      ) : (
        <ul className="space-y-3" data-testid="scene-profiles">
          {profiles.map((p) => (
            <li key={p.code} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="font-medium">
                {p.name} <code className="text-xs text-muted">{p.code}</code>{" "}
                {p.status === "retired" ? <span className="text-sm text-muted">· {t("ws.retired")}</span> : null}
              </p>
              <p className="text-sm text-muted">
                {p.industrySegment ?? ""} {p.industryCodes.length > 0 ? `· ${t("ws.scenes.codes")} ${p.industryCodes.join(", ")}` : ""}
              </p>
              <p className="mt-1 text-sm">{p.constrainedScenes.map((c) => label.get(c) ?? c).join("、")}</p>
              <button
                type="button"
                className={`${secondaryButtonClass} mt-2`}
                disabled={busy}
                onClick={() => void send("PATCH", `/api/tenants/${tenant}/scene-profiles/${p.code}`, { status: p.status === "retired" ? "active" : "retired" })}
              >
                {p.status === "retired" ? t("ws.reactivate") : t("ws.retire")}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={create} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6" aria-labelledby="new-profile">
        <h2 id="new-profile" className="text-lg font-semibold">
          {t("ws.scenes.new")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <label className={labelClass}>
            {t("ws.scenes.code")}
            <input name="code" required pattern="[a-z0-9-]{2,40}" className={inputClass} />
          </label>
          <label className={labelClass}>
            {t("ws.scenes.name")}
            <input name="name" required maxLength={80} className={inputClass} />
          </label>
          <label className={labelClass}>
            {t("ws.scenes.segment")}
            <input name="industrySegment" maxLength={80} className={inputClass} />
          </label>
          <label className={labelClass}>
            {t("ws.scenes.codes")}
            <input name="industryCodes" placeholder="34, 35" className={inputClass} />
          </label>
        </div>
        <fieldset>
          <legend className={labelClass}>{t("ws.scenes.scenes")}</legend>
          <div className="mt-2 grid gap-1 sm:grid-cols-2">
            {scenes.map((s) => (
              <label key={s.code} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="scenes" value={s.code} defaultChecked={s.defaultConstrained} />
                {s.label} <code className="text-xs text-muted">{s.code}</code>
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className={buttonClass} disabled={busy}>
          {t("ws.scenes.create")}
        </button>
      </form>
      <ErrorNotice error={error} />
    </div>
  );
}
