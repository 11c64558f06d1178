"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { formatDateTime } from "@/lib/i18n/figures";
import { clientTranslator, type ClientT } from "@/lib/i18n/format";
import type { Division } from "@/lib/enterprise/regions";
import type { Locale } from "@/lib/i18n/locales";
import { useDivisions } from "../client/hooks";
import { api, type ApiError } from "../client/http";
import { buttonClass, inputClass, labelClass, secondaryButtonClass } from "../ui/field";
import { Done, ErrorNotice } from "../ui/notice";
import { Row, RowHead, Table } from "../ui/table";

interface Member {
  userId: string;
  email: string;
  name: string | null;
  roles: string[];
  lastSignInAt: string | null;
}

interface Tenant {
  id: string;
  slug: string;
  kind: string;
  nameZh: string;
  nameEn: string;
  cityCode: string | null;
  status: string;
  pendingInvitations: number;
  members: Member[];
}

type Outcome = { kind: "done"; text: string } | { kind: "error"; error: ApiError } | null;

const text = (f: FormData, name: string) => String(f.get(name) ?? "").trim();

/**
 * Portals of the platform for the platform operator: add a city portal (inviting its first administrator),
 * see who works in each, invite an administrator, rename, retire (typing the name) or bring back.
 * Each action says what it did; the page's data is refreshed in place so the message stays.
 */
export function PlatformTenants({
  tenants,
  provinces,
  locale,
  messages,
}: {
  tenants: Tenant[];
  provinces: Division[];
  locale: Locale;
  messages: Record<string, string>;
}) {
  const t = clientTranslator(messages);
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome>(null);
  // The new-portal form's reset (after a portal is created) starts its city choice afresh too.
  const [newPortalKey, setNewPortalKey] = useState(0);
  const noticeRef = useRef<HTMLDivElement>(null);
  // The forms run down the page; the one message sits at the top and is brought into view.
  useEffect(() => {
    if (outcome) noticeRef.current?.scrollIntoView({ block: "nearest" });
  }, [outcome]);

  /** Runs a call; on success shows `done`, resets the form and refreshes the server data. */
  async function act(event: FormEvent<HTMLFormElement>, call: (f: FormData) => ReturnType<typeof api>, done: string) {
    event.preventDefault();
    const form = event.currentTarget;
    const r = await call(new FormData(form));
    if (!r.ok) return setOutcome({ kind: "error", error: r.error });
    form.reset();
    form.closest("details")?.removeAttribute("open");
    setOutcome({ kind: "done", text: done });
    router.refresh();
  }

  const notice = (
    <div ref={noticeRef}>
      {outcome?.kind === "done" ? <Done testId="platform-done">{outcome.text}</Done> : null}
      {outcome?.kind === "error" ? <ErrorNotice error={outcome.error} /> : null}
    </div>
  );

  return (
    <div className="space-y-8">
      {notice}
      <div className="overflow-x-auto">
        <Table
          head={[t("ws.platform.name"), t("ws.platform.slug"), t("ws.platform.state"), t("ws.platform.members")]}
          caption={t("ws.platform.title")}
          testId="platform-tenants"
        >
          {tenants.map((x) => (
            <Row key={x.id}>
              <RowHead>
                {x.nameZh} / <span lang="en">{x.nameEn}</span>
              </RowHead>
              <td>
                <code>{x.slug}</code>
              </td>
              <td className="whitespace-nowrap" data-testid={`state-${x.slug}`}>
                {x.kind === "platform" ? t("ws.platform.platform") : x.status === "retired" ? t("ws.platform.retired") : t("ws.platform.active")}
              </td>
              <td>
                {x.members.length}
                {x.pendingInvitations > 0 ? ` (${t("ws.platform.pending", { count: x.pendingInvitations })})` : ""}
              </td>
            </Row>
          ))}
        </Table>
      </div>

      {tenants
        .filter((x) => x.kind !== "platform")
        .map((x) => (
          <section
            key={x.id}
            aria-labelledby={`portal-${x.slug}`}
            className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
            data-testid={`portal-${x.slug}`}
          >
            <h2 id={`portal-${x.slug}`} className="text-lg font-semibold">
              {x.nameZh} / <span lang="en">{x.nameEn}</span>{" "}
              <span className="text-sm font-normal text-muted">· {x.status === "retired" ? t("ws.platform.retired") : t("ws.platform.active")}</span>
            </h2>
            <MemberList members={x.members} t={t} locale={locale} />
            <div className="flex flex-wrap gap-3">
              {x.status === "active" ? (
                <Action summary={t("ws.platform.invite")} testId={`invite-${x.slug}`}>
                  <form
                    onSubmit={(e) =>
                      void act(
                        e,
                        (f) => api("POST", `/api/platform/tenants/${x.id}/invitations`, { email: text(f, "email") }),
                        t("ws.platform.invited", { portal: x.nameZh }),
                      )
                    }
                    className="space-y-3"
                  >
                    <label className={labelClass}>
                      {t("ws.platform.adminEmail")}
                      <input name="email" type="email" required maxLength={200} autoComplete="off" className={inputClass} />
                    </label>
                    <button type="submit" className={buttonClass}>
                      {t("ws.users.send")}
                    </button>
                  </form>
                </Action>
              ) : null}
              <Action summary={t("ws.platform.rename")} testId={`rename-${x.slug}`}>
                <form
                  onSubmit={(e) =>
                    void act(
                      e,
                      (f) => api("PATCH", `/api/platform/tenants/${x.id}`, { nameZh: text(f, "nameZh"), nameEn: text(f, "nameEn") }),
                      t("ws.platform.renamed"),
                    )
                  }
                  className="space-y-3"
                >
                  <label className={labelClass}>
                    {t("ws.platform.nameZh")}
                    <input name="nameZh" required maxLength={80} defaultValue={x.nameZh} className={inputClass} />
                  </label>
                  <label className={labelClass}>
                    {t("ws.platform.nameEn")}
                    <input name="nameEn" required maxLength={120} defaultValue={x.nameEn} className={inputClass} />
                  </label>
                  <button type="submit" className={buttonClass}>
                    {t("ws.save")}
                  </button>
                </form>
              </Action>
              {x.status === "active" ? (
                <Action summary={t("ws.retire")} testId={`retire-${x.slug}`}>
                  <form
                    onSubmit={(e) =>
                      void act(
                        e,
                        (f) => api("PATCH", `/api/platform/tenants/${x.id}`, { status: "retired", confirmName: text(f, "confirmName") }),
                        t("ws.platform.retiredDone", { portal: x.nameZh }),
                      )
                    }
                    className="space-y-3"
                  >
                    <p className="text-sm">{t("ws.platform.retireWarning")}</p>
                    <label className={labelClass}>
                      {t("ws.platform.confirmName", { name: x.nameZh })}
                      <input name="confirmName" required autoComplete="off" className={inputClass} />
                    </label>
                    <button type="submit" className={buttonClass}>
                      {t("ws.platform.retireConfirm")}
                    </button>
                  </form>
                </Action>
              ) : (
                <form
                  onSubmit={(e) =>
                    void act(e, () => api("PATCH", `/api/platform/tenants/${x.id}`, { status: "active" }), t("ws.platform.reactivated", { portal: x.nameZh }))
                  }
                >
                  <button type="submit" className={secondaryButtonClass}>
                    {t("ws.reactivate")}
                  </button>
                </form>
              )}
            </div>
          </section>
        ))}

      <form
        onReset={() => setNewPortalKey((k) => k + 1)}
        onSubmit={(e) =>
          void act(
            e,
            (f) =>
              api("POST", "/api/platform/tenants", {
                slug: text(f, "slug"),
                nameZh: text(f, "nameZh"),
                nameEn: text(f, "nameEn"),
                provinceCode: text(f, "provinceCode") || null,
                cityCode: text(f, "cityCode") || null,
                adminEmail: text(f, "adminEmail") || null,
              }),
            t("ws.platform.created"),
          )
        }
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
        aria-labelledby="new-tenant"
        data-testid="new-portal"
      >
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
            <input name="nameZh" required maxLength={80} className={inputClass} />
          </label>
          <label className={labelClass}>
            {t("ws.platform.nameEn")}
            <input name="nameEn" required maxLength={120} className={inputClass} />
          </label>
          <CitySelects key={newPortalKey} provinces={provinces} t={t} />
          <label className={labelClass}>
            {t("ws.platform.firstAdmin")}
            <input name="adminEmail" type="email" maxLength={200} autoComplete="off" className={inputClass} />
          </label>
        </div>
        <button type="submit" className={buttonClass}>
          {t("ws.platform.create")}
        </button>
      </form>
    </div>
  );
}

/** The portal's city, chosen by name (GB/T 2260 lists; the cities of the chosen province from /api/regions). */
function CitySelects({ provinces, t }: { provinces: Division[]; t: ClientT }) {
  const [province, setProvince] = useState("");
  const { cities } = useDivisions(province, "");
  return (
    <>
      <label className={labelClass}>
        {t("ws.platform.province")}
        <select name="provinceCode" value={province} onChange={(e) => setProvince(e.target.value)} className={inputClass}>
          <option value="">{t("ws.platform.noRegion")}</option>
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className={labelClass}>
        {t("ws.platform.city")}
        <select name="cityCode" disabled={!province} className={inputClass}>
          <option value="">{t("ws.platform.noRegion")}</option>
          {cities.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

/** A disclosed form: the page stays short, and each action is one keyboard-reachable summary. */
function Action({ summary, testId, children }: { summary: string; testId: string; children: ReactNode }) {
  return (
    <details className="w-full rounded-md border border-slate-300 p-3 sm:w-auto sm:min-w-72" data-testid={testId}>
      <summary className="cursor-pointer text-sm font-semibold">{summary}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}

function MemberList({ members, t, locale }: { members: Member[]; t: ClientT; locale: Locale }) {
  if (members.length === 0) return <p className="text-sm text-muted">{t("ws.platform.noMembers")}</p>;
  return (
    <div className="overflow-x-auto">
      <Table head={[t("ws.users.account"), t("ws.users.role"), t("ws.users.lastSignIn")]} caption={t("ws.users.members")}>
        {members.map((m) => (
          <Row key={m.userId}>
            <RowHead className="font-normal [overflow-wrap:anywhere]">
              {m.name ? `${m.name} · ` : ""}
              {m.email}
            </RowHead>
            <td className="whitespace-nowrap">{m.roles.map((r) => t(`ws.role.${r}`)).join("、")}</td>
            <td className="whitespace-nowrap">{m.lastSignInAt ? formatDateTime(m.lastSignInAt, locale) : t("ws.platform.never")}</td>
          </Row>
        ))}
      </Table>
    </div>
  );
}
