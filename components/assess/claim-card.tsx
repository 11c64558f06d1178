"use client";

import { useEffect, useState } from "react";
import type { ClientT } from "@/lib/i18n/format";
import { session, type AssessmentApi } from "../client/api";

/** On the result page: keep this (anonymously started) assessment in the signed-in account. */
export function ClaimCard({ id, api, t }: { id: string; api: AssessmentApi; t: ClientT }) {
  const [email, setEmail] = useState<string | null | undefined>(undefined);
  const [state, setState] = useState<"idle" | "busy" | "done" | { error: string }>("idle");

  useEffect(() => {
    void session().then((r) => setEmail((r.ok ? r.data?.user?.email : null) ?? null));
  }, []);

  async function claim() {
    setState("busy");
    const r = await api.claim();
    if (r.ok) return setState("done");
    setState({ error: r.error.message });
  }

  if (email === undefined) return null;
  return (
    <section aria-labelledby="claim-title" className="rounded-xl border border-slate-200 p-4 print:hidden" data-testid="claim-card">
      <h2 id="claim-title" className="font-semibold">
        {t("assess.claim.title")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("assess.claim.lead")}</p>
      {state === "done" ? (
        <p role="status" className="mt-3 text-sm text-emerald-700" data-testid="claim-done">
          {t("assess.claim.done")}
        </p>
      ) : email ? (
        <button
          type="button"
          onClick={() => void claim()}
          disabled={state === "busy"}
          className="mt-3 rounded-md bg-brand px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
          data-testid="claim"
        >
          {t("assess.claim.button", { email })}
        </button>
      ) : (
        <a href={`/signin?returnTo=${encodeURIComponent(`/assess/${id}/result`)}`} className="mt-3 inline-block text-sm text-brand underline">
          {t("assess.claim.signIn")}
        </a>
      )}
      {typeof state === "object" ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {t("assess.claim.failed", { message: state.error })}
        </p>
      ) : null}
    </section>
  );
}
