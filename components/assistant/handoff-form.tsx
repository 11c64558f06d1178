"use client";

import { useEffect, useRef, useState } from "react";
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

export function hasKeptTickets(): boolean {
  return keptTickets().length > 0;
}

interface FormProps {
  tenant: string | null;
  locale: "zh-CN" | "en";
  t: ClientT;
  assessmentId?: string;
  /** The assessment's resume token, when the conversation is about it. */
  token: string | null;
  transcript: { role: "user" | "assistant"; text: string }[];
  onSent: () => void;
  onCancel: () => void;
}

/** 转人工: the question (and an address for the reply) go to the portal's staff. */
export function HandoffForm({ tenant, locale, t, assessmentId, token, transcript, onSent, onCancel }: FormProps) {
  const [message, setMessage] = useState(transcript.filter((x) => x.role === "user" && !/转人工/.test(x.text)).at(-1)?.text ?? "");
  const [email, setEmail] = useState("");
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);

  async function submit() {
    setProblem(null);
    setSending(true);
    const response = await fetch(`/api/assistant/tickets?lang=${locale}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...accessHeaders(token) },
      body: JSON.stringify({
        ...(tenant ? { tenant } : {}),
        message,
        transcript: transcript.slice(-24).map((x) => ({ role: x.role, text: x.text.slice(0, 4000) })),
        ...(email.trim() ? { contactEmail: email.trim() } : {}),
        ...(assessmentId ? { assessmentId } : {}),
      }),
    }).catch(() => null);
    const body = (await response?.json().catch(() => ({}))) as { id?: string; accessToken?: string; error?: { message?: string } } | undefined;
    setSending(false);
    if (!response?.ok || !body?.id || !body.accessToken) return setProblem(body?.error?.message ?? t("as.ui.failed"));
    keep({ id: body.id, key: body.accessToken });
    onSent();
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      className="space-y-2 rounded-lg border border-blue-200 bg-blue-50 p-3 text-sm"
    >
      <p className="font-semibold text-slate-900">{t("as.ui.handoffTitle")}</p>
      <label className="block">
        <span className="text-xs text-slate-700">{t("as.ui.handoffMessage")}</span>
        <textarea
          ref={first}
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
      <div className="flex gap-2">
        <button type="submit" disabled={sending || !message.trim()} className="rounded bg-blue-700 px-3 py-1.5 font-semibold text-white disabled:opacity-50">
          {t("as.ui.handoffSend")}
        </button>
        <button type="button" onClick={onCancel} className="rounded px-3 py-1.5 text-slate-700 hover:bg-slate-100">
          {t("as.ui.cancel")}
        </button>
      </div>
    </form>
  );
}

/** The hand-overs this device asked (by their keys) and the signed-in account's, with the staff's replies and a box to answer. */
export function TicketList({ locale, t }: { locale: "zh-CN" | "en"; t: ClientT }) {
  const [tickets, setTickets] = useState<(TicketView & { key: string | null })[] | null>(null);
  const [reply, setReply] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);

  async function refresh() {
    const kept = keptTickets();
    const [byKey, mine] = await Promise.all([
      Promise.all(kept.map((k) => request<TicketView>("GET", `/api/assistant/tickets/${k.id}?lang=${locale}`, { token: k.key }))),
      request<{ tickets: TicketView[] }>("GET", `/api/assistant/tickets?lang=${locale}`),
    ]);
    const all = new Map<string, TicketView & { key: string | null }>();
    byKey.forEach((v, i) => v.ok && all.set(v.data.id, { ...v.data, key: kept[i]!.key }));
    if (mine.ok) for (const ticket of mine.data.tickets) if (!all.has(ticket.id)) all.set(ticket.id, { ...ticket, key: null });
    setTickets([...all.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
  }
  useEffect(() => {
    void refresh();
    // Once, when the list opens; the refresh button asks again.
  }, []);

  async function send(ticket: TicketView & { key: string | null }) {
    setProblem(null);
    const r = await request<TicketView>("POST", `/api/assistant/tickets/${ticket.id}/messages?lang=${locale}`, {
      token: ticket.key,
      body: { message: reply[ticket.id] ?? "" },
    });
    if (!r.ok) return setProblem(r.error.message);
    setReply((all) => ({ ...all, [ticket.id]: "" }));
    await refresh();
  }

  return (
    <section aria-labelledby="as-tickets-title" className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <div className="flex items-center justify-between">
        <h3 id="as-tickets-title" className="text-xs font-semibold text-slate-700">
          {t("as.ui.tickets")}
        </h3>
        <button type="button" onClick={() => void refresh()} className="text-xs text-blue-800 underline">
          {t("as.ui.refresh")}
        </button>
      </div>
      {tickets === null ? (
        <p className="text-xs text-slate-600">{t("as.ui.thinking")}</p>
      ) : tickets.length === 0 ? (
        <p className="text-xs text-slate-600">{t("as.ui.noTickets")}</p>
      ) : (
        <ul className="space-y-2">
          {tickets.map((ticket) => (
            <li key={ticket.id} className="rounded bg-slate-50 p-2">
              <p className="text-xs text-slate-600">
                {ticket.subject} · {t(`as.ui.status.${ticket.status}`)}
              </p>
              {ticket.messages.map((m, i) => (
                <p key={i} className="mt-1 whitespace-pre-wrap text-slate-900">
                  <span className="font-semibold">{t(m.author === "staff" ? "as.ui.staff" : "as.ui.you")}</span>
                  {m.body}
                </p>
              ))}
              {ticket.status !== "closed" && (
                <div className="mt-2 flex gap-2">
                  <label className="sr-only" htmlFor={`as-reply-${ticket.id}`}>
                    {t("as.ui.replyLabel")}
                  </label>
                  <input
                    id={`as-reply-${ticket.id}`}
                    value={reply[ticket.id] ?? ""}
                    onChange={(e) => setReply((all) => ({ ...all, [ticket.id]: e.target.value }))}
                    maxLength={4000}
                    placeholder={t("as.ui.replyLabel")}
                    className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1"
                  />
                  <button
                    type="button"
                    disabled={!(reply[ticket.id] ?? "").trim()}
                    onClick={() => void send(ticket)}
                    className="rounded border border-blue-700 px-2 py-1 text-blue-800 disabled:opacity-50"
                  >
                    {t("as.ui.send")}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p role="alert" className="text-xs text-red-700">
          {problem}
        </p>
      )}
    </section>
  );
}
