"use client";

import { useState, type FormEvent } from "react";
import { formatDateTime } from "@/lib/i18n/figures";
import type { ClientT } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { ReportView } from "@/lib/reports/service";
import type { AssessmentApi, ReviewAction } from "../client/api";

/**
 * Reviewing a report before it goes out: edit a section (each save is a new version), go back to any
 * version (the generated draft is version 1), write it again from the latest data keeping the edited
 * sections, and — for the client's consultant — publish the version on screen to the client. Shown
 * only to those who may edit or publish (never to the firm's owner of a consultant's report).
 */
export function ReviewTools({
  report,
  api,
  t,
  locale,
  onChanged,
}: {
  report: ReportView;
  api: AssessmentApi;
  t: ClientT;
  locale: Locale;
  onChanged: () => void;
}) {
  const [key, setKey] = useState(report.sections[0]?.key ?? "summary");
  const [message, setMessage] = useState<{ kind: "error" | "done"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function post(action: ReviewAction, body: unknown, done: string) {
    setBusy(true);
    setMessage(null);
    const r = await api.review(action, body);
    if (!r.ok) setMessage({ kind: "error", text: r.error.message });
    else {
      setMessage({ kind: "done", text: done });
      onChanged();
    }
    setBusy(false);
  }

  return (
    <section aria-labelledby="review-title" className="print:hidden space-y-4 rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="review-tools">
      <h2 id="review-title" className="text-lg font-semibold">
        {t("report.review.title")}
      </h2>
      <p className="text-sm" data-testid="publish-state">
        {report.published
          ? t("report.review.publishedAt", { version: report.published.version, date: formatDateTime(report.published.at, locale) })
          : t("report.review.notPublished")}
      </p>
      {report.legacy && report.access.edit ? (
        <p className="rounded-md border border-amber-400 bg-white p-3 text-sm" role="note" data-testid="legacy-notice">
          {t("report.legacy")}
        </p>
      ) : null}
      {/* An old-structure section cannot be saved under the new chapters: such a report is regenerated, not edited. */}
      {report.access.edit && !report.legacy ? (
        <SectionEditor
          report={report}
          sectionKey={key}
          onSectionKey={setKey}
          busy={busy}
          t={t}
          onSave={(edit) => void post("versions", { language: report.language, basedOn: report.version, sections: { [key]: edit } }, t("report.review.saved"))}
        />
      ) : null}
      {report.access.edit && report.versions.length > 1 ? (
        <VersionList
          report={report}
          busy={busy}
          t={t}
          locale={locale}
          onRestore={(version) => void post("restore", { language: report.language, version }, t("report.review.restored", { version }))}
        />
      ) : null}
      {report.access.edit ? (
        <RegenerateReport
          report={report}
          busy={busy}
          t={t}
          onRegenerate={() => void post("regenerate", { language: report.language }, t("report.review.regenerating"))}
        />
      ) : null}
      {report.access.publish ? (
        <PublishReport
          report={report}
          busy={busy}
          t={t}
          onPublish={() =>
            void post("publish", { language: report.language, version: report.version }, t("report.review.publishedNow", { version: report.version }))
          }
        />
      ) : null}
      {message ? (
        <p
          role={message.kind === "error" ? "alert" : "status"}
          className={message.kind === "error" ? "text-sm text-red-800" : "text-sm text-emerald-900"}
          data-testid="review-message"
        >
          {message.text}
        </p>
      ) : null}
    </section>
  );
}

type SectionKey = ReportView["sections"][number]["key"];
/** A chapter of the current structure: only those are written again one by one. */
type CurrentKey = Extract<ReportView["sections"][number], { legacy?: undefined }>["key"];

/** The whole report written again; it says how many hand-edited sections it keeps. */
function RegenerateReport({ report, busy, t, onRegenerate }: { report: ReportView; busy: boolean; t: ClientT; onRegenerate: () => void }) {
  // An old-structure report keeps none of its edits when written again (they are not chapters of the new one).
  const edited = report.legacy ? 0 : report.sections.filter((s) => s.provenance?.writer === "edited").length;
  return (
    <div>
      <button
        type="button"
        disabled={busy}
        onClick={onRegenerate}
        aria-describedby="regenerate-note"
        className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold"
        data-testid="regenerate-report"
      >
        {t("report.review.regenerate")}
      </button>
      <p id="regenerate-note" className="mt-1 text-sm">
        {edited > 0 ? t("report.review.regenerateKeeps", { count: edited }) : t("report.review.regenerateAll")}
      </p>
    </div>
  );
}

/**
 * 重新生成本节: this section written afresh (the others' edits kept). An edited section asks first,
 * inline, since its edit is dropped.
 */
export function RegenerateSection({
  report,
  sectionKey,
  api,
  t,
  onChanged,
}: {
  report: ReportView;
  sectionKey: CurrentKey;
  api: AssessmentApi;
  t: ClientT;
  onChanged: () => void;
}) {
  const edited = report.sections.find((s) => s.key === sectionKey)?.provenance?.writer === "edited";
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function regenerate() {
    setBusy(true);
    setError(null);
    const r = await api.review("regenerate", { language: report.language, sections: [sectionKey] });
    setBusy(false);
    setConfirming(false);
    if (!r.ok) return setError(r.error.message);
    onChanged();
  }

  const small = "rounded-md border border-slate-300 px-2 py-0.5 text-xs";
  return (
    <span className="print:hidden inline-flex flex-wrap items-center gap-2">
      {confirming ? (
        <>
          <span role="alert" className="text-xs text-amber-900">
            {t("report.review.regenerateSectionConfirm")}
          </span>
          <button type="button" disabled={busy} className={small} onClick={() => void regenerate()} data-testid={`regenerate-confirm-${sectionKey}`}>
            {t("report.review.regenerateConfirm")}
          </button>
          <button type="button" disabled={busy} className={small} onClick={() => setConfirming(false)}>
            {t("report.review.cancel")}
          </button>
        </>
      ) : (
        <button
          type="button"
          disabled={busy}
          className={small}
          onClick={() => (edited ? setConfirming(true) : void regenerate())}
          data-testid={`regenerate-${sectionKey}`}
        >
          {t("report.review.regenerateSection")}
        </button>
      )}
      {error ? (
        <span role="alert" className="text-xs text-red-800">
          {error}
        </span>
      ) : null}
    </span>
  );
}
type SectionEdit = { headline: string; paragraphs: string[]; bullets: string[] };

/** The section on screen as a form: its headline, paragraphs (blank-line separated) and bullets (one a line). */
function SectionEditor({
  report,
  sectionKey,
  onSectionKey,
  busy,
  t,
  onSave,
}: {
  report: ReportView;
  sectionKey: SectionKey;
  onSectionKey: (key: SectionKey) => void;
  busy: boolean;
  t: ClientT;
  onSave: (edit: SectionEdit) => void;
}) {
  const c = report.sections.find((s) => s.key === sectionKey)?.content;

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const lines = (name: string, split: RegExp) =>
      String(form.get(name) ?? "")
        .split(split)
        .map((x) => x.trim())
        .filter(Boolean);
    onSave({ headline: String(form.get("headline") ?? "").trim(), paragraphs: lines("paragraphs", /\n\s*\n/), bullets: lines("bullets", /\n/) });
  }

  return (
    <form key={`${sectionKey}-${report.version}`} onSubmit={save} className="space-y-3">
      <div>
        <label htmlFor="review-section" className="block text-sm font-medium">
          {t("report.review.section")}
        </label>
        <select
          id="review-section"
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
          value={sectionKey}
          onChange={(e) => onSectionKey(e.target.value as SectionKey)}
        >
          {report.sections.map((s) => (
            <option key={s.key} value={s.key}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
      <label className="block text-sm font-medium">
        {t("report.review.headline")}
        <input
          name="headline"
          defaultValue={c?.headline ?? ""}
          required
          maxLength={300}
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
        />
      </label>
      <label className="block text-sm font-medium">
        {t("report.review.paragraphs")}
        <textarea
          name="paragraphs"
          defaultValue={c?.paragraphs.join("\n\n") ?? ""}
          required
          rows={8}
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
        />
      </label>
      <label className="block text-sm font-medium">
        {t("report.review.bullets")}
        <textarea
          name="bullets"
          defaultValue={c?.bullets.join("\n") ?? ""}
          rows={4}
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
        />
      </label>
      <button
        type="submit"
        disabled={busy}
        className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
        data-testid="save-section"
      >
        {t("report.review.save", { version: report.version + 1 })}
      </button>
    </form>
  );
}

/** Every saved version, each but the one on screen with a button to go back to it. */
function VersionList({
  report,
  busy,
  t,
  locale,
  onRestore,
}: {
  report: ReportView;
  busy: boolean;
  t: ClientT;
  locale: Locale;
  onRestore: (version: number) => void;
}) {
  return (
    <div>
      <h3 className="text-sm font-semibold">{t("report.review.versions")}</h3>
      <ul className="mt-1 space-y-1 text-sm">
        {report.versions.map((v) => (
          <li key={v.version} className="flex flex-wrap items-center gap-2">
            <span>
              {t("report.version", { version: v.version })} · {t(`report.review.kind.${v.kind}`)} · {formatDateTime(v.createdAt, locale)}
            </span>
            {v.version !== report.version ? (
              <button type="button" disabled={busy} className="text-brand underline" onClick={() => onRestore(v.version)}>
                {t("report.review.restore")}
              </button>
            ) : (
              <span className="text-muted">{t("report.review.current")}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Publishing shows the firm this version: asked once more, inline, before it happens. */
function PublishReport({ report, busy, t, onPublish }: { report: ReportView; busy: boolean; t: ClientT; onPublish: () => void }) {
  const [asking, setAsking] = useState(false);
  const current = report.published?.version === report.version;
  if (!asking)
    return (
      <button
        type="button"
        disabled={busy || current}
        className="rounded-md bg-emerald-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
        onClick={() => setAsking(true)}
        data-testid="publish-report"
      >
        {t("report.review.publish", { version: report.version })}
      </button>
    );
  return (
    <div
      role="group"
      aria-labelledby="publish-confirm-text"
      className="space-y-2 rounded-md border border-emerald-700 bg-white p-3"
      data-testid="publish-confirm"
    >
      <p id="publish-confirm-text" className="text-sm">
        {t("report.review.publishConfirm", { version: report.version })}
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={busy}
          className="rounded-md bg-emerald-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
          onClick={() => {
            setAsking(false);
            onPublish();
          }}
          data-testid="confirm-publish"
        >
          {t("report.review.publishYes")}
        </button>
        <button type="button" className="rounded-md border border-slate-300 px-4 py-2 text-sm" onClick={() => setAsking(false)}>
          {t("report.review.publishNo")}
        </button>
      </div>
    </div>
  );
}
