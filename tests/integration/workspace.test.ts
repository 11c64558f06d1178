import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, enterprises, outboxMails, reports, users } from "@/db/schema";
import { DEMO_USERS } from "@/db/seed/demo-users";
import { brandingRequest, embedOriginsRequest, tenantSettings, updateBranding, uploadLogo } from "@/lib/admin/settings";
import { ownedAssessments } from "@/lib/assessments/claim";
import type { AppError } from "@/lib/errors";
import { readUpload } from "@/lib/http/upload";
import { EVIDENCE_LIMITS, listEvidence, uploadEvidence } from "@/lib/assessments/evidence-files";
import { patchAssessment, submitAssessment } from "@/lib/assessments/service";
import { acceptInvitation, inviteUser, invitationView, listMembers, setMemberRoles } from "@/lib/auth/invitations";
import type { Actor } from "@/lib/auth/permissions";
import { actorFor } from "@/lib/auth/sign-in";
import { addClient, clientDetail, listClients, startClientAssessment } from "@/lib/consultants/clients";
import { database } from "@/lib/db";
import { REPORT_JOB } from "@/lib/jobs/kinds";
import { startWorker, type Worker } from "@/lib/jobs/worker";
import { reportPdf } from "@/lib/reports/pdf";
import { saveConsultantBrand } from "@/lib/consultants/brand";
import { extractPdfText } from "@/lib/files/extract-text";
import { reportJobHandler } from "@/lib/reports/job";
import { publishReport } from "@/lib/reports/publish";
import { editReport, getReportView } from "@/lib/reports/service";
import { outcomeCode, useAppDatabase } from "../support/app-database";
import { COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";
import { solidPng } from "../support/png";

/** The consultant's journey and the administrator's settings, through the services the routes call. */

let cleanup: () => Promise<void>;
let worker: Worker;
let consultant: Actor;
let admin: Actor;

async function demoActor(role: string, slug: string): Promise<Actor> {
  const { db } = await database();
  const email = DEMO_USERS.find((u) => u.role === role && u.tenantSlug === slug)!.email;
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return (await actorFor(db, u!.id))!;
}

async function latestMail(to: string) {
  const { db } = await database();
  const [mail] = await db.select().from(outboxMails).where(eq(outboxMails.to, to)).orderBy(desc(outboxMails.createdAt)).limit(1);
  return mail;
}

beforeAll(async () => {
  cleanup = await useAppDatabase({ demo: true });
  const { db } = await database();
  worker = startWorker(db, { [REPORT_JOB]: reportJobHandler(() => null) }, { soleWorker: true, pollMs: 50 });
  consultant = await demoActor("consultant", "zhengzhou");
  admin = await demoActor("tenant_admin", "zhengzhou");
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await cleanup?.();
});

describe("consultant: client, visit, evidence, review, publication, changes", () => {
  it("runs from a new client to a published report the client reads after accepting the mailed invitation", async () => {
    const { db } = await database();
    const { enterpriseId } = await addClient(db, consultant, "zhengzhou", {
      enterprise: { ...ZHENGZHOU_ENTERPRISE, name: "洛阳测试轴承有限公司" },
      contactName: "赵总",
      contactEmail: "Zhao@Bearing.test",
    });
    expect((await listClients(db, consultant, "zhengzhou")).map((c) => c.name)).toContain("洛阳测试轴承有限公司");

    // First visit: answers, evidence (a real image; a zip and an oversize file refused), submit.
    const first = await startClientAssessment(db, consultant, "zhengzhou", enterpriseId, { mode: "consultant_onsite", language: "zh-CN" });
    await patchAssessment(db, first.id, { actor: consultant }, { answers: COMPLETE_MANUFACTURING });
    const caller = { actor: consultant };
    await uploadEvidence(db, first.id, caller, { name: "机房/照片.png", bytes: solidPng(), fields: { questionCode: "F.NET", caption: "机房网络" } });
    const zip = await uploadEvidence(db, first.id, caller, {
      name: "a.zip",
      bytes: Buffer.from([0x50, 0x4b, 3, 4, 0]),
      fields: { questionCode: "F.NET" },
    }).catch((e: Error) => e.message);
    expect(zip).toMatch(/only PDF, PNG, JPEG or WebP/);
    const unknownQuestion = await uploadEvidence(db, first.id, caller, { name: "b.png", bytes: solidPng(), fields: { questionCode: "X.NOPE" } }).catch(
      (e: Error) => e.message,
    );
    expect(unknownQuestion).toMatch(/questionCode: no question or scene X.NOPE/);
    expect(await listEvidence(db, first.id, caller)).toEqual([
      expect.objectContaining({ fileName: "照片.png", questionCode: "F.NET", caption: "机房网络", mimeType: "image/png" }),
    ]);
    await submitAssessment(db, first.id, caller);
    expect(await outcomeCode(uploadEvidence(db, first.id, caller, { name: "c.png", bytes: solidPng(), fields: { questionCode: "F.NET" } }))).toBe("conflict");
    await worker.idle();

    // Review: an edit makes version 2; publishing needs the version on screen.
    const { view } = await getReportView(db, first.id, caller, "zh-CN");
    expect(view.access).toEqual({ edit: true, publish: true });
    await editReport(db, first.id, caller, {
      language: "zh-CN",
      basedOn: 1,
      sections: { summary: { headline: "经现场核实：一级", paragraphs: ["顾问现场核实了网络与设备情况。"], bullets: [] } },
    });
    expect(await outcomeCode(publishReport(db, first.id, consultant, { language: "zh-CN", version: 1 }, "http://app.test"))).toBe("conflict");
    const published = await publishReport(db, first.id, consultant, { language: "zh-CN", version: 2 }, "http://app.test");
    expect(published).toMatchObject({ version: 2, notified: "zhao@bearing.test" });
    const mail = await latestMail("zhao@bearing.test");
    expect(mail?.body).toContain(`http://app.test/assess/${first.id}/report`);
    const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(mail?.body ?? "")?.[1];
    expect(token).toBeTruthy();

    // A later draft edit is not what the client sees.
    await editReport(db, first.id, caller, {
      language: "zh-CN",
      basedOn: 2,
      sections: { summary: { headline: "未发布的修改", paragraphs: ["尚在审阅。"], bullets: [] } },
    });

    // The contact accepts: a new account owning the firm, which reads version 2 only.
    expect(await invitationView(db, token!)).toMatchObject({ email: "zhao@bearing.test", role: "sme_owner", accountExists: false });
    const accepted = await acceptInvitation(db, token!, { name: "赵总", password: "bearing-owner-2026" }, null);
    // …and is sent on to the report the mail was about.
    expect(accepted).toMatchObject({ created: true, role: "sme_owner", tenantSlug: "zhengzhou", destination: `/assess/${first.id}/report` });
    expect(await outcomeCode(acceptInvitation(db, token!, { password: "bearing-owner-2026" }, null))).toBe("not_found");
    const [firm] = await db.select({ owner: enterprises.ownerUserId }).from(enterprises).where(eq(enterprises.id, enterpriseId));
    expect(firm?.owner).toBe(accepted.userId);
    const owner = (await actorFor(db, accepted.userId))!;
    expect((await ownedAssessments(db, owner.userId)).map((a) => a.id)).toEqual([first.id]);
    const ownerView = (await getReportView(db, first.id, { actor: owner }, "zh-CN")).view;
    expect(ownerView).toMatchObject({ version: 2, access: { edit: false, publish: false } });
    expect(ownerView.versions.map((v) => v.version)).toEqual([2]);
    expect(ownerView.sections[0]?.content?.headline).toBe("经现场核实：一级");
    expect(
      await outcomeCode(
        editReport(db, first.id, { actor: owner }, { language: "zh-CN", basedOn: 3, sections: { summary: { headline: "x", paragraphs: ["y"], bullets: [] } } }),
      ),
    ).toBe("not_found");
    // The PDF carries the consultant's brand once they set one (the portal's before).
    expect((await extractPdfText((await reportPdf(db, first.id, { actor: owner }, "zh-CN")).pdf)).text).toContain("郑州");
    await saveConsultantBrand(db, consultant, "zhengzhou", { organisation: "精益数字化咨询有限公司", primaryColor: "#7c2d12", accentColor: "#1d4ed8" });
    const branded = (await extractPdfText((await reportPdf(db, first.id, { actor: owner }, "zh-CN")).pdf)).text;
    expect(branded.split("\n").slice(0, 3).join(" ")).toContain("精益数字化咨询有限公司");
    expect(branded).toContain("经现场核实：一级");
    expect(branded).not.toContain("未发布的修改");
    // The English report was never published: the owner gets a clear "not published" 404.
    expect(
      await getReportView(db, first.id, { actor: owner }, "en").then(
        () => "shown",
        (e: Error) => e.message,
      ),
    ).toMatch(/not published/);

    // Second visit starts from the first answers; two changed answers show as changes.
    const second = await startClientAssessment(db, consultant, "zhengzhou", enterpriseId, { mode: "consultant_remote", language: "zh-CN" });
    await patchAssessment(db, second.id, caller, { answers: { "F.IS": "most", "S.ENERGY": 2 } });
    // The consultant's visit is theirs to answer: the owner reads, but does not change it.
    expect(await outcomeCode(patchAssessment(db, second.id, { actor: owner }, { answers: { "F.IS": "none" } }))).toBe("not_found");
    await submitAssessment(db, second.id, caller);
    const detail = await clientDetail(db, consultant, "zhengzhou", enterpriseId);
    expect(detail.assessments.map((a) => a.mode)).toEqual(["consultant_remote", "consultant_onsite"]);
    expect(detail.contact).toEqual({ name: "赵总", email: "zhao@bearing.test", hasAccount: true });
    expect(detail.changes?.answers.map((a) => a.code)).toEqual(["F.IS", "S.ENERGY"]);
    expect(detail.changes?.answers[1]).toMatchObject({ before: "0", after: "2" });
    expect(detail.changes!.total.after).toBeGreaterThan(detail.changes!.total.before);

    const actions = (await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, first.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["evidence.uploaded", "report.published"]));
    const [row] = await db
      .select({ published: reports.publishedVersion, current: reports.currentVersion })
      .from(reports)
      .where(and(eq(reports.assessmentId, first.id), eq(reports.language, "zh-CN")));
    expect(row).toEqual({ published: 2, current: 3 });
  });

  it("refuses an evidence file over 10 MB before reading it whole, naming the field", async () => {
    const form = new FormData();
    form.set("questionCode", "F.NET");
    form.set("file", new File([new Uint8Array(EVIDENCE_LIMITS.maxFileBytes + 1)], "big.pdf"));
    const request = new Request("http://localhost/upload", { method: "POST", body: form });
    const refused = await readUpload(request, EVIDENCE_LIMITS.maxFileBytes).catch((e: AppError) => e);
    expect(refused).toMatchObject({ code: "payload_too_large", issues: [{ field: "file" }] });
    const fits = new FormData();
    fits.set("file", new File([new Uint8Array(1024)], "ok.pdf"));
    expect((await readUpload(new Request("http://localhost/upload", { method: "POST", body: fits }), EVIDENCE_LIMITS.maxFileBytes)).bytes.length).toBe(1024);
  });
});

describe("administrator: brand, origins, members and invitations", () => {
  it("refuses colours white text cannot be read on, origins with paths and non-https origins", () => {
    expect(brandingRequest.safeParse({ displayNameZh: "郑州", primaryColor: "#ffcc00", accentColor: "#0f766e" }).error?.issues[0]).toMatchObject({
      path: ["primaryColor"],
      message: expect.stringMatching(/too light/),
    });
    expect(embedOriginsRequest.safeParse({ origins: ["https://a.gov.cn/path"] }).error?.issues[0]?.message).toMatch(/no path/);
    expect(embedOriginsRequest.safeParse({ origins: ["http://a.gov.cn"] }).error?.issues[0]?.message).toMatch(/only https/);
    expect(embedOriginsRequest.parse({ origins: ["https://A.gov.cn", "http://localhost:4000"] }).origins).toEqual([
      "https://a.gov.cn",
      "http://localhost:4000",
    ]);
  });

  it("saves the brand and a logo, refuses a damaged image, and audits both", async () => {
    const { db } = await database();
    await updateBranding(db, admin, "zhengzhou", {
      displayNameZh: "郑州中小企业数转服务",
      displayNameEn: "Zhengzhou SME Digital",
      primaryColor: "#7C2D12",
      accentColor: "#1d4ed8",
    });
    await uploadLogo(db, admin, "zhengzhou", { name: "logo.png", bytes: solidPng(40, 16), fields: {} });
    const damaged = await uploadLogo(db, admin, "zhengzhou", { name: "bad.png", bytes: solidPng().subarray(0, 40), fields: {} }).catch((e: Error) => e.message);
    expect(damaged).toMatch(/damaged/);
    const settings = await tenantSettings(db, admin, "zhengzhou");
    expect(settings.branding).toMatchObject({ displayName: { "zh-CN": "郑州中小企业数转服务", en: "Zhengzhou SME Digital" }, primaryColor: "#7c2d12" });
    expect(settings.logoUrl).toMatch(/^\/api\/tenants\/zhengzhou\/logo\?v=/);
    const actions = (await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.actorUserId, admin.userId))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["tenant.branding_changed", "tenant.logo_changed"]));
  });

  it("invites a consultant who joins with a new account; roles change and are audited; an administrator cannot demote themselves", async () => {
    const { db } = await database();
    const { id } = await inviteUser(db, admin, "zhengzhou", { email: "new.consultant@firm.test", role: "consultant" }, "http://app.test", "zh-CN");
    const mail = await latestMail("new.consultant@firm.test");
    const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(mail?.body ?? "")?.[1];
    expect(mail?.subject).toContain("郑州");
    const someoneElse = { ...consultant, email: "consultant@demo.shuzhen.cn" };
    expect(await outcomeCode(acceptInvitation(db, token!, {}, someoneElse))).toBe("forbidden");
    expect(await outcomeCode(acceptInvitation(db, token!, {}, null))).toBe("validation_failed");
    const joined = await acceptInvitation(db, token!, { password: "consultant-2026-new" }, null);
    const members = await listMembers(db, admin, "zhengzhou");
    expect(members.members.find((m) => m.userId === joined.userId)?.roles).toEqual(["consultant"]);
    expect(members.invitations.map((i) => i.id)).not.toContain(id);
    await setMemberRoles(db, admin, "zhengzhou", joined.userId, { roles: ["consultant", "tenant_admin"] });
    expect((await actorFor(db, joined.userId))?.memberships.map((m) => m.role).sort()).toEqual(["consultant", "tenant_admin"]);
    expect(await outcomeCode(setMemberRoles(db, admin, "zhengzhou", admin.userId, { roles: ["consultant"] }))).toBe("validation_failed");
    const [change] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "membership.changed"), eq(auditLog.targetId, joined.userId)));
    expect(change?.details).toEqual({ before: ["consultant"], after: ["consultant", "tenant_admin"] });
  });
});
