import { desc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { DEMO_PASSWORD } from "@/db/seed";
import { auditLog, outboxMails, passwordResets, rateLimits, users } from "@/db/schema";
import { changePassword } from "@/lib/auth/account";
import { completePasswordReset, latestOutbox, requestPasswordReset } from "@/lib/auth/password-reset";
import { can } from "@/lib/auth/permissions";
import { confirmSignUp, signUp } from "@/lib/auth/sign-up";
import { ACCOUNT_BACKOFF, ACCOUNT_WIDE_BACKOFF, ADDRESS_BACKOFF, actorFor, authenticate } from "@/lib/auth/sign-in";
import { backoffDelay } from "@/lib/auth/rate-limit";
import { addressKey, clientAddress } from "@/lib/http/client-address";
import { resolveClientAddress, trustedProxies } from "@/lib/http/client-address-core.mjs";
import { isAppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { requestActor } from "@/lib/auth/request-actor";
import { endSessions, sessionVersionOf, validSessionUser } from "@/lib/auth/sessions";
import { setMemberRoles } from "@/lib/auth/invitations";
import { outcomeCode, withDemoDatabase } from "../support/app-database";
import { sessionCookie } from "../support/session";

const database = withDemoDatabase();
let db: Db;
beforeAll(() => {
  db = database.db();
});
const code = outcomeCode;

describe("sign-in", () => {
  it("signs in a demo user, case-insensitively, and loads the roles per tenant", async () => {
    const user = await authenticate(db, { email: " Consultant@Demo.Shuzhen.cn ", password: DEMO_PASSWORD, ip: "10.0.0.1" });
    expect(user.email).toBe("consultant@demo.shuzhen.cn");
    const actor = await actorFor(db, user.id);
    const [zz] = await db
      .execute<{ id: string }>(sql`select id from tenants where slug = 'zhengzhou'`)
      .then((r) => (Array.isArray(r) ? r : (r as { rows: { id: string }[] }).rows));
    expect(can(actor, "report.edit", zz!.id)).toBe(true);
    expect(can(actor, "tenant.branding.edit", zz!.id)).toBe(false);
    const [row] = await db.select({ at: users.lastSignInAt }).from(users).where(eq(users.id, user.id));
    expect(row?.at).toBeInstanceOf(Date);
    const logged = await db.select().from(auditLog).where(eq(auditLog.actorUserId, user.id));
    expect(logged.some((l) => l.action === "auth.sign_in" && l.tenantId === zz!.id && l.ip === "10.0.0.1")).toBe(true);
  });

  it("answers a wrong password and an unknown account the same way", async () => {
    expect(await code(authenticate(db, { email: "owner@demo.shuzhen.cn", password: "wrong-password", ip: "10.0.0.2" }))).toBe("unauthenticated");
    expect(await code(authenticate(db, { email: "nobody@example.cn", password: "wrong-password", ip: "10.0.0.2" }))).toBe("unauthenticated");
  });

  /** A guesser's patience: every wait so far is over (the counts stay). */
  const waitsEnd = () => db.update(rateLimits).set({ blockedUntil: new Date(Date.now() - 1) });
  const failedChecks = async (ip: string) =>
    (await db.select().from(auditLog).where(eq(auditLog.ip, ip))).filter((l) => l.action === "auth.sign_in_failed").length;

  it("slows failed attempts down per account and address, with a capped back-off and never a lock-out", async () => {
    await db.delete(rateLimits);
    const email = "admin.zhengzhou@demo.shuzhen.cn";
    for (let i = 0; i < 30; i++) {
      await waitsEnd();
      expect(await code(authenticate(db, { email, password: "nope-nope", ip: "10.1.0.1" }))).toBe("unauthenticated");
    }
    const [own] = await db
      .select()
      .from(rateLimits)
      .where(eq(rateLimits.key, `signin:account:${email}|from:10.1.0.1`));
    expect(own!.count).toBe(30);
    const waitMs = own!.blockedUntil!.getTime() - Date.now();
    expect(waitMs).toBeGreaterThan(50_000);
    expect(waitMs).toBeLessThanOrEqual(ACCOUNT_BACKOFF.capMs);
    // From that address, even the right password waits its turn, then gets in and starts afresh.
    const refused = await authenticate(db, { email, password: DEMO_PASSWORD, ip: "10.1.0.1" }).catch((e: unknown) => e);
    expect(isAppError(refused) && refused.code).toBe("rate_limited");
    expect(isAppError(refused) && refused.message).toMatch(/try again in \d+ s/);
    await waitsEnd();
    expect(await code(authenticate(db, { email, password: DEMO_PASSWORD, ip: "10.1.0.1" }))).toBe("ok");
    expect(
      await db
        .select()
        .from(rateLimits)
        .where(eq(rateLimits.key, `signin:account:${email}|from:10.1.0.1`)),
    ).toEqual([]);

    // One address guessing many accounts is slowed down too, and no one else is.
    await db.delete(rateLimits);
    for (let i = 0; i < ADDRESS_BACKOFF.free; i++) await code(authenticate(db, { email: `guess${i}@example.cn`, password: "x-x-x-x-x", ip: "10.2.0.1" }));
    expect(await code(authenticate(db, { email: "owner@demo.shuzhen.cn", password: DEMO_PASSWORD, ip: "10.2.0.1" }))).toBe("rate_limited");
    expect(await code(authenticate(db, { email: "owner@demo.shuzhen.cn", password: DEMO_PASSWORD, ip: "10.2.0.2" }))).toBe("ok");
    expect(backoffDelay(ACCOUNT_BACKOFF, 4)).toBe(0);
    expect([5, 6, 7, 100].map((n) => backoffDelay(ACCOUNT_BACKOFF, n))).toEqual([1000, 2000, 4000, 60_000]);
  });

  it("checks one password at most per wait, however many guesses arrive together when it ends", async () => {
    await db.delete(rateLimits);
    const email = "admin.zhengzhou@demo.shuzhen.cn";
    const ip = "10.3.0.1";
    for (let i = 0; i < ACCOUNT_BACKOFF.free; i++) expect(await code(authenticate(db, { email, password: "nope-nope", ip }))).toBe("unauthenticated");
    expect(await code(authenticate(db, { email, password: "nope-nope", ip }))).toBe("rate_limited");
    for (let round = 1; round <= 2; round++) {
      await waitsEnd();
      const outcomes = await Promise.all(Array.from({ length: 20 }, () => code(authenticate(db, { email, password: "nope-nope", ip }))));
      expect(outcomes.filter((o) => o === "unauthenticated")).toHaveLength(1);
      expect(outcomes.filter((o) => o === "rate_limited")).toHaveLength(19);
      expect(await failedChecks(ip)).toBe(ACCOUNT_BACKOFF.free + round);
    }
    // The same holds for the account-wide counter, the only one for clients whose address is unknown.
    await db.delete(rateLimits);
    await db.insert(rateLimits).values({
      key: `signin:account:${email}`,
      count: ACCOUNT_WIDE_BACKOFF.free,
      windowEndsAt: new Date(Date.now() + 60_000),
      blockedUntil: new Date(Date.now() - 1),
    });
    const before = await failedChecks("unknown");
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => code(authenticate(db, { email, password: "nope-nope", ip: "unknown" }))));
    expect(outcomes.filter((o) => o === "unauthenticated")).toHaveLength(1);
    expect((await failedChecks("unknown")) - before).toBe(1);
  });

  it("lets the owner in from their own address while someone elsewhere keeps guessing their account", async () => {
    await db.delete(rateLimits);
    const email = "admin.zhengzhou@demo.shuzhen.cn";
    // One failure each time the block ends, for an hour's worth of blocks: the guesser's own counter grows.
    for (let i = 0; i < 40; i++) {
      await waitsEnd();
      expect(await code(authenticate(db, { email, password: "nope-nope", ip: "198.51.100.7" }))).toBe("unauthenticated");
    }
    expect(await code(authenticate(db, { email, password: "nope-nope", ip: "198.51.100.7" }))).toBe("rate_limited");
    expect(await code(authenticate(db, { email, password: DEMO_PASSWORD, ip: "203.0.113.20" }))).toBe("ok");

    // Guesses from many addresses meet the account-wide cap: the owner then waits seconds, not minutes.
    await db.delete(rateLimits);
    for (let i = 0; i < ACCOUNT_WIDE_BACKOFF.free + 10; i++) {
      await waitsEnd();
      expect(await code(authenticate(db, { email, password: "nope-nope", ip: `10.8.${i >> 8}.${i & 255}` }))).toBe("unauthenticated");
    }
    const [wide] = await db
      .select()
      .from(rateLimits)
      .where(eq(rateLimits.key, `signin:account:${email}`));
    expect(wide!.count).toBe(ACCOUNT_WIDE_BACKOFF.free + 10);
    expect(wide!.blockedUntil!.getTime() - Date.now()).toBeLessThanOrEqual(ACCOUNT_WIDE_BACKOFF.capMs);
    expect(wide!.blockedUntil!.getTime() - Date.now()).toBeGreaterThan(ACCOUNT_WIDE_BACKOFF.capMs - 5_000);
    expect(await code(authenticate(db, { email, password: DEMO_PASSWORD, ip: "203.0.113.20" }))).toBe("rate_limited");
    await waitsEnd();
    expect(await code(authenticate(db, { email, password: DEMO_PASSWORD, ip: "203.0.113.20" }))).toBe("ok");
  });

  it("counts an IPv6 /64 as one address, and never lumps unknown clients together", async () => {
    await db.delete(rateLimits);
    for (let i = 0; i < ADDRESS_BACKOFF.free; i++) {
      await code(authenticate(db, { email: `v6guess${i}@example.cn`, password: "x-x-x-x-x", ip: `2001:db8:1:2:${(i + 1).toString(16)}::${i + 7}` }));
    }
    expect(await code(authenticate(db, { email: "owner@demo.shuzhen.cn", password: DEMO_PASSWORD, ip: "2001:db8:1:2:ffff::1" }))).toBe("rate_limited");
    expect(await code(authenticate(db, { email: "owner@demo.shuzhen.cn", password: DEMO_PASSWORD, ip: "2001:db8:1:3::1" }))).toBe("ok");
    expect(addressKey("2001:0db8:0001:0002:0000:0000:0000:0001")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("::ffff:192.0.2.1")).toBe("0:0:0:0::/64");
    expect(addressKey("198.51.100.7")).toBe("198.51.100.7");
    expect(addressKey("unknown")).toBeNull();

    // Without the server hook every client is "unknown": guesses at many accounts slow no one else down.
    await db.delete(rateLimits);
    for (let i = 0; i < ADDRESS_BACKOFF.free + 5; i++) await code(authenticate(db, { email: `unknown${i}@example.cn`, password: "x-x-x-x-x", ip: "unknown" }));
    expect(await code(authenticate(db, { email: "owner@demo.shuzhen.cn", password: DEMO_PASSWORD, ip: "unknown" }))).toBe("ok");
    expect((await db.select().from(rateLimits)).map((r) => r.key).filter((k) => k.includes("unknown") && !k.endsWith("@example.cn"))).toEqual([]);
  });

  it("takes the address from the socket and believes X-Forwarded-For only from trusted proxies", () => {
    const none = trustedProxies(undefined).list;
    expect(resolveClientAddress("203.0.113.7", "198.51.100.1", none)).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:203.0.113.7", undefined, none)).toBe("203.0.113.7");
    const { list, problems } = trustedProxies("10.0.0.0/8, 127.0.0.1 fd00::/8");
    expect(problems).toEqual([]);
    expect(trustedProxies("10.0.0.0/33,example.com").problems).toEqual(["10.0.0.0/33", "example.com"]);
    // Behind our proxy: its X-Forwarded-For names the client; what the client wrote in front of it does not count.
    expect(resolveClientAddress("10.0.0.5", "1.2.3.4, 198.51.100.9", list)).toBe("198.51.100.9");
    expect(resolveClientAddress("10.0.0.5", "198.51.100.9, 10.0.0.6", list)).toBe("198.51.100.9");
    expect(resolveClientAddress("10.0.0.5", "not-an-address", list)).toBe("10.0.0.5");
    expect(resolveClientAddress("203.0.113.7", "10.0.0.1", list)).toBe("203.0.113.7");
    // The app reads only the header the server hook sets; a client's own headers are not an address.
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4", "x-real-ip": "1.2.3.4", "x-shuzhen-client-address": "1.2.3.4" }))).toBe("unknown");
  });

  it("refuses a disabled account and gives it no roles", async () => {
    const [u] = await db.update(users).set({ disabledAt: new Date() }).where(eq(users.email, "owner@demo.shuzhen.cn")).returning({ id: users.id });
    expect(await code(authenticate(db, { email: "owner@demo.shuzhen.cn", password: DEMO_PASSWORD, ip: "10.4.0.1" }))).toBe("unauthenticated");
    expect(await actorFor(db, u!.id)).toBeNull();
    await db.update(users).set({ disabledAt: null }).where(eq(users.id, u!.id));
  });

  it("changes a password only with the current one, refuses a weak one, and audits the change", async () => {
    await db.delete(rateLimits);
    const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, "admin.taiyuan@demo.shuzhen.cn"));
    expect(await changePassword(db, u!.id, "wrong", "a-much-better-password")).toBe("wrong");
    expect(await changePassword(db, u!.id, DEMO_PASSWORD, "short")).toBe("weak");
    expect(await changePassword(db, u!.id, DEMO_PASSWORD, "admin.taiyuan@demo.shuzhen.cn")).toBe("weak");
    expect(await changePassword(db, u!.id, DEMO_PASSWORD, "a-much-better-password")).toBe("changed");
    expect(await code(authenticate(db, { email: "admin.taiyuan@demo.shuzhen.cn", password: DEMO_PASSWORD, ip: "10.5.0.1" }))).toBe("unauthenticated");
    expect(await code(authenticate(db, { email: "admin.taiyuan@demo.shuzhen.cn", password: "a-much-better-password", ip: "10.5.0.1" }))).toBe("ok");
    const logged = await db.select().from(auditLog).where(eq(auditLog.action, "auth.password_changed"));
    expect(logged.map((l) => l.actorUserId)).toEqual([u!.id]);
  });

  it("resets a forgotten password through a one-hour, single-use link in the outbox", async () => {
    await db.delete(rateLimits);
    const email = "consultant@demo.shuzhen.cn";
    await requestPasswordReset(db, { email: "nobody@example.cn", ip: "10.6.0.1", baseUrl: "http://localhost:3000", locale: "zh-CN" });
    expect(await db.select().from(outboxMails).where(eq(outboxMails.to, "nobody@example.cn"))).toEqual([]);
    await requestPasswordReset(db, { email: " Consultant@demo.shuzhen.cn", ip: "10.6.0.1", baseUrl: "http://localhost:3000", locale: "zh-CN" });
    const [mail] = await db.select().from(outboxMails).where(eq(outboxMails.to, email));
    const token = /\/reset\/([A-Za-z0-9_-]+)/.exec(mail!.body)?.[1];
    expect(mail!.body).toContain("http://localhost:3000/reset/");
    expect(await completePasswordReset(db, token!, "short")).toBe("weak");
    expect(await completePasswordReset(db, "x".repeat(43), "a-fresh-password-1")).toBe("invalid");
    expect(await completePasswordReset(db, token!, "a-fresh-password-1")).toBe("done");
    expect(await completePasswordReset(db, token!, "another-password-2")).toBe("invalid");
    expect(await code(authenticate(db, { email, password: "a-fresh-password-1", ip: "10.6.0.2" }))).toBe("ok");

    await requestPasswordReset(db, { email, ip: "10.6.0.1", baseUrl: "http://localhost:3000", locale: "en" });
    const [latest] = await latestOutbox(db, 1);
    expect(latest!.subject).toBe("Reset your Shuzhen password");
    await db.update(passwordResets).set({ expiresAt: new Date(Date.now() - 1000) });
    expect(await completePasswordReset(db, /\/reset\/([A-Za-z0-9_-]+)/.exec(latest!.body)![1]!, "a-fresh-password-3")).toBe("invalid");
  });

  it("signs up a firm user in a portal through a mailed link, naming the field at fault", async () => {
    await db.delete(rateLimits);
    const ctx = (ip: string) => ({ ip, baseUrl: "http://localhost:3000", locale: "zh-CN" as const });
    await signUp(db, { email: "New.Owner@Example.cn", password: "a-good-password", name: "新用户", tenant: "zhengzhou" }, ctx("10.7.0.1"));
    expect(await code(authenticate(db, { email: "new.owner@example.cn", password: "a-good-password", ip: "10.7.0.1" }))).toBe("unauthenticated"); // not before the link
    const [mail] = await latestOutbox(db, 1);
    const token = /\/signup\/confirm\/([A-Za-z0-9_-]+)/.exec(mail!.body)![1]!;
    const user = await confirmSignUp(db, token, "10.7.0.1");
    expect(user?.email).toBe("new.owner@example.cn");
    expect(await confirmSignUp(db, token, "10.7.0.1")).toBeNull(); // single use
    const actor = await actorFor(db, user!.id);
    expect(actor?.memberships.map((m) => m.role)).toEqual(["sme_owner"]);
    expect(await code(authenticate(db, { email: "new.owner@example.cn", password: "a-good-password", ip: "10.7.0.1" }))).toBe("ok");
    const bad = await signUp(db, { email: "not-an-email", password: "short" }, ctx("10.7.0.1")).catch((e: unknown) => e);
    expect(isAppError(bad) && bad.issues.map((i) => i.field).sort()).toEqual(["email", "password"]);
    expect(await code(signUp(db, { email: "x@example.cn", password: "a-good-password", tenant: "atlantis" }, ctx("10.7.0.1")))).toBe("not_found");
    for (let i = 0; i < 10; i++) await code(signUp(db, { email: `bulk${i}@example.cn`, password: "a-good-password" }, ctx("10.7.0.9")));
    expect(await code(signUp(db, { email: "one-more@example.cn", password: "a-good-password" }, ctx("10.7.0.9")))).toBe("rate_limited");
  });

  it("answers a sign-up with a taken address exactly like a new one, and mails the owner instead", async () => {
    await db.delete(rateLimits);
    const ctx = { ip: "10.7.1.1", baseUrl: "http://localhost:3000", locale: "zh-CN" as const };
    const taken = await signUp(db, { email: "owner@demo.shuzhen.cn", password: "an-attackers-guess" }, ctx);
    const fresh = await signUp(db, { email: "nobody-yet@example.cn", password: "an-attackers-guess" }, ctx);
    expect(taken).toEqual(fresh);
    const [mail] = await db.select().from(outboxMails).where(eq(outboxMails.to, "owner@demo.shuzhen.cn")).orderBy(desc(outboxMails.createdAt)).limit(1);
    expect(mail!.subject).toBe("有人尝试用您的邮箱注册数诊");
    // The account is untouched: its password still works, the guess does not.
    expect(await code(authenticate(db, { email: "owner@demo.shuzhen.cn", password: "an-attackers-guess", ip: "10.7.1.2" }))).toBe("unauthenticated");
  });

  it("tells the owner of a taken address where to ask for a reset, without retiring their links or flooding them", async () => {
    await db.delete(rateLimits);
    const email = "consultant@demo.shuzhen.cn";
    const mailsTo = () => db.select().from(outboxMails).where(eq(outboxMails.to, email)).orderBy(desc(outboxMails.createdAt));
    await requestPasswordReset(db, { email, ip: "10.7.2.1", baseUrl: "http://localhost:3000", locale: "zh-CN" });
    const ownersLink = /\/reset\/([A-Za-z0-9_-]+)/.exec((await mailsTo())[0]!.body)![1]!;
    const before = (await mailsTo()).length;
    for (let i = 0; i < 5; i++)
      await signUp(db, { email, password: "an-attackers-guess" }, { ip: `10.7.3.${i}`, baseUrl: "http://localhost:3000", locale: "en" });
    const sent = (await mailsTo()).slice(0, (await mailsTo()).length - before);
    expect(sent).toHaveLength(1); // one per address every 10 minutes, whoever asks
    expect(sent[0]!.subject).toBe("Someone tried to sign up with your address");
    expect(sent[0]!.body).toContain("http://localhost:3000/reset\n");
    expect(sent[0]!.body).not.toMatch(/\/reset\/[A-Za-z0-9_-]+/);
    // The owner's own reset link still works.
    expect(await completePasswordReset(db, ownersLink, "the-owners-new-password")).toBe("done");
  });
});

describe("sessions end on the server", () => {
  /** A request carrying the session cookie the account would have got when signing in now. */
  async function signedInRequest(email: string): Promise<Request> {
    const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    const version = await sessionVersionOf(db, u!.id);
    return new Request("http://localhost/api/tenants/zhengzhou/clients", { headers: { cookie: await sessionCookie({ id: u!.id, email }, version!) } });
  }

  it("a password reset ends every session, and an older reset link dies with the newer one", async () => {
    await db.delete(rateLimits);
    const email = "owner@demo.shuzhen.cn";
    const request = await signedInRequest(email);
    expect(await requestActor(db, request)).not.toBeNull();
    const links: string[] = [];
    for (let i = 0; i < 3; i++) {
      await requestPasswordReset(db, { email, ip: "10.9.0.1", baseUrl: "http://localhost:3000", locale: "zh-CN" });
      const [latest] = await latestOutbox(db, 1);
      links.push(/\/reset\/([A-Za-z0-9_-]+)/.exec(latest!.body)![1]!);
    }
    // Issuing a link retires the earlier ones.
    expect(await completePasswordReset(db, links[0]!, "an-old-link-password")).toBe("invalid");
    expect(await completePasswordReset(db, links[2]!, "the-new-password-1")).toBe("done");
    expect(await completePasswordReset(db, links[1]!, "an-old-link-password")).toBe("invalid");
    expect(await requestActor(db, request)).toBeNull();
    expect(await requestActor(db, await signedInRequest(email))).not.toBeNull();
  });

  it("a password change, signing out and a role taken away end the sessions signed in before", async () => {
    await db.delete(rateLimits);
    const email = "consultant@demo.shuzhen.cn";
    const [u] = await db
      .update(users)
      .set({ passwordHash: await hashPassword(DEMO_PASSWORD) })
      .where(eq(users.email, email))
      .returning({ id: users.id });
    let request = await signedInRequest(email);
    expect(await changePassword(db, u!.id, DEMO_PASSWORD, "a-changed-password-1")).toBe("changed");
    expect(await requestActor(db, request)).toBeNull();

    request = await signedInRequest(email);
    await endSessions(db, u!.id); // what signing out does (next-auth events.signOut)
    expect(await requestActor(db, request)).toBeNull();
    expect(await validSessionUser(db, { uid: u!.id })).toBeNull(); // a token from before session versions

    request = await signedInRequest(email);
    const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.email, "admin.zhengzhou@demo.shuzhen.cn"));
    await setMemberRoles(db, (await actorFor(db, admin!.id))!, "zhengzhou", u!.id, { roles: ["consultant"] });
    expect(await requestActor(db, request)).not.toBeNull(); // nothing taken away
    await setMemberRoles(db, (await actorFor(db, admin!.id))!, "zhengzhou", u!.id, { roles: ["sme_owner"] });
    expect(await requestActor(db, request)).toBeNull();
  });
});
