import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outboxMails } from "@/db/schema";
import { database } from "@/lib/db";
import { sendMail } from "@/lib/mail/send";
import { useAppDatabase } from "../support/app-database";
import { startFakeSmtp } from "../support/fake-smtp";

/** With SMTP_URL the mail goes out by SMTP and is marked sent; a server that is down leaves it unsent in the outbox. */

let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  smtp = await startFakeSmtp();
  // Read once by lib/env on first use, which comes after this.
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = "数诊测试 <noreply@shuzhen.test>";
  cleanup = await useAppDatabase();
});

afterAll(async () => {
  await cleanup?.();
  await smtp?.close();
});

describe("sendMail", () => {
  it("sends over SMTP with the configured sender and marks the outbox row sent", async () => {
    const { db } = await database();
    const outcome = await sendMail(db, {
      tenantId: null,
      to: "boss@client.test",
      subject: "诊断报告已发布",
      body: "请登录阅读：http://app.test/assess/x/report",
    });
    expect(outcome).toEqual({ sent: true });
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]!.to).toEqual(["<boss@client.test>"]);
    expect(smtp.mails[0]!.from).toContain("noreply@shuzhen.test");
    expect(smtp.mails[0]!.data).toMatch(/Subject: =\?UTF-8\?/);
    const [row] = await db.select().from(outboxMails).where(eq(outboxMails.to, "boss@client.test"));
    expect(row?.sentAt).toBeInstanceOf(Date);
  });

  it("keeps the mail unsent in the outbox when the server is down", async () => {
    const { db } = await database();
    await smtp.close();
    const outcome = await sendMail(db, { tenantId: null, to: "later@client.test", subject: "邀请", body: "…" });
    expect(outcome).toEqual({ sent: false });
    const [row] = await db.select().from(outboxMails).where(eq(outboxMails.to, "later@client.test"));
    expect(row?.sentAt).toBeNull();
  });
});
