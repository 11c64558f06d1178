"use client";

import { useState, type FormEvent } from "react";
import { formatDate, formatDateTime } from "@/lib/i18n/figures";
import { clientTranslator, type ClientT } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
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
  disabled: boolean;
}
interface Invitation {
  id: string;
  email: string;
  role: string;
  expiresAt: string;
}

const ROLES = ["sme_owner", "consultant", "tenant_admin"] as const;

/** Members and their roles in the portal, invitations by mail, and revoking a pending one. */
export function Members({
  tenant,
  me,
  members,
  invitations,
  locale,
  messages,
}: {
  tenant: string;
  me: string;
  members: Member[];
  invitations: Invitation[];
  locale: Locale;
  messages: Record<string, string>;
}) {
  const t = clientTranslator(messages);
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const reload = () => window.location.reload();

  async function setRoles(userId: string, roles: string[]) {
    const r = await api("PUT", `/api/tenants/${tenant}/members/${userId}`, { roles });
    if (!r.ok) return setError(r.error);
    reload();
  }
  async function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const email = String(f.get("email") ?? "");
    const r = await api("POST", `/api/tenants/${tenant}/invitations`, { email, role: String(f.get("role") ?? "consultant") });
    if (!r.ok) return setError(r.error);
    setSent(email);
    setTimeout(reload, 800);
  }
  async function revoke(id: string) {
    const r = await api("DELETE", `/api/tenants/${tenant}/invitations/${id}`);
    if (!r.ok) return setError(r.error);
    reload();
  }

  return (
    <div className="space-y-8">
      <div className="overflow-x-auto">
        <Table
          head={[t("ws.users.account"), ...ROLES.map((r) => t(`ws.role.${r}`)), t("ws.users.lastSignIn")]}
          caption={t("ws.users.members")}
          testId="members"
        >
          {members.map((m) => (
            <Row key={m.userId}>
              {/* An address has no break points; on a phone it wraps anywhere rather than push the roles off screen. */}
              <RowHead className="font-normal [overflow-wrap:anywhere]">
                {m.name ? `${m.name} · ` : ""}
                {m.email}
                {m.disabled ? ` · ${t("ws.users.disabled")}` : ""}
              </RowHead>
              {ROLES.map((r) => (
                <td key={r}>
                  <input
                    type="checkbox"
                    checked={m.roles.includes(r)}
                    disabled={m.userId === me && r === "tenant_admin"}
                    aria-label={`${m.email} · ${t(`ws.role.${r}`)}`}
                    onChange={(e) =>
                      void setRoles(
                        m.userId,
                        e.target.checked ? [...m.roles.filter((x) => x !== "platform_admin"), r] : m.roles.filter((x) => x !== r && x !== "platform_admin"),
                      )
                    }
                  />
                </td>
              ))}
              <td>{m.lastSignInAt ? formatDateTime(m.lastSignInAt, locale) : "—"}</td>
            </Row>
          ))}
        </Table>
      </div>
      <InviteForm t={t} sent={sent} onInvite={(e) => void invite(e)} />
      <PendingInvitations t={t} invitations={invitations} locale={locale} onRevoke={(id) => void revoke(id)} />
      <ErrorNotice error={error} />
    </div>
  );
}

/** Inviting someone by mail as a consultant or an administrator; the address once the invitation is sent. */
function InviteForm({ t, sent, onInvite }: { t: ClientT; sent: string | null; onInvite: (event: FormEvent<HTMLFormElement>) => void }) {
  return (
    <form onSubmit={onInvite} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6" aria-labelledby="invite-title">
      <h2 id="invite-title" className="text-lg font-semibold">
        {t("ws.users.invite")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <label className={labelClass}>
          {t("ws.users.email")}
          <input type="email" name="email" required autoComplete="off" className={inputClass} />
        </label>
        <label className={labelClass}>
          {t("ws.users.role")}
          <select name="role" className={inputClass}>
            <option value="consultant">{t("ws.role.consultant")}</option>
            <option value="tenant_admin">{t("ws.role.tenant_admin")}</option>
          </select>
        </label>
      </div>
      <button type="submit" className={buttonClass} data-testid="send-invitation">
        {t("ws.users.send")}
      </button>
      {sent ? <Done>{t("ws.users.sent", { email: sent })}</Done> : null}
    </form>
  );
}

/** Invitations not yet accepted, each with its role, expiry and a button to revoke it. */
function PendingInvitations({ t, invitations, locale, onRevoke }: { t: ClientT; invitations: Invitation[]; locale: Locale; onRevoke: (id: string) => void }) {
  return (
    <section aria-labelledby="pending-title">
      <h2 id="pending-title" className="text-lg font-semibold">
        {t("ws.users.pending")}
      </h2>
      {invitations.length === 0 ? (
        <p className="text-sm text-muted">{t("ws.users.noPending")}</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm">
          {invitations.map((i) => (
            <li key={i.id} className="flex flex-wrap items-center gap-2">
              {i.email} · {t(`ws.role.${i.role as "consultant"}`)} · {t("ws.users.expires", { date: formatDate(i.expiresAt, locale) })}
              <button type="button" className={secondaryButtonClass} onClick={() => onRevoke(i.id)}>
                {t("ws.users.revoke")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
