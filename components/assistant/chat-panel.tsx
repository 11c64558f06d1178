"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { clientTranslator } from "@/lib/i18n/format";
import type { Answer, Citation } from "@/lib/assistant/answer";
import { accessHeaders } from "../client/http";
import { readToken } from "../client/token-store";
import { HandoffForm, hasKeptTickets, TicketList } from "./handoff-form";

interface Props {
  /** The portal whose policies answer (none: the platform's own site). */
  tenant: string | null;
  locale: "zh-CN" | "en";
  messages: Record<string, string>;
  /** On a page the conversation opens over it (full screen on a phone); in an embedded frame, which is only as tall as its content, in the flow. */
  variant?: "page" | "embed";
}

/** Pages where firms look for help: a result, a report, a portal's home and policies, our home. */
const SHOWN_ON = [/^\/$/, /^\/t\/[a-z0-9-]+\/?$/, /\/policies\//, /\/assess\/[0-9a-f-]{36}\/(?:result|report)\/?$/, /^\/embed\//];

/** The assessment whose pages these are (its result, plan and report are then cited), from the address. */
function assessmentOf(pathname: string | null): string | undefined {
  return /\/(?:assess|a)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/|$)/.exec(pathname ?? "")?.[1];
}

interface Turn {
  role: "user" | "assistant";
  text: string;
  citations?: Citation[];
  handoff?: boolean;
  pending?: boolean;
  failed?: boolean;
}

const MAX = 2000;
/** Characters of earlier turns sent with a question (Chinese is 3 bytes a character in JSON). */
const HISTORY_CHARS = 6000;

/** One server-sent event: its name and its data lines joined (per the spec: CRLF or LF, several `data:` lines). */
function parseEvent(block: string): { event: string; data: string } | null {
  let event = "message";
  const data: string[] = [];
  for (const line of block.split(/\r\n|\r|\n/)) {
    if (line.startsWith("event:")) event = line.slice(6).trim();
    else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
  }
  return data.length ? { event, data: data.join("\n") } : null;
}

/** Reads server-sent events from a fetch body: `delta` pieces, then `done` with the whole answer. */
async function readEvents(response: Response, onDelta: (text: string) => void): Promise<Answer | null> {
  const reader = response.body?.getReader();
  if (!reader) return null;
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return null;
    buffer += decoder.decode(value, { stream: true });
    let cut: RegExpExecArray | null;
    while ((cut = /\r\n\r\n|\n\n|\r\r/.exec(buffer))) {
      const parsed = parseEvent(buffer.slice(0, cut.index));
      buffer = buffer.slice(cut.index + cut[0].length);
      if (!parsed) continue;
      const body = JSON.parse(parsed.data) as { text?: string } & Answer;
      if (parsed.event === "delta" && body.text) onDelta(body.text);
      if (parsed.event === "done") return body;
      if (parsed.event === "error") return null;
    }
  }
}

/** 小镝客服: a button that opens the conversation; answers stream in with their sources. */
export function ChatPanel({ tenant, locale, messages, variant = "page" }: Props) {
  const t = clientTranslator(messages);
  const pathname = usePathname();
  const [ownRefused, setOwnRefused] = useState(false);
  const assessmentId = ownRefused ? undefined : assessmentOf(pathname);
  const [open, setOpen] = useState(false);
  const [turns, setTurns] = useState<Turn[]>([]);
  const [draft, setDraft] = useState("");
  const [busy, setBusy] = useState(false);
  const [handoff, setHandoff] = useState(false);
  const [showTickets, setShowTickets] = useState(false);
  const [sentNotice, setSentNotice] = useState(false);
  const [keptAny, setKeptAny] = useState(false);
  const panelId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const logRef = useRef<HTMLDivElement>(null);
  const token = useRef<string | null>(null);

  useEffect(() => {
    if (assessmentId) token.current = readToken(assessmentId);
  }, [assessmentId]);
  useEffect(() => {
    if (!open) return;
    inputRef.current?.focus();
    setKeptAny(hasKeptTickets());
  }, [open]);

  /** Tab stays inside the conversation while it covers the page. */
  function trapFocus(e: React.KeyboardEvent) {
    if (e.key !== "Tab" || variant !== "page" || !panelRef.current) return;
    const focusable = [...panelRef.current.querySelectorAll<HTMLElement>("button:not([disabled]), textarea, input, summary, a[href]")];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  }
  useEffect(() => {
    logRef.current?.scrollTo({ top: logRef.current.scrollHeight });
  }, [turns]);

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }

  async function send() {
    const message = draft.trim();
    if (!message || busy) return;
    setBusy(true);
    setDraft("");
    // The last turns, the newest first, well within what the server takes (96 KB of JSON).
    const history: { role: Turn["role"]; text: string }[] = [];
    let budget = HISTORY_CHARS;
    for (const x of turns.filter((x) => !x.pending && !x.failed).reverse()) {
      const text = x.text.slice(0, 2000);
      if (history.length >= 12 || text.length > budget) break;
      budget -= text.length;
      history.unshift({ role: x.role, text });
    }
    setTurns((all) => [...all, { role: "user", text: message }, { role: "assistant", text: "", pending: true }]);
    const update = (change: (last: Turn) => Turn) => setTurns((all) => [...all.slice(0, -1), change(all[all.length - 1]!)]);
    const post = (about: string | undefined) =>
      fetch(`/api/assistant?lang=${locale}`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "text/event-stream", ...(about ? accessHeaders(token.current) : {}) },
        body: JSON.stringify({ message, ...(tenant ? { tenant } : {}), lang: locale, history, ...(about ? { assessmentId: about } : {}) }),
      });
    try {
      let response = await post(assessmentId);
      // This device cannot open the assessment (no key, signed out): answer without its result.
      if (assessmentId && (response.status === 401 || response.status === 404)) {
        setOwnRefused(true);
        response = await post(undefined);
      }
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
        update((last) => ({ ...last, pending: false, failed: true, text: body.error?.message ?? t("as.ui.failed") }));
        return;
      }
      const answer = await readEvents(response, (piece) => update((last) => ({ ...last, text: last.text + piece })));
      if (!answer) update((last) => ({ ...last, pending: false, failed: true, text: last.text || t("as.ui.failed") }));
      else update(() => ({ role: "assistant", text: answer.answer, citations: answer.citations, handoff: answer.handoff }));
    } catch {
      update((last) => ({ ...last, pending: false, failed: true, text: t("as.ui.failed") }));
    } finally {
      setBusy(false);
      inputRef.current?.focus();
    }
  }

  const transcript = turns.filter((x) => !x.pending && !x.failed).map((x) => ({ role: x.role, text: x.text }));
  if (!SHOWN_ON.some((re) => re.test(pathname ?? ""))) return null;

  return (
    <>
      <aside
        aria-label={t("as.ui.title")}
        className="mx-auto my-6 flex max-w-3xl flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 print:hidden"
      >
        <p className="text-sm text-slate-700">{t("as.ui.invite")}</p>
        <button
          ref={buttonRef}
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => (open ? close() : setOpen(true))}
          className="rounded-full bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800 focus:ring-4 focus:ring-blue-300 focus:outline-none"
        >
          {t("as.ui.open")}
        </button>
      </aside>
      {open && (
        <section
          id={panelId}
          ref={panelRef}
          role="dialog"
          aria-modal={variant === "page"}
          aria-labelledby={`${panelId}-title`}
          onKeyDown={(e) => {
            if (e.key === "Escape") close();
            trapFocus(e);
          }}
          className={
            variant === "page"
              ? "fixed inset-0 z-50 flex flex-col bg-white shadow-2xl sm:inset-auto sm:right-4 sm:bottom-20 sm:h-[34rem] sm:w-[26rem] sm:rounded-lg sm:border sm:border-slate-200 print:hidden"
              : "flex h-[30rem] flex-col rounded-lg border border-slate-200 bg-white print:hidden"
          }
        >
          <header className="flex items-center justify-between border-b border-slate-200 px-4 py-3">
            <div>
              <h2 id={`${panelId}-title`} className="text-base font-semibold text-slate-900">
                {t("as.ui.title")}
              </h2>
              <p className="text-xs text-slate-600">{t(assessmentId ? "as.ui.scopeOwn" : "as.ui.scope")}</p>
            </div>
            <div className="flex items-center gap-1">
              <button
                type="button"
                aria-pressed={showTickets}
                onClick={() => setShowTickets((x) => !x)}
                className="rounded px-2 py-1 text-xs text-blue-800 underline hover:bg-slate-100"
              >
                {t("as.ui.myTickets")}
              </button>
              <button type="button" onClick={close} className="rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100" aria-label={t("as.ui.close")}>
                ✕
              </button>
            </div>
          </header>
          <div ref={logRef} className="flex-1 space-y-3 overflow-y-auto px-4 py-3">
            <div className="space-y-3" role="log" aria-live="polite" aria-busy={busy}>
              {turns.length === 0 && <p className="text-sm text-slate-600">{t("as.ui.hello")}</p>}
              {turns.map((turn, i) => (
                <div key={i} className={turn.role === "user" ? "ml-8 rounded-lg bg-blue-50 px-3 py-2" : "mr-4 rounded-lg bg-slate-50 px-3 py-2"}>
                  <p className="sr-only">{t(turn.role === "user" ? "as.ui.you" : "as.ui.assistant")}</p>
                  <p className={`text-sm whitespace-pre-wrap ${turn.failed ? "text-red-700" : "text-slate-900"}`}>
                    {turn.text || (turn.pending ? t("as.ui.thinking") : "")}
                  </p>
                  {turn.citations && turn.citations.length > 0 && (
                    <div className="mt-2 border-t border-slate-200 pt-2">
                      <p className="text-xs font-semibold text-slate-700">{t("as.ui.sources")}</p>
                      <ol className="mt-1 list-decimal space-y-1 pl-5 text-xs text-slate-700">
                        {turn.citations.map((c, j) => (
                          <li key={j}>
                            <details>
                              <summary className="cursor-pointer">
                                <span className="text-slate-500">{t(`as.ui.kind.${c.kind}`)}</span> {c.title}
                              </summary>
                              <p className="mt-1 whitespace-pre-wrap text-slate-600">{c.quote}</p>
                            </details>
                          </li>
                        ))}
                      </ol>
                    </div>
                  )}
                  {turn.handoff && !handoff && (
                    <button
                      type="button"
                      onClick={() => setHandoff(true)}
                      className="mt-2 rounded border border-blue-700 px-3 py-1 text-sm text-blue-800 hover:bg-blue-50"
                    >
                      {t("as.ui.handoff")}
                    </button>
                  )}
                </div>
              ))}
            </div>
            {handoff && (
              <HandoffForm
                tenant={tenant}
                locale={locale}
                t={t}
                assessmentId={assessmentId}
                token={token.current}
                transcript={transcript}
                onSent={() => {
                  setHandoff(false);
                  setSentNotice(true);
                  setShowTickets(true);
                }}
                onCancel={() => {
                  setHandoff(false);
                  inputRef.current?.focus();
                }}
              />
            )}
            {sentNotice && (
              <p role="status" className="rounded bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
                {t("as.ui.handoffSent")}
              </p>
            )}
            {(showTickets || (keptAny && sentNotice)) && <TicketList locale={locale} t={t} />}
          </div>
          <form
            className="border-t border-slate-200 p-3"
            onSubmit={(e) => {
              e.preventDefault();
              void send();
            }}
          >
            <label htmlFor={`${panelId}-input`} className="sr-only">
              {t("as.ui.label")}
            </label>
            <textarea
              id={`${panelId}-input`}
              ref={inputRef}
              value={draft}
              maxLength={MAX}
              rows={2}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
                  e.preventDefault();
                  void send();
                }
              }}
              placeholder={t("as.ui.placeholder")}
              className="w-full resize-none rounded border border-slate-300 px-3 py-2 text-sm focus:border-blue-600 focus:outline-none"
            />
            <div className="mt-2 flex items-center justify-between">
              <span className="text-xs text-slate-500" aria-live="off">
                {draft.length}/{MAX}
              </span>
              <div className="flex gap-2">
                {!handoff && (
                  <button type="button" onClick={() => setHandoff(true)} className="rounded px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
                    {t("as.ui.handoff")}
                  </button>
                )}
                <button
                  type="submit"
                  disabled={busy || !draft.trim()}
                  className="rounded bg-blue-700 px-4 py-1.5 text-sm font-semibold text-white hover:bg-blue-800 disabled:opacity-50"
                >
                  {t("as.ui.send")}
                </button>
              </div>
            </div>
          </form>
        </section>
      )}
    </>
  );
}
