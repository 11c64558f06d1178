"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { clientTranslator } from "@/lib/i18n/format";
import { useHydrated } from "../client/hooks";
import { api, request, type ApiError } from "../client/http";
import { saveToken } from "../client/token-store";
import { buttonClass, inputClass, labelClass, secondaryButtonClass } from "../ui/field";
import { Done, ErrorNotice } from "../ui/notice";

/** What the project page hands the browser: the moves, milestones, files and pack the caller may act on. */
export interface WorkbenchProject {
  id: string;
  status: string;
  revision: number;
  allowed: { to: string; needsNote: boolean }[];
  canApply: boolean;
  milestones: { id: string; name: string; due: string; doneOn: string | null }[];
  afterAssessment: { id: string; status: "draft" | "submitted" } | null;
}

const OPEN_FOR_DOCUMENTS = ["draft", "filed", "contracted", "implementing", "completed", "rejected"];
const MILESTONE_STATES = ["contracted", "implementing"];
const AFTER_STATES = ["completed", "rejected"];

export function useAction(messages: Record<string, string>) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const hydrated = useHydrated();
  const t = clientTranslator(messages);
  async function run(call: () => Promise<{ ok: true } | { ok: false; error: ApiError }>) {
    setBusy(true);
    setError(null);
    setDone(false);
    const r = await call();
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setDone(true);
    router.refresh();
  }
  // Disabled in the server's HTML: nothing happens on a click until the page's code runs.
  return { busy: busy || !hydrated, error, done, run, t };
}

/** The moves the caller may make now, each with its note (required for a refusal or a return) and, for a payment, the amount. */
export function ProjectActions({ tenant, project, messages }: { tenant: string; project: WorkbenchProject; messages: Record<string, string> }) {
  const { busy, error, done, run, t } = useAction(messages);
  const [note, setNote] = useState("");
  const [amount, setAmount] = useState("");
  if (project.allowed.length === 0) return <p className="text-sm text-muted">{t("proj.actions.none")}</p>;
  const needsNote = project.allowed.some((a) => a.needsNote);
  const paying = project.allowed.some((a) => a.to === "paid");
  const move = (to: string) =>
    run(() =>
      api("POST", `/api/tenants/${tenant}/projects/${project.id}/transitions`, {
        to,
        revision: project.revision,
        ...(note.trim() ? { note: note.trim() } : {}),
        // An empty box sends no amount (the server then asks for one), never 0.
        ...(to === "paid" && amount.trim() ? { amountYuan: Number(amount) } : {}),
      }),
    );
  return (
    <div className="space-y-3" data-testid="project-actions">
      <div>
        <label htmlFor="move-note" className={labelClass}>
          {needsNote ? t("proj.actions.noteNeeded") : t("proj.actions.note")}
        </label>
        <textarea id="move-note" className={inputClass} rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      {paying ? (
        <div className="max-w-xs">
          <label htmlFor="move-amount" className={labelClass}>
            {t("proj.actions.amount")}
          </label>
          <input id="move-amount" className={inputClass} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {project.allowed.map((a) => (
          <button
            key={a.to}
            type="button"
            className={a.needsNote ? secondaryButtonClass : buttonClass}
            disabled={busy}
            onClick={() => void move(a.to)}
            data-testid={`move-${a.to}`}
          >
            {t(`proj.move.${a.to}`)}
          </button>
        ))}
      </div>
      <ErrorNotice error={error} />
      {done ? <Done>{t("proj.actions.done")}</Done> : null}
    </div>
  );
}

export function MilestoneList({ tenant, project, messages }: { tenant: string; project: WorkbenchProject; messages: Record<string, string> }) {
  const { busy, error, run, t } = useAction(messages);
  const editable = project.canApply && MILESTONE_STATES.includes(project.status);
  const report = (id: string, done: boolean) => run(() => api("PATCH", `/api/tenants/${tenant}/projects/${project.id}/milestones/${id}`, { done }));
  return (
    <div className="space-y-2">
      <ul className="divide-y divide-slate-100" data-testid="milestones">
        {project.milestones.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span className="font-medium">{m.name}</span>{" "}
              <span className="text-sm text-muted">
                {t("proj.milestones.due", { date: m.due })}
                {m.doneOn ? ` · ${t("proj.milestones.done", { date: m.doneOn })}` : ""}
              </span>
            </span>
            {editable ? (
              <button
                type="button"
                className={m.doneOn ? secondaryButtonClass : buttonClass}
                disabled={busy}
                onClick={() => void report(m.id, !m.doneOn)}
                data-testid="milestone-toggle"
              >
                {m.doneOn ? t("proj.milestones.undo") : t("proj.milestones.markDone")}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <ErrorNotice error={error} />
    </div>
  );
}

export function DocumentUpload({ tenant, project, messages }: { tenant: string; project: WorkbenchProject; messages: Record<string, string> }) {
  const { busy, error, run, t } = useAction(messages);
  const [slot, setSlot] = useState("contract");
  const [file, setFile] = useState<File | null>(null);
  if (!project.canApply || !OPEN_FOR_DOCUMENTS.includes(project.status)) return null;
  const upload = () => {
    if (!file) return;
    const form = new FormData();
    form.set("file", file);
    form.set("slot", slot);
    return run(() => request("POST", `/api/tenants/${tenant}/projects/${project.id}/documents`, { body: form }));
  };
  return (
    <div className="flex flex-wrap items-end gap-3" data-testid="document-upload">
      <div>
        <label htmlFor="doc-slot" className={labelClass}>
          {t("proj.documents.slot")}
        </label>
        <select id="doc-slot" className={inputClass} value={slot} onChange={(e) => setSlot(e.target.value)}>
          {["contract", "invoice", "delivery", "other"].map((s) => (
            <option key={s} value={s}>
              {t(`proj.slot.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="doc-file" className={labelClass}>
          {t("proj.documents.file")}
        </label>
        <input
          id="doc-file"
          type="file"
          accept="application/pdf,image/png,image/jpeg,image/webp"
          className="mt-1 block text-sm"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <button type="button" className={buttonClass} disabled={busy || !file} onClick={() => void upload()} data-testid="upload-document">
        {t("proj.documents.upload")}
      </button>
      <ErrorNotice error={error} />
    </div>
  );
}

/** Starts (or continues) the re-assessment after completion and opens it on this device. */
export function AfterAssessment({ tenant, project, messages }: { tenant: string; project: WorkbenchProject; messages: Record<string, string> }) {
  const { busy, error, t } = useAction(messages);
  const [starting, setStarting] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const after = project.afterAssessment;
  if (after?.status === "submitted" && project.status !== "rejected")
    return (
      <a className="text-brand underline" href={`/assess/${after.id}/result`} data-testid="after-result">
        {t("proj.after.open")}
      </a>
    );
  if (!project.canApply || !AFTER_STATES.includes(project.status)) return null;
  async function start() {
    setStarting(true);
    const r = await api<{ assessmentId: string; resumeToken: string; resumePath: string }>(
      "POST",
      `/api/tenants/${tenant}/projects/${project.id}/after-assessment`,
    );
    if (!r.ok) {
      setFailure(r.error);
      setStarting(false);
      return;
    }
    saveToken(r.data.assessmentId, r.data.resumeToken);
    window.location.assign(r.data.resumePath);
  }
  return (
    <div className="space-y-2">
      <button type="button" className={buttonClass} disabled={busy || starting} onClick={() => void start()} data-testid="start-after-assessment">
        {after?.status === "draft" ? t("proj.after.continue") : project.status === "rejected" && after ? t("proj.after.redo") : t("proj.after.start")}
      </button>
      <ErrorNotice error={failure ?? error} />
    </div>
  );
}

/** Removes a wrongly uploaded file (a project document, a subsidy material), then refreshes the page. */
export function DeleteFileButton({ url, fileName, messages }: { url: string; fileName: string; messages: Record<string, string> }) {
  const { busy, error, run, t } = useAction(messages);
  return (
    <>
      <button
        type="button"
        className="ml-2 text-sm text-red-800 underline"
        disabled={busy}
        aria-label={t("proj.documents.deleteNamed", { name: fileName })}
        onClick={() => void run(() => request("DELETE", url))}
        data-testid="delete-file"
      >
        {t("proj.documents.delete")}
      </button>
      <ErrorNotice error={error} />
    </>
  );
}
