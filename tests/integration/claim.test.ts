import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { assessments, auditLog, enterprises } from "@/db/schema";
import { claimAssessment, ownedAssessments } from "@/lib/assessments/claim";
import { createAssessment } from "@/lib/assessments/service";
import { signUp } from "@/lib/auth/sign-up";
import { actorFor } from "@/lib/auth/sign-in";
import { outcomeCode, withDemoDatabase } from "../support/app-database";
import { ZHENGZHOU_ENTERPRISE } from "../support/fixtures";

const database = withDemoDatabase();
let db: Db;
beforeAll(() => {
  db = database.db();
});
const code = outcomeCode;

describe("claiming an anonymous assessment", () => {
  it("needs a session and the resume token; keeps the assessment and the firm; joins the portal; is idempotent; refuses a second owner", async () => {
    const a = await createAssessment(db, { enterprise: ZHENGZHOU_ENTERPRISE, language: "zh-CN", tenant: "zhengzhou" });
    const owner = await signUp(db, { email: "claimer@example.cn", password: "a-good-password" }, "10.8.0.1"); // platform portal
    const actor = await actorFor(db, owner.id);
    expect(await code(claimAssessment(db, a.id, a.resumeToken, null))).toBe("unauthenticated");
    expect(await code(claimAssessment(db, a.id, "w".repeat(43), actor))).toBe("not_found");

    expect(await claimAssessment(db, a.id, a.resumeToken, actor)).toMatchObject({ claimed: true });
    const [row] = await db.select({ owner: assessments.ownerUserId, firm: enterprises.ownerUserId }).from(assessments).innerJoin(enterprises, eq(enterprises.id, assessments.enterpriseId)).where(eq(assessments.id, a.id));
    expect(row).toEqual({ owner: owner.id, firm: owner.id });
    const after = await actorFor(db, owner.id);
    expect(after?.memberships.filter((m) => m.role === "sme_owner")).toHaveLength(2); // platform + 郑州
    expect((await ownedAssessments(db, owner.id)).map((x) => x.name)).toEqual(["郑州精工机械有限公司"]);
    expect(await claimAssessment(db, a.id, a.resumeToken, after)).toMatchObject({ claimed: false });

    const other = await signUp(db, { email: "other@example.cn", password: "a-good-password" }, "10.8.0.2");
    expect(await code(claimAssessment(db, a.id, a.resumeToken, await actorFor(db, other.id)))).toBe("conflict");
    const logged = await db.select().from(auditLog).where(eq(auditLog.action, "assessment.claimed"));
    expect(logged.map((l) => l.targetId)).toEqual([a.id]);
  });
});
