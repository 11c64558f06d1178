"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import type { ImportPreview, ImportResult, InviteResult } from "@/lib/firm-import/types";
import { clientTranslator } from "@/lib/i18n/format";
import { api, type ApiError } from "../client/http";
import { buttonClass, labelClass, secondaryButtonClass } from "../ui/field";
import { Done, ErrorNotice } from "../ui/notice";
import { Row, RowHead, Table } from "../ui/table";

/** Firms per invitation request (the server's limit). */
const INVITE_BATCH = 2000;

interface LinkSheet {
  batch: number;
  url: string;
  fileName: string;
}

function sheetUrl(base64: string): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
}

/**
 * 导入企业名单: upload → preview with each row's problems → confirm → counts → invite the imported firms
 * to self-assess → download the link sheet. The file is kept in the page and sent again to import (the
 * server checks it afresh).
 */
export function FirmImport({ tenant, messages, locale }: { tenant: string; messages: Record<string, string>; locale: string }) {
  const t = clientTranslator(messages);
  const fileId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<"" | "preview" | "commit" | "invite">("");
  const [error, setError] = useState<ApiError | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [mail, setMail] = useState(true);
  const [progress, setProgress] = useState<{ batch: number; batches: number } | null>(null);
  const [invited, setInvited] = useState<{ invited: number; reused: number; mailed: number; mailUnsent: number; withoutEmail: number; until: string } | null>(
    null,
  );
  const [sheets, setSheets] = useState<LinkSheet[]>([]);

  async function send(commit: boolean) {
    if (!file) return;
    const body = new FormData();
    body.set("file", file);
    if (commit) body.set("commit", "true");
    setBusy(commit ? "commit" : "preview");
    setError(null);
    const r = await api<ImportResult>("POST", `/api/tenants/${tenant}/firms/import`, body);
    setBusy("");
    if (!r.ok) return setError(r.error);
    if (commit) setResult(r.data);
    setPreview(r.data);
  }

  function onPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setResult(null);
    setInvited(null);
    setSheets([]);
    void send(false);
  }

  async function invite() {
    if (!result) return;
    const ids = result.enterpriseIds;
    const batches = Math.ceil(ids.length / INVITE_BATCH);
    setBusy("invite");
    setError(null);
    const total = { invited: 0, reused: 0, mailed: 0, mailUnsent: 0, withoutEmail: 0, until: "" };
    const made: LinkSheet[] = [];
    for (let b = 0; b < batches; b++) {
      setProgress({ batch: b + 1, batches });
      const r = await api<InviteResult>("POST", `/api/tenants/${tenant}/firms/invitations`, {
        enterpriseIds: ids.slice(b * INVITE_BATCH, (b + 1) * INVITE_BATCH),
        sendMail: mail,
        language: locale === "en" ? "en" : "zh-CN",
      });
      if (!r.ok) {
        setError(r.error);
        break;
      }
      total.invited += r.data.invited;
      total.reused += r.data.reused;
      total.mailed += r.data.mailed;
      total.mailUnsent += r.data.mailUnsent;
      total.withoutEmail += r.data.withoutEmail;
      total.until = new Date(r.data.expiresAt).toLocaleString(locale === "en" ? "en-GB" : "zh-CN", {
        timeZone: "Asia/Shanghai",
        dateStyle: "medium",
        timeStyle: "short",
      });
      made.push({ batch: b + 1, url: sheetUrl(r.data.file), fileName: r.data.fileName });
    }
    setProgress(null);
    setBusy("");
    setSheets(made);
    if (total.invited > 0) setInvited(total);
  }

  const importable = preview ? preview.counts.create + preview.counts.update : 0;
  return (
    <div className="space-y-4" data-testid="firm-import">
      <p className="text-sm">{t("fi.import.lead")}</p>
      <p className="text-xs text-muted">{t("fi.import.columns")}</p>
      <p className="text-xs text-muted">{t("fi.import.limits")}</p>
      <form ref={form} onSubmit={onPreview} className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <label htmlFor={fileId} className={labelClass}>
            {t("fi.import.file")}
          </label>
          <input
            id={fileId}
            type="file"
            name="file"
            required
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            className="mt-1 block w-full text-sm"
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setPreview(null);
              setResult(null);
            }}
          />
        </div>
        <button type="submit" className={buttonClass} disabled={!file || busy !== ""} data-testid="import-preview">
          {busy === "preview" ? t("fi.import.reading") : t("fi.import.preview")}
        </button>
      </form>
      <ErrorNotice error={error} testId="import-error" />
      <div aria-live="polite" className="space-y-4">
        {preview && !result ? (
          <section aria-labelledby="import-summary" className="space-y-3" data-testid="import-preview-result">
            <h3 id="import-summary" className="font-semibold">
              {t("fi.import.summary")}
            </h3>
            <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
              {(
                [
                  ["fi.import.rows", preview.counts.rows],
                  ["fi.import.create", preview.counts.create],
                  ["fi.import.update", preview.counts.update],
                  ["fi.import.problems", preview.counts.problems],
                ] as const
              ).map(([key, n]) => (
                <div key={key} className="rounded-md border border-slate-200 p-2">
                  <dt className="text-muted">{t(key)}</dt>
                  <dd className="text-lg font-semibold" data-testid={`count-${key.split(".").pop()}`}>
                    {n}
                  </dd>
                </div>
              ))}
            </dl>
            {preview.columns.ignored.length > 0 ? (
              <p className="text-xs text-muted">{t("fi.import.ignored", { columns: preview.columns.ignored.join("、") })}</p>
            ) : null}
            {preview.problems.length === 0 ? (
              <p className="text-sm">{t("fi.import.noProblems")}</p>
            ) : (
              // A region of its own, reachable by keyboard: a long list scrolls inside it.
              <div className="max-h-96 overflow-auto" tabIndex={0} role="region" aria-label={t("fi.import.problemsTitle")}>
                <Table
                  head={[t("fi.import.col.row"), t("fi.import.col.name"), t("fi.import.col.code"), t("fi.import.col.reasons")]}
                  caption={t("fi.import.problemsTitle")}
                  captionClassName="text-left text-sm font-semibold pb-2"
                  testId="import-problems"
                >
                  {preview.problems.map((p) => (
                    <Row key={p.row}>
                      <RowHead>{p.row}</RowHead>
                      <td className="break-all">{p.name || "—"}</td>
                      <td className="break-all">{p.creditCode ?? "—"}</td>
                      <td className="min-w-[11rem]">
                        <ul className="list-disc pl-4">
                          {p.reasons.map((r) => (
                            <li key={r}>{r}</li>
                          ))}
                        </ul>
                      </td>
                    </Row>
                  ))}
                </Table>
              </div>
            )}
            {importable > 0 ? (
              <button type="button" className={buttonClass} disabled={busy !== ""} onClick={() => void send(true)} data-testid="import-commit">
                {busy === "commit" ? t("fi.import.writing") : t("fi.import.confirm", { count: importable })}
              </button>
            ) : (
              <p className="text-sm">{t("fi.import.nothing")}</p>
            )}
          </section>
        ) : null}
        {result ? (
          <section aria-labelledby="invite-title" className="space-y-3">
            <Done testId="import-done">
              {t("fi.import.done", {
                created: result.created,
                updated: result.updated,
                unchanged: result.unchanged,
                contacts: result.contactsAdded,
                problems: result.counts.problems,
              })}
            </Done>
            {result.enterpriseIds.length > 0 ? (
              <>
                <h3 id="invite-title" className="font-semibold">
                  {t("fi.invite.title")}
                </h3>
                <p className="text-sm">{t("fi.invite.lead", { count: result.enterpriseIds.length })}</p>
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" checked={mail} onChange={(e) => setMail(e.currentTarget.checked)} />
                  {t("fi.invite.mail")}
                </label>
                {invited ? null : (
                  <button type="button" className={buttonClass} disabled={busy !== ""} onClick={() => void invite()} data-testid="invite-firms">
                    {progress ? t("fi.invite.working", progress) : t("fi.invite.go", { count: result.enterpriseIds.length })}
                  </button>
                )}
              </>
            ) : null}
            {invited ? (
              <div className="space-y-2">
                <Done testId="invite-done">{t("fi.invite.done", invited)}</Done>
                <p className="text-xs text-muted">{t("fi.invite.secret")}</p>
                <ul className="space-y-1 text-sm">
                  {sheets.map((s) => (
                    <li key={s.batch}>
                      <a href={s.url} download={s.fileName} className="text-brand underline" data-testid="invite-sheet">
                        {t("fi.invite.download", { batch: s.batch })}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <button
              type="button"
              className={secondaryButtonClass}
              onClick={() => {
                form.current?.reset();
                setFile(null);
                setPreview(null);
                setResult(null);
                setInvited(null);
                setSheets([]);
              }}
            >
              {t("fi.import.again")}
            </button>
          </section>
        ) : null}
      </div>
    </div>
  );
}
