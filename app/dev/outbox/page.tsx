import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { mayReadOutbox } from "@/lib/auth/outbox-access";
import { latestOutbox } from "@/lib/auth/password-reset";
import { pageDb } from "@/lib/auth/page-access";
import { currentActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/figures";
import { currentTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("auth.outbox.title"), robots: { index: false }, referrer: "no-referrer" };
}

/** The system's mail, with live reset and invitation links (who may read it: lib/auth/outbox-access.ts). */
export default async function OutboxPage() {
  if (!mayReadOutbox(await currentActor(), await headers())) notFound();
  const { t, locale } = await currentTranslator();
  const mails = await latestOutbox(await pageDb());
  return (
    <section className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="text-2xl font-bold">{t("auth.outbox.title")}</h1>
      <p className="mt-2 text-muted">{t("auth.outbox.lead")}</p>
      {mails.length === 0 ? <p className="mt-6 text-muted">{t("auth.outbox.empty")}</p> : null}
      <ol className="mt-6 space-y-4" data-testid="outbox">
        {mails.map((m) => (
          <li key={m.id} className="rounded-md border border-slate-200 p-4">
            <p className="text-sm text-muted">
              {formatDateTime(m.createdAt, locale)} · {m.to}
            </p>
            <h2 className="mt-1 font-semibold">{m.subject}</h2>
            <pre className="mt-2 whitespace-pre-wrap break-all font-sans text-sm">
              {m.body.split(/(https?:\/\/\S+)/).map((part, i) =>
                /^https?:\/\//.test(part) ? (
                  <a key={i} href={part} className="text-brand underline">
                    {part}
                  </a>
                ) : (
                  part
                ),
              )}
            </pre>
          </li>
        ))}
      </ol>
    </section>
  );
}
