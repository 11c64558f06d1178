"use client";

import { useState, type FormEvent } from "react";
import { clientTranslator } from "@/lib/i18n/format";
import { api, type ApiError } from "../client/http";
import { buttonClass, ErrorNotice, inputClass, labelClass, secondaryButtonClass } from "../workspace/ui";

interface Tenant {
  id: string;
  slug: string;
  kind: string;
  nameZh: string;
  nameEn: string;
  cityCode: string | null;
  status: string;
  members: number;
}

/** Portals of the platform: add a city portal, rename, retire or bring back. */
export function PlatformTenants({ tenants, messages }: { tenants: Tenant[]; messages: Record<string, string> }) {
  const t = clientTranslator(messages);
  const [error, setError] = useState<ApiError | null>(null);
  const reload = () => window.location.reload();

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const r = await api("POST", "/api/platform/tenants", {
      slug: String(f.get("slug") ?? ""),
      nameZh: String(f.get("nameZh") ?? ""),
      nameEn: String(f.get("nameEn") ?? ""),
      provinceCode: String(f.get("provinceCode") ?? "") || null,
      cityCode: String(f.get("cityCode") ?? "") || null,
    });
    if (!r.ok) return setError(r.error);
    reload();
  }
  async function setStatus(id: string, status: string) {
    const r = await api("PATCH", `/api/platform/tenants/${id}`, { status });
    if (!r.ok) return setError(r.error);
    reload();
  }

  return (
    <div className="space-y-8">
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="platform-tenants">
          <caption className="sr-only">{t("ws.platform.title")}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-4">{t("ws.platform.name")}</th>
              <th scope="col" className="py-2 pr-4">{t("ws.platform.slug")}</th>
              <th scope="col" className="py-2 pr-4">{t("ws.platform.members")}</th>
              <th scope="col" className="py-2 pr-4">{t("ws.catalogue.status")}</th>
            </tr>
          </thead>
          <tbody>
            {tenants.map((x) => (
              <tr key={x.id} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {x.nameZh} / {x.nameEn}
                </th>
                <td className="py-2 pr-4">
                  <code>{x.slug}</code>
                </td>
                <td className="py-2 pr-4">{x.members}</td>
                <td className="py-2 pr-4">
                  {x.kind === "platform" ? (
                    t("ws.platform.platform")
                  ) : (
                    <button type="button" className={secondaryButtonClass} onClick={() => void setStatus(x.id, x.status === "retired" ? "active" : "retired")}>
                      {x.status === "retired" ? t("ws.reactivate") : t("ws.retire")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form onSubmit={(e) => void create(e)} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6" aria-labelledby="new-tenant">
        <h2 id="new-tenant" className="text-lg font-semibold">
          {t("ws.platform.new")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <label className={labelClass}>
            {t("ws.platform.slug")}
            <input name="slug" required pattern="[a-z0-9-]{2,40}" className={inputClass} />
          </label>
          <label className={labelClass}>
            {t("ws.platform.nameZh")}
            <input name="nameZh" required className={inputClass} />
          </label>
          <label className={labelClass}>
            {t("ws.platform.nameEn")}
            <input name="nameEn" required className={inputClass} />
          </label>
          <label className={labelClass}>
            {t("ws.platform.province")}
            <input name="provinceCode" pattern="[0-9]{2}" className={inputClass} />
          </label>
          <label className={labelClass}>
            {t("ws.platform.city")}
            <input name="cityCode" pattern="[0-9]{4}" className={inputClass} />
          </label>
        </div>
        <button type="submit" className={buttonClass}>
          {t("ws.platform.create")}
        </button>
      </form>
      <ErrorNotice error={error} />
    </div>
  );
}
