import type { Metadata } from "next";
import Link from "next/link";
import { TicketReply } from "@/components/assistant/ticket-reply";
import { Page, Panel } from "@/components/ui/page";
import { staffTicket } from "@/lib/assistant/tickets";
import { orNotFound, signedInPage } from "@/lib/auth/page-access";
import { formatDateTime } from "@/lib/i18n/figures";
import { currentTranslator } from "@/lib/i18n/server";
import { messagesWithPrefix } from "@/lib/i18n/translate";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslator();
  return { title: t("as.inbox.title") };
}

/** One hand-over: what the asker said to the assistant, the messages since, and the reply box. */
export default async function TicketPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  const { db, actor, t, locale } = await signedInPage(`/inbox/${tenant}/${id}`);
  const ticket = await orNotFound(staffTicket(db, actor, tenant, id));
  return (
    <Page
      title={ticket.subject}
      lead={[t(`as.inbox.status.${ticket.status}`), ticket.firmName ?? t("as.inbox.noFirm"), ticket.contactEmail ?? t("as.inbox.noContact")].join(" · ")}
      nav={
        <Link href={`/inbox/${tenant}`} className="text-sm text-brand underline">
          {t("as.inbox.back")}
        </Link>
      }
    >
      {ticket.transcript.length > 0 && (
        <Panel title={t("as.inbox.transcript")} id="transcript">
          <ol className="space-y-2 text-sm">
            {ticket.transcript.map((line, i) => (
              <li key={i} className={line.role === "user" ? "rounded bg-blue-50 p-2" : "rounded bg-slate-50 p-2"}>
                <span className="font-semibold">{t(line.role === "user" ? "as.inbox.asker" : "as.inbox.assistant")}</span>
                <span className="whitespace-pre-wrap">{line.text}</span>
              </li>
            ))}
          </ol>
        </Panel>
      )}
      <Panel title={t("as.inbox.messages")} id="messages">
        <ol className="space-y-2 text-sm">
          {ticket.messages.map((m, i) => (
            <li key={i} className={m.author === "firm" ? "rounded bg-blue-50 p-2" : "rounded bg-emerald-50 p-2"}>
              <p className="text-xs text-muted">
                {t(m.author === "firm" ? "as.inbox.asker" : "as.inbox.staff")} {formatDateTime(m.at, locale)}
              </p>
              <p className="whitespace-pre-wrap">{m.body}</p>
            </li>
          ))}
        </ol>
      </Panel>
      <Panel title={t("as.inbox.reply")} id="reply">
        <TicketReply
          tenant={tenant}
          id={ticket.id}
          status={ticket.status}
          messages={{ ...messagesWithPrefix(locale, "as.inbox."), ...messagesWithPrefix(locale, "error.") }}
        />
      </Panel>
    </Page>
  );
}
