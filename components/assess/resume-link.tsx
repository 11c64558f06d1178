"use client";

import { useState } from "react";
import type { ClientT } from "@/lib/i18n/format";

/** The secret link that reopens this assessment anywhere; the key sits in the fragment, never sent to a server. */
export function ResumeLink({ id, token, t }: { id: string; token: string; t: ClientT }) {
  const [copied, setCopied] = useState(false);
  const link = typeof window === "undefined" ? "" : `${window.location.origin}/assess/${id}#k=${token}`;
  return (
    <section aria-labelledby="resume-title" className="rounded-xl bg-surface p-4 text-sm">
      <h2 id="resume-title" className="font-semibold">
        {t("assess.resume.title")}
      </h2>
      <p className="mt-1 text-muted">{t("assess.resume.hint")}</p>
      <div className="mt-2 flex flex-col gap-2 sm:flex-row">
        <label htmlFor="resume-link" className="sr-only">
          {t("assess.resume.title")}
        </label>
        <input
          id="resume-link"
          readOnly
          value={link}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs"
          data-testid="resume-link"
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          className="rounded-md border border-slate-300 bg-white px-3 py-2"
          onClick={() => {
            void navigator.clipboard?.writeText(link).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {copied ? t("assess.resume.copied") : t("assess.resume.copy")}
        </button>
      </div>
    </section>
  );
}
