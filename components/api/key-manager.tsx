"use client";

import { useState } from "react";
import type { ApiKeyView } from "@/lib/api/keys";
import { API_SCOPES } from "@/lib/api/scopes";
import { useAction } from "../projects/project-workbench";
import { api } from "../client/http";
import { buttonClass, inputClass, labelClass, secondaryButtonClass } from "../ui/field";
import { ErrorNotice } from "../ui/notice";
import { ActingAs, CheckboxList, ShownOnce } from "./integration-bits";

interface Props {
  tenant: string;
  messages: Record<string, string>;
  /** Roles the account holds here: who a new key may act for. */
  canAct: { portal: boolean; consultant: boolean };
}

/** A new key: a name, what it may do, and (for an account with both roles) whom it acts for. The secret is shown once. */
export function NewApiKey({ tenant, messages, canAct }: Props) {
  const { busy, error, run, t } = useAction(messages);
  const [name, setName] = useState("");
  const [as, setAs] = useState<"portal" | "consultant">(canAct.portal ? "portal" : "consultant");
  const [scopes, setScopes] = useState<string[]>(["firms:read", "assessments:read", "catalogue:read"]);
  const [secret, setSecret] = useState<string | null>(null);
  return (
    <div className="space-y-4">
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          setSecret(null);
          void run(async () => {
            const r = await api<ApiKeyView & { key: string }>("POST", `/api/tenants/${tenant}/api-keys`, { name, scopes, as });
            if (r.ok) {
              setSecret(r.data.key);
              setName("");
            }
            return r;
          });
        }}
      >
        <label className={labelClass}>
          {t("api.keys.name")}
          <input className={inputClass} value={name} maxLength={80} required onChange={(e) => setName(e.target.value)} />
        </label>
        {canAct.portal && canAct.consultant && <ActingAs value={as} onChange={setAs} t={t} />}
        <CheckboxList legend={t("api.keys.scopes")} options={API_SCOPES} chosen={scopes} onChange={setScopes} words={(s) => t(`api.scope.${s}`)} />
        <button type="submit" className={buttonClass} disabled={busy || !name.trim() || scopes.length === 0}>
          {t("api.keys.create")}
        </button>
      </form>
      <ErrorNotice error={error} />
      {secret && <ShownOnce label={t("api.keys.once")} secret={secret} testId="new-api-key" />}
    </div>
  );
}

/** Revoking a key asks first: calls with it are refused at once. */
export function RevokeApiKey({ tenant, id, messages }: { tenant: string; id: string; messages: Record<string, string> }) {
  const { busy, error, run, t } = useAction(messages);
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className={secondaryButtonClass} onClick={() => setAsking(true)}>
        {t("api.keys.revoke")}
      </button>
    );
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className="text-sm">{t("api.keys.revokeSure")}</span>
      <button type="button" className={buttonClass} disabled={busy} onClick={() => void run(() => api("DELETE", `/api/tenants/${tenant}/api-keys/${id}`))}>
        {t("api.keys.revokeYes")}
      </button>
      <button type="button" className={secondaryButtonClass} onClick={() => setAsking(false)}>
        {t("api.keys.cancel")}
      </button>
      <ErrorNotice error={error} />
    </span>
  );
}
