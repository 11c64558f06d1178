"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import type { WebhookEndpointView } from "@/lib/webhooks/service";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { useAction } from "../projects/project-workbench";
import { api } from "../client/http";
import { buttonClass, inputClass, labelClass, secondaryButtonClass } from "../ui/field";
import { ErrorNotice } from "../ui/notice";
import { ActingAs, CheckboxList, ShownOnce } from "../api/integration-bits";

type Messages = Record<string, string>;

/** A new endpoint: its URL, a note, its events and (for an account with both roles) whom it is for. The secret is shown once. */
export function NewEndpoint({
  tenant,
  messages,
  canAct,
  loopback,
}: {
  tenant: string;
  messages: Messages;
  canAct: { portal: boolean; consultant: boolean };
  /** This server may send to its own machine (a local demo): the label says http://localhost works. */
  loopback: boolean;
}) {
  const { busy, error, run, t } = useAction(messages);
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [as, setAs] = useState<"portal" | "consultant">(canAct.portal ? "portal" : "consultant");
  const [events, setEvents] = useState<string[]>(["assessment.submitted", "report.ready"]);
  const [secret, setSecret] = useState<string | null>(null);
  const errorId = useId();
  // The server names a field by its code (`url`); a reader is told the field's name as the form shows it.
  const fieldName = (field: string) => (field === "url" ? t("api.hooks.field.url") : field === "events" ? t("api.hooks.events") : field);
  const first = error?.issues.length === 1 ? error.issues[0] : undefined;
  const shown = error && first ? { ...error, message: t("error.issue", { field: fieldName(first.field), message: first.message }) } : error;
  const urlWrong = error?.issues.some((i) => i.field === "url") ?? false;
  return (
    <div className="space-y-4">
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          setSecret(null);
          void run(async () => {
            const r = await api<WebhookEndpointView & { secret: string }>("POST", `/api/tenants/${tenant}/webhooks`, {
              url: url.trim(),
              events,
              as,
              ...(description.trim() ? { description: description.trim() } : {}),
            });
            if (r.ok) {
              setSecret(r.data.secret);
              setUrl("");
              setDescription("");
            }
            return r;
          });
        }}
      >
        <label className={labelClass}>
          {t(loopback ? "api.hooks.url" : "api.hooks.urlHttps")}
          <input
            className={inputClass}
            type="url"
            inputMode="url"
            value={url}
            maxLength={500}
            required
            placeholder="https://"
            aria-invalid={urlWrong || undefined}
            aria-describedby={urlWrong ? errorId : undefined}
            onChange={(e) => setUrl(e.target.value)}
          />
        </label>
        <label className={labelClass}>
          {t("api.hooks.description")}
          <input className={inputClass} value={description} maxLength={200} onChange={(e) => setDescription(e.target.value)} />
        </label>
        {canAct.portal && canAct.consultant && <ActingAs value={as} onChange={setAs} t={t} />}
        <CheckboxList legend={t("api.hooks.events")} options={WEBHOOK_EVENTS} chosen={events} onChange={setEvents} words={(e) => t(`api.event.${e}`)} />
        <button type="submit" className={buttonClass} disabled={busy || !url.trim() || events.length === 0}>
          {t("api.hooks.create")}
        </button>
      </form>
      <div id={errorId}>
        <ErrorNotice error={shown} />
      </div>
      {secret && <ShownOnce label={t("api.hooks.secretOnce")} secret={secret} testId="new-webhook-secret" />}
    </div>
  );
}

/** An endpoint's actions: a test event, on/off, a new secret (shown once), delete; the last two ask first. */
export function EndpointActions({
  tenant,
  endpoint,
  messages,
}: {
  tenant: string;
  endpoint: Pick<WebhookEndpointView, "id" | "url" | "active">;
  messages: Messages;
}) {
  const { busy, error, done, run, t } = useAction(messages);
  const [asking, setAsking] = useState<"rotate" | "delete" | null>(null);
  const [tested, setTested] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const base = `/api/tenants/${tenant}/webhooks/${endpoint.id}`;
  // The confirmation's buttons go away once answered: the focus goes back to the button that asked,
  // once it is enabled again (a disabled button takes no focus).
  const rotateButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const focusBack = useRef<HTMLButtonElement | null>(null);
  const close = () => {
    focusBack.current = asking === "delete" ? deleteButton.current : rotateButton.current;
    setAsking(null);
  };
  useEffect(() => {
    if (!focusBack.current || busy) return;
    focusBack.current.focus();
    focusBack.current = null;
  });
  return (
    // Named by its address: every endpoint has the same buttons.
    <div className="space-y-2" role="group" aria-label={t("api.hooks.actionsFor", { url: endpoint.url })}>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={busy || !endpoint.active}
          onClick={() =>
            void run(async () => {
              const r = await api("POST", `${base}/test`);
              setTested(r.ok);
              return r;
            })
          }
        >
          {t("api.hooks.test")}
        </button>
        <button type="button" className={secondaryButtonClass} disabled={busy} onClick={() => void run(() => api("PATCH", base, { active: !endpoint.active }))}>
          {endpoint.active ? t("api.hooks.disable") : t("api.hooks.enable")}
        </button>
        <button type="button" className={secondaryButtonClass} disabled={busy} ref={rotateButton} onClick={() => setAsking("rotate")}>
          {t("api.hooks.rotate")}
        </button>
        <button type="button" className={secondaryButtonClass} disabled={busy} ref={deleteButton} onClick={() => setAsking("delete")}>
          {t("api.hooks.delete")}
        </button>
      </div>
      {asking && (
        <div className="flex flex-wrap items-center gap-2" role="group">
          <span className="text-sm">{t(asking === "rotate" ? "api.hooks.rotateSure" : "api.hooks.deleteSure")}</span>
          <button
            type="button"
            className={buttonClass}
            disabled={busy}
            onClick={() =>
              void run(async () => {
                if (asking === "delete") return api("DELETE", base);
                const r = await api<{ secret: string }>("POST", `${base}/rotate`);
                if (r.ok) setSecret(r.data.secret);
                return r;
              }).then(close)
            }
          >
            {t(asking === "rotate" ? "api.hooks.rotateYes" : "api.hooks.deleteYes")}
          </button>
          <button type="button" className={secondaryButtonClass} onClick={close}>
            {t("api.hooks.cancel")}
          </button>
        </div>
      )}
      <ErrorNotice error={error} />
      {done && tested && (
        <p role="status" className="text-sm text-muted">
          {t("api.hooks.testSent")}{" "}
          <Link href={`/webhooks/${tenant}/${endpoint.id}`} className="text-brand underline">
            {t("api.hooks.openLog")}
          </Link>
        </p>
      )}
      {secret && <ShownOnce label={t("api.hooks.secretOnce")} secret={secret} testId="rotated-webhook-secret" />}
    </div>
  );
}

/**
 * While an event is being sent, the delivery log draws itself again every 3 seconds (for two minutes
 * at most), so that 发送中 turns into its outcome without a reload.
 */
export function RefreshWhileSending({ sending }: { sending: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!sending) return;
    const started = Date.now();
    const timer = window.setInterval(() => {
      if (Date.now() - started > 120_000) window.clearInterval(timer);
      else router.refresh();
    }, 3_000);
    return () => window.clearInterval(timer);
  }, [sending, router]);
  return null;
}

/** 重新发送: the same event (same id) again, now. */
export function ReplayDelivery({ tenant, endpointId, deliveryId, messages }: { tenant: string; endpointId: string; deliveryId: string; messages: Messages }) {
  const { busy, error, done, run, t } = useAction(messages);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={`${secondaryButtonClass} whitespace-nowrap`}
        disabled={busy}
        onClick={() => void run(() => api("POST", `/api/tenants/${tenant}/webhooks/${endpointId}/deliveries/${deliveryId}`))}
      >
        {t("api.hooks.replay")}
      </button>
      {done && (
        <span role="status" className="text-xs text-muted">
          {t("api.hooks.replayed")}
        </span>
      )}
      <ErrorNotice error={error} />
    </span>
  );
}
