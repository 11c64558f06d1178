"use client";

import { useState } from "react";
import { useAction } from "../projects/project-workbench";
import { api } from "../client/http";
import { buttonClass, inputClass, labelClass, secondaryButtonClass } from "../ui/field";
import { Done, ErrorNotice } from "../ui/notice";

/** The staff's reply to a hand-over (mailed to the asker, shown in their assistant), and closing it. */
export function TicketReply({ tenant, id, status, messages }: { tenant: string; id: string; status: string; messages: Record<string, string> }) {
  const { busy, error, done, run, t } = useAction(messages);
  const [reply, setReply] = useState("");
  const base = `/api/tenants/${tenant}/assistant/tickets/${id}`;
  return (
    <div className="space-y-3">
      {status !== "closed" && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              const r = await api("POST", `${base}/messages`, { message: reply });
              if (r.ok) setReply("");
              return r;
            });
          }}
          className="space-y-2"
        >
          <label className={labelClass} htmlFor="ticket-reply">
            {t("as.inbox.reply")}
          </label>
          <textarea id="ticket-reply" className={inputClass} rows={5} maxLength={4000} value={reply} onChange={(e) => setReply(e.target.value)} required />
          <button type="submit" className={buttonClass} disabled={busy || !reply.trim()}>
            {t("as.inbox.send")}
          </button>
        </form>
      )}
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={busy}
        onClick={() => void run(() => api("PATCH", base, { status: status === "closed" ? "open" : "closed" }))}
      >
        {t(status === "closed" ? "as.inbox.reopen" : "as.inbox.close")}
      </button>
      <ErrorNotice error={error} />
      {done && <Done>{t("as.inbox.saved")}</Done>}
    </div>
  );
}
