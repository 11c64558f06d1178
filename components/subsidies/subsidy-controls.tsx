"use client";

import { useState } from "react";
import { exactMoney } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locales";
import { api, request } from "../client/http";
import { useAction } from "../projects/project-workbench";
import { buttonClass, inputClass, labelClass, secondaryButtonClass } from "../ui/field";
import { Done, ErrorNotice } from "../ui/notice";

/** A policy the project may apply to, as the new-application form shows it. */
export interface SubsidyOptionView {
  policyId: string;
  title: string;
  demo: boolean;
  verdict: "eligible" | "possibly_eligible" | "not_eligible";
  /** The conditions not met or not known, in the reader's language. */
  reasons: string[];
  payment: "after_acceptance" | "in_advance" | "staged" | null;
  deadline: string | null;
  materials: string[] | null;
  items: { id: string; name: string; amountYuan: number; coverage: "yes" | "partly" | "no" | "unknown"; claimed: boolean }[];
  defaultItemIds: string[];
  estimateYuan: number | null;
  percent: number | null;
  capYuan: number | null;
  /** The level the checks and the cap use, in words (the after-assessment's, else the target). */
  level: string;
  applied: boolean;
}

/** What the policy gives on the items ticked: percent of their sum in whole fen, under the cap (as lib/subsidies/claim.ts). */
function estimateOf(option: SubsidyOptionView, itemIds: readonly string[]): number | null {
  if (option.percent === null) return null;
  const claimedFen = option.items.filter((i) => itemIds.includes(i.id)).reduce((sum, i) => sum + Math.round(i.amountYuan * 100), 0);
  const byPercent = Math.floor((claimedFen * option.percent) / 100);
  const fen = option.capYuan === null ? byPercent : Math.min(byPercent, Math.round(option.capYuan * 100));
  return fen / 100;
}

const API = (tenant: string, projectId: string) => `/api/tenants/${tenant}/projects/${projectId}/subsidy-applications`;

/** Apply for a policy: the policy, the batch and its deadline, the items claimed and the amount (the estimate by default). */
export function NewSubsidyApplication({
  tenant,
  projectId,
  options,
  locale,
  messages,
}: {
  tenant: string;
  projectId: string;
  options: SubsidyOptionView[];
  locale: Locale;
  messages: Record<string, string>;
}) {
  const { busy, error, done, run, t } = useAction(messages);
  const open = options.filter((o) => !o.applied);
  const [policyId, setPolicyId] = useState(open[0]?.policyId ?? "");
  const option = open.find((o) => o.policyId === policyId);
  const [batch, setBatch] = useState("");
  const [deadline, setDeadline] = useState<string | null>(null);
  const [picked, setPicked] = useState<Record<string, string[]>>({});
  const [amount, setAmount] = useState("");
  if (open.length === 0) return <p className="text-sm text-muted">{t("proj.sub.noPolicies")}</p>;
  const items = option ? (picked[option.policyId] ?? option.defaultItemIds) : [];
  const estimate = option ? estimateOf(option, items) : null;
  const toggle = (id: string) => option && setPicked({ ...picked, [option.policyId]: items.includes(id) ? items.filter((x) => x !== id) : [...items, id] });
  const submit = () =>
    run(() =>
      api("POST", API(tenant, projectId), {
        policyId,
        batch: batch.trim(),
        ...((deadline ?? option?.deadline) ? { deadline: deadline ?? option?.deadline } : {}),
        itemIds: items,
        // An empty box lets the server take the estimate (or ask for an amount when there is none).
        ...(amount.trim() ? { amountYuan: Number(amount) } : {}),
      }),
    );
  return (
    <form
      className="space-y-3"
      data-testid="new-subsidy"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div>
        <label htmlFor="sub-policy" className={labelClass}>
          {t("proj.sub.policy")}
        </label>
        <select id="sub-policy" className={inputClass} value={policyId} onChange={(e) => setPolicyId(e.target.value)}>
          {open.map((o) => (
            <option key={o.policyId} value={o.policyId}>
              {o.title}
              {o.demo ? ` ${t("proj.sub.demo")}` : ""} · {t(`proj.sub.verdict.${o.verdict}`)}
            </option>
          ))}
        </select>
      </div>
      {option ? (
        <div className="space-y-2 rounded border border-slate-200 p-3 text-sm" data-testid="subsidy-option">
          <p>
            <span className="font-medium">{t(`proj.sub.verdict.${option.verdict}`)}</span>
            {option.reasons.length > 0 ? `：${option.reasons.join("；")}` : ""}
          </p>
          <p data-testid="subsidy-estimate">
            {estimate !== null
              ? t("proj.sub.estimate", {
                  amount: exactMoney(estimate, locale),
                  percent: String(option.percent ?? ""),
                  level: option.level,
                  cap: option.capYuan !== null ? exactMoney(option.capYuan, locale) : t("proj.sub.noCap"),
                })
              : t("proj.sub.noEstimate")}
          </p>
          <p>{option.payment ? t(`proj.sub.payment.${option.payment}`) : t("proj.sub.payment.unknown")}</p>
          <p>{option.materials ? t("proj.sub.materialsListed", { n: String(option.materials.length) }) : t("proj.sub.materialsUnknown")}</p>
          <fieldset>
            <legend className={labelClass}>{t("proj.sub.items")}</legend>
            <ul className="space-y-1">
              {option.items.map((i) => (
                <li key={i.id}>
                  <label className="flex items-start gap-2">
                    <input
                      type="checkbox"
                      className="mt-1"
                      checked={items.includes(i.id)}
                      disabled={i.claimed || i.coverage === "no"}
                      onChange={() => toggle(i.id)}
                    />
                    <span>
                      {i.name} · {exactMoney(i.amountYuan, locale)} · {i.claimed ? t("proj.sub.claimed") : t(`proj.sub.coverage.${i.coverage}`)}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        </div>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <div>
          <label htmlFor="sub-batch" className={labelClass}>
            {t("proj.sub.batch")}
          </label>
          <input
            id="sub-batch"
            className={inputClass}
            required
            maxLength={60}
            placeholder={t("proj.sub.batchHint")}
            value={batch}
            onChange={(e) => setBatch(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor="sub-deadline" className={labelClass}>
            {t("proj.sub.deadline")}
          </label>
          <input
            id="sub-deadline"
            type="date"
            className={inputClass}
            value={deadline ?? option?.deadline ?? ""}
            onChange={(e) => setDeadline(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor="sub-amount" className={labelClass}>
            {t("proj.sub.amount")}
          </label>
          <input
            id="sub-amount"
            className={inputClass}
            inputMode="decimal"
            placeholder={estimate !== null ? String(estimate) : ""}
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        </div>
      </div>
      <button type="submit" className={buttonClass} disabled={busy || !batch.trim() || items.length === 0} data-testid="create-subsidy">
        {t("proj.sub.create")}
      </button>
      <ErrorNotice error={error} />
      {done ? <Done>{t("proj.sub.created")}</Done> : null}
    </form>
  );
}

/** One material of a draft: upload a file, or say it is handed in on paper. */
export function MaterialControls({
  tenant,
  projectId,
  applicationId,
  index,
  name,
  offline,
  materials,
  messages,
}: {
  tenant: string;
  projectId: string;
  applicationId: string;
  index: number;
  /** The material's name, for the controls' labels (each row's are told apart by it). */
  name: string;
  offline: boolean;
  /** Every material's paper flag and note, for the PATCH (the checklist is saved whole). */
  materials: { offline: boolean; note: string | null }[];
  messages: Record<string, string>;
}) {
  const { busy, error, run, t } = useAction(messages);
  const [file, setFile] = useState<File | null>(null);
  const base = `${API(tenant, projectId)}/${applicationId}`;
  const upload = () => {
    if (!file) return;
    const form = new FormData();
    form.set("file", file);
    return run(() => request("POST", `${base}/materials/${index}`, { body: form }));
  };
  // Shown at once; only this material is sent (the server merges it into the checklist as saved), and a
  // refusal puts the box back.
  const [checked, setChecked] = useState(offline);
  const note = materials[index]?.note;
  const setOffline = (value: boolean) => {
    setChecked(value);
    return run(async () => {
      const r = await api("PATCH", base, { material: { index, offline: value, ...(note ? { note } : {}) } });
      if (!r.ok) setChecked(!value);
      return r;
    });
  };
  const id = `material-${applicationId}-${index}`;
  return (
    <div className="mt-1 flex flex-wrap items-center gap-3 text-sm">
      <label htmlFor={id} className="sr-only">
        {t("proj.sub.materialFile")}：{name}
      </label>
      <input
        id={id}
        type="file"
        accept="application/pdf,image/png,image/jpeg,image/webp"
        className="text-sm"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      <button type="button" className={secondaryButtonClass} disabled={busy || !file} onClick={() => void upload()} data-testid="upload-material">
        {t("proj.sub.upload")}
        <span className="sr-only">：{name}</span>
      </button>
      <label className="flex items-center gap-1">
        <input type="checkbox" checked={checked} disabled={busy} onChange={(e) => void setOffline(e.target.checked)} data-testid="material-offline" />
        {t("proj.sub.offline")}
        <span className="sr-only">：{name}</span>
      </label>
      <ErrorNotice error={error} />
    </div>
  );
}

/** The moves the caller may make on an application: a note for a return or refusal, an amount to approve or pay. */
export function SubsidyMoves({
  tenant,
  projectId,
  applicationId,
  revision,
  allowed,
  messages,
}: {
  tenant: string;
  projectId: string;
  applicationId: string;
  revision: number;
  allowed: { to: string; needsNote: boolean; needsAmount: "approved" | "paid" | null }[];
  messages: Record<string, string>;
}) {
  const { busy, error, done, run, t } = useAction(messages);
  const [note, setNote] = useState("");
  const [amount, setAmount] = useState("");
  const [paidOn, setPaidOn] = useState("");
  if (allowed.length === 0) return null;
  const needsNote = allowed.some((a) => a.needsNote);
  const amountKind = allowed.find((a) => a.needsAmount)?.needsAmount ?? null;
  const move = (to: string, withAmount: boolean) =>
    run(() =>
      api("POST", `${API(tenant, projectId)}/${applicationId}/transitions`, {
        to,
        revision,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(withAmount && amount.trim() ? { amountYuan: Number(amount) } : {}),
        ...(to === "paid" && paidOn ? { paidOn } : {}),
      }),
    );
  const ids = { note: `sub-note-${applicationId}`, amount: `sub-amount-${applicationId}`, paidOn: `sub-paid-on-${applicationId}` };
  return (
    <div className="space-y-2" data-testid="subsidy-moves">
      {needsNote ? (
        <div>
          <label htmlFor={ids.note} className={labelClass}>
            {t("proj.actions.noteNeeded")}
          </label>
          <textarea id={ids.note} className={inputClass} rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
      ) : null}
      {amountKind ? (
        <div className="flex flex-wrap gap-3">
          <div className="max-w-xs">
            <label htmlFor={ids.amount} className={labelClass}>
              {t(amountKind === "approved" ? "proj.sub.approvedAmount" : "proj.sub.paidAmount")}
            </label>
            <input id={ids.amount} className={inputClass} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
          </div>
          {amountKind === "paid" ? (
            <div>
              <label htmlFor={ids.paidOn} className={labelClass}>
                {t("proj.sub.paidOn")}
              </label>
              <input id={ids.paidOn} type="date" className={inputClass} value={paidOn} onChange={(e) => setPaidOn(e.target.value)} />
            </div>
          ) : null}
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {allowed.map((a) => (
          <button
            key={a.to}
            type="button"
            className={a.needsNote || a.to === "withdrawn" ? secondaryButtonClass : buttonClass}
            disabled={busy}
            onClick={() => {
              // Withdrawing is final and frees the items claimed: asked once more.
              if (a.to === "withdrawn" && !window.confirm(t("proj.sub.confirmWithdraw"))) return;
              void move(a.to, a.needsAmount !== null);
            }}
            data-testid={`subsidy-move-${a.to}`}
          >
            {t(`proj.sub.move.${a.to}`)}
          </button>
        ))}
      </div>
      <ErrorNotice error={error} />
      {done ? <Done>{t("proj.actions.done")}</Done> : null}
    </div>
  );
}
