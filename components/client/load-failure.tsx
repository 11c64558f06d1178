"use client";

import type { ClientT } from "@/lib/i18n/format";
import type { LoadFailure } from "./hooks";

/**
 * Why an assessment's page did not load. Signed out without a resume key (a mailed report link opened
 * in a fresh browser), it offers sign-in and sign-up, both coming back to this page.
 */
export function LoadFailureNotice({ failure, t, embedded = false }: { failure: LoadFailure; t: ClientT; embedded?: boolean }) {
  const back = encodeURIComponent(failure.returnTo);
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-800" data-testid="load-failure">
      <p>{failure.message}</p>
      {failure.signIn && !embedded ? (
        <p className="mt-3 flex flex-wrap gap-3">
          <a
            href={`/signin?returnTo=${back}`}
            className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-strong"
            data-testid="load-sign-in"
          >
            {t("assess.load.signIn")}
          </a>
          <a
            href={`/signup?returnTo=${back}`}
            className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold text-ink hover:bg-slate-50"
            data-testid="load-sign-up"
          >
            {t("assess.load.signUp")}
          </a>
        </p>
      ) : null}
    </div>
  );
}
