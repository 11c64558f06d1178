"use client";

import { useState, type FormEvent } from "react";
import { clientTranslator } from "@/lib/i18n/format";
import { api, type ApiError } from "../client/http";
import { buttonClass, inputClass, labelClass, secondaryButtonClass } from "../ui/field";
import { ErrorNotice } from "../ui/notice";
import { Row, RowHead, Table } from "../ui/table";

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
        <Table
          head={[t("ws.platform.name"), t("ws.platform.slug"), t("ws.platform.members"), t("ws.catalogue.status")]}
          caption={t("ws.platform.title")}
          testId="platform-tenants"
        >
          {tenants.map((x) => (
            <Row key={x.id}>
              <RowHead>
                {x.nameZh} / {x.nameEn}
              </RowHead>
              <td>
                <code>{x.slug}</code>
              </td>
              <td>{x.members}</td>
              <td>
                {x.kind === "platform" ? (
                  t("ws.platform.platform")
                ) : (
                  <button type="button" className={secondaryButtonClass} onClick={() => void setStatus(x.id, x.status === "retired" ? "active" : "retired")}>
                    {x.status === "retired" ? t("ws.reactivate") : t("ws.retire")}
                  </button>
                )}
              </td>
            </Row>
          ))}
        </Table>
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
