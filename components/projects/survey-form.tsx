"use client";

import { useState } from "react";
import { clientTranslator } from "@/lib/i18n/format";
import { useHydrated } from "../client/hooks";
import { api, type ApiError } from "../client/http";
import { buttonClass, inputClass, labelClass } from "../ui/field";
import { Done, ErrorNotice } from "../ui/notice";

/** The outcome survey's three questions, sent with the link's secret in the path (no account needed). */
export function SurveyForm({ token, messages }: { token: string; messages: Record<string, string> }) {
  const t = clientTranslator(messages);
  const [rating, setRating] = useState<number | null>(null);
  const [inUse, setInUse] = useState<boolean | null>(null);
  const [comment, setComment] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  if (done) return <Done testId="survey-done">{t("proj.survey.thanks")}</Done>;
  async function send(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    const r = await api("POST", `/api/surveys/${token}`, { rating, stillInUse: inUse, ...(comment.trim() ? { comment: comment.trim() } : {}) });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setDone(true);
  }
  return (
    <form className="space-y-5" onSubmit={(e) => void send(e)} data-testid="survey-form">
      <fieldset>
        <legend className={labelClass}>{t("proj.survey.rating")}</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="flex items-center gap-1">
              <input type="radio" name="rating" className="h-5 w-5" checked={rating === n} onChange={() => setRating(n)} required />
              {n}
            </label>
          ))}
        </div>
        <p className="mt-1 text-xs text-muted">{t("proj.survey.scale")}</p>
      </fieldset>
      <fieldset>
        <legend className={labelClass}>{t("proj.survey.inUse")}</legend>
        <div className="mt-2 flex gap-6">
          <label className="flex items-center gap-1">
            <input type="radio" name="in-use" className="h-5 w-5" checked={inUse === true} onChange={() => setInUse(true)} required />
            {t("proj.survey.yes")}
          </label>
          <label className="flex items-center gap-1">
            <input type="radio" name="in-use" className="h-5 w-5" checked={inUse === false} onChange={() => setInUse(false)} />
            {t("proj.survey.no")}
          </label>
        </div>
      </fieldset>
      <div>
        <label htmlFor="survey-comment" className={labelClass}>
          {t("proj.survey.comment")}
        </label>
        <textarea id="survey-comment" className={inputClass} rows={3} maxLength={1000} value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      <ErrorNotice error={error} />
      <button type="submit" className={buttonClass} disabled={busy || !hydrated} data-testid="survey-send">
        {t("proj.survey.send")}
      </button>
    </form>
  );
}
