"use client";

import { useEffect, useState } from "react";
import type { ClientT } from "@/lib/i18n/format";
import type { TicketView } from "@/lib/assistant/tickets";
import { accessHeaders, request } from "../client/http";
import { deviceStorage } from "../client/token-store";

const KEY = "shuzhen:assistant-tickets";

interface Kept {
  id: string;
  key: string;
}

/** Tickets this device asked, with their reading keys (shown once by the server, kept here). */
function keptTickets(): Kept[] {
  try {
    return JSON.parse(deviceStorage()?.getItem(KEY) ?? "[]") as Kept[];
  } catch {
    return [];
  }
}

function keep(ticket: Kept): void {
  deviceStorage()?.setItem(KEY, JSON.stringify([ticket, ...keptTickets().filter((t) => t.id !== ticket.id)].slice(0, 20)));
}

interface Props {
  tenant: string | null;
  locale: "zh-CN" | "en";
  t: ClientT;
  assessmentId?: string;
  /** The assessment's resume token, when the conversation is about it. */
  token: string | null;
  transcript: { role: "user" | "assistant"; text: string }[];
}

/** 转人工: the question (and an address for the reply) go to the portal's staff; their replies show here. */
export function HandoffForm({ tenant, locale, t, assessmentId, token, transcript }: Props) {
  const [message, setMessage] = useState(transcript.filter((x) => x.role === "user").at(-1)?.text ?? "");
  const [email, setEmail] = useState("");
  const [state, setState] = useState<"editing" | "sending" | "sent">("editing");
  const [problem, setProblem] = useState<string | null>(null);
  const [tickets, setTickets] = useState<TicketView[]>([]);

  async function refresh() {
    const views = await Promise.all(keptTickets().map((k) => request<TicketView>("GET", `/api/assistant/tickets/${k.id}?lang=${locale}`, { token: k.key })));
    setTickets(views.flatMap((v) => (v.ok ? [v.data] : [])));
  }
  useEffect(() => {
    void refresh();
    // Once, when the form opens.
  }, []);

  async function submit() {
    setProblem(null);
    setState("sending");
    const response = await fetch(`/api/assistant/tickets?lang=${locale}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...accessHeaders(token) },
      body: JSON.stringify({
        ...(tenant ? { tenant } : {}),
        message,
        transcript: transcript.slice(-24),
        ...(email.trim() ? { contactEmail: email.trim() } : {}),
        ...(assessmentId ? { assessmentId } : {}),
      }),
    });
    const body = (await response.json().catch(() => ({}))) as { id?: string; accessToken?: string; error?: { message?: string } };
    if (!response.ok || !body.id || !body.accessToken) {
      setProblem(body.error?.message ?? t("as.ui.failed"));
      setState("editing");
      return;
    }
    keep({ id: body.id, key: body.accessToken });
    setState("sent");
    await refresh();
  }

  return (
    <div className="space-y-3 rounded-lg border border-blue-200 bg-blue-50 p-3 text-sm">
      {state !== "sent" ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          className="space-y-2"
        >
          <p className="font-semibold text-slate-900">{t("as.ui.handoffTitle")}</p>
          <label className="block">
            <span className="text-xs text-slate-700">{t("as.ui.handoffMessage")}</span>
            <textarea
              value={message}
              onChange={(e) => setMessage(e.target.value)}
              maxLength={2000}
              rows={3}
              required
              className="mt-1 w-full rounded border border-slate-300 px-2 py-1"
            />
          </label>
          <label className="block">
            <span className="text-xs text-slate-700">{t("as.ui.handoffEmail")}</span>
            <input
              type="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              maxLength={200}
              className="mt-1 w-full rounded border border-slate-300 px-2 py-1"
            />
          </label>
          {problem && (
            <p role="alert" className="text-xs text-red-700">
              {problem}
            </p>
          )}
          <button
            type="submit"
            disabled={state === "sending" || !message.trim()}
            className="rounded bg-blue-700 px-3 py-1.5 font-semibold text-white disabled:opacity-50"
          >
            {t("as.ui.handoffSend")}
          </button>
        </form>
      ) : (
        <p role="status">{t("as.ui.handoffSent")}</p>
      )}
      {tickets.length > 0 && (
        <div>
          <div className="flex items-center justify-between">
            <p className="text-xs font-semibold text-slate-700">{t("as.ui.tickets")}</p>
            <button type="button" onClick={() => void refresh()} className="text-xs text-blue-800 underline">
              {t("as.ui.refresh")}
            </button>
          </div>
          <ul className="mt-1 space-y-2">
            {tickets.map((ticket) => (
              <li key={ticket.id} className="rounded bg-white p-2">
                <p className="text-xs text-slate-600">
                  {ticket.subject} · {t(`as.ui.status.${ticket.status}`)}
                </p>
                {ticket.messages
                  .filter((m) => m.author === "staff")
                  .map((m, i) => (
                    <p key={i} className="mt-1 whitespace-pre-wrap text-slate-900">
                      <span className="font-semibold">{t("as.ui.staff")}</span>
                      {m.body}
                    </p>
                  ))}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
