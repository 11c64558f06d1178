import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { assessments, auditLog, enterprises, users } from "@/db/schema";
import { claimAssessment, ownedAssessments } from "@/lib/assessments/claim";
import { createAssessment, getAssessmentState, patchAssessment, submitAssessment } from "@/lib/assessments/service";
import { addClient, startClientAssessment } from "@/lib/consultants/clients";
import { editReport, getReportView } from "@/lib/reports/service";
import { COMPLETE_MANUFACTURING } from "../support/fixtures";
import { signUpConfirmed } from "../support/accounts";
import { actorFor } from "@/lib/auth/sign-in";
import { outcomeCode, withDemoDatabase } from "../support/app-database";
import { ZHENGZHOU_ENTERPRISE } from "../support/fixtures";

const database = withDemoDatabase();
let db: Db;
beforeAll(() => {
  db = database.db();
});
const code = outcomeCode;

/** A signed-up firm user with no firm yet. */
async function signUpUser(email: string): Promise<string> {
  const [user] = await db.insert(users).values({ email }).returning({ id: users.id });
  return user!.id;
}

describe("claiming an anonymous assessment", () => {
  it("needs a session and the resume token; keeps the assessment and the firm; joins the portal; is idempotent; refuses a second owner", async () => {
    const a = await createAssessment(db, { enterprise: ZHENGZHOU_ENTERPRISE, language: "zh-CN", tenant: "zhengzhou" });
    const owner = await signUpConfirmed(db, { email: "claimer@example.cn", password: "a-good-password" }, "10.8.0.1"); // platform portal
    const actor = await actorFor(db, owner.id);
    expect(await code(claimAssessment(db, a.id, a.resumeToken, null))).toBe("unauthenticated");
    expect(await code(claimAssessment(db, a.id, "w".repeat(43), actor))).toBe("not_found");

    expect(await claimAssessment(db, a.id, a.resumeToken, actor)).toMatchObject({ claimed: true });
    const [row] = await db
      .select({ owner: assessments.ownerUserId, firm: enterprises.ownerUserId })
      .from(assessments)
      .innerJoin(enterprises, eq(enterprises.id, assessments.enterpriseId))
      .where(eq(assessments.id, a.id));
    expect(row).toEqual({ owner: owner.id, firm: owner.id });
    const after = await actorFor(db, owner.id);
    expect(after?.memberships.filter((m) => m.role === "sme_owner")).toHaveLength(2); // platform + 郑州
    expect((await ownedAssessments(db, owner.id)).map((x) => x.name)).toEqual(["郑州精工机械有限公司"]);
    expect(await claimAssessment(db, a.id, a.resumeToken, after)).toMatchObject({ claimed: false });

    const other = await signUpConfirmed(db, { email: "other@example.cn", password: "a-good-password" }, "10.8.0.2");
    expect(await code(claimAssessment(db, a.id, a.resumeToken, await actorFor(db, other.id)))).toBe("conflict");
    const logged = await db.select().from(auditLog).where(eq(auditLog.action, "assessment.claimed"));
    expect(logged.map((l) => l.targetId)).toEqual([a.id]);
  });

  it("lets a consultant visit's resume token answer questions only: no unpublished report, no editing, no claiming the client", async () => {
    const [consultantRow] = await db.select({ id: users.id }).from(users).where(eq(users.email, "consultant@demo.shuzhen.cn"));
    const consultant = (await actorFor(db, consultantRow!.id))!;
    const client = await addClient(db, consultant, "zhengzhou", {
      enterprise: { ...ZHENGZHOU_ENTERPRISE, name: "顾问客户丙有限公司" },
      contactEmail: "boss@visit.test",
    });
    const visit = await startClientAssessment(db, consultant, "zhengzhou", client.enterpriseId, { mode: "consultant_remote", language: "zh-CN" });
    // The client answers through the link the consultant handed over.
    expect(await code(patchAssessment(db, visit.id, visit.resumeToken, { answers: COMPLETE_MANUFACTURING }))).toBe("ok");
    expect(await code(getAssessmentState(db, visit.id, visit.resumeToken, "zh-CN"))).toBe("ok");
    expect(await code(submitAssessment(db, visit.id, visit.resumeToken))).toBe("ok");
    // The report follows the firm owner's rules: only what the consultant published, never editable.
    expect(await code(getReportView(db, visit.id, visit.resumeToken, "zh-CN"))).toBe("not_found");
    expect(
      await code(
        editReport(db, visit.id, visit.resumeToken, {
          language: "zh-CN",
          basedOn: 1,
          sections: { summary: { headline: "改", paragraphs: ["改。"], bullets: [] } },
        }),
      ),
    ).toBe("not_found");
    // Nobody takes the consultant's client over with the link.
    const stranger = await signUpUser("visit-claimer@example.cn");
    expect(await code(claimAssessment(db, visit.id, visit.resumeToken, await actorFor(db, stranger)))).toBe("forbidden");
    const [firm] = await db.select({ owner: enterprises.ownerUserId }).from(enterprises).where(eq(enterprises.id, client.enterpriseId));
    expect(firm?.owner).toBeNull();
  });
});
