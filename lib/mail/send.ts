import "server-only";
import { eq } from "drizzle-orm";
import type { Transporter } from "nodemailer";
import type { Db } from "@/db/client";
import { outboxMails } from "@/db/schema";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

export interface Mail {
  tenantId: string | null;
  to: string;
  subject: string;
  body: string;
}

let transport: Promise<Transporter> | undefined;

async function smtp(url: string): Promise<Transporter> {
  transport ??= import("nodemailer").then((m) => m.createTransport(url));
  return transport;
}

/**
 * Every mail is first written to the outbox (a record, and what the development outbox page shows);
 * with SMTP_URL it is then sent and marked sent. A failed send is logged and stays unsent in the
 * outbox: the action that caused it (an invitation, a publication) is not undone by a mail server.
 */
export async function sendMail(db: Db, mail: Mail): Promise<{ sent: boolean }> {
  const [row] = await db.insert(outboxMails).values(mail).returning({ id: outboxMails.id });
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL || !row) return { sent: false };
  try {
    await (await smtp(SMTP_URL)).sendMail({ from: MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.body });
    await db.update(outboxMails).set({ sentAt: new Date() }).where(eq(outboxMails.id, row.id));
    return { sent: true };
  } catch (error) {
    logger.error("mail not sent", { to: mail.to, subject: mail.subject, error });
    return { sent: false };
  }
}
