import { describe, expect, it } from "vitest";
import { getAssessmentState, patchAssessment, submitAssessment } from "@/lib/assessments/service";
import { actorFor } from "@/lib/auth/sign-in";
import { addClient, startClientAssessment } from "@/lib/consultants/clients";
import { DEMO_USERS } from "@/db/seed/demo-users";
import { users } from "@/db/schema";
import { eq } from "drizzle-orm";
import { withDemoDatabase } from "../support/app-database";
import { COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";

const database = withDemoDatabase();

describe("a consultant's on-site visit", () => {
  it("开始评测 continues the open draft (answers kept, a fresh token) instead of starting another; a remote one, or after submitting, is new", async () => {
    const db = database.db();
    const email = DEMO_USERS.find((u) => u.role === "consultant")!.email;
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    const consultant = (await actorFor(db, user!.id))!;
    const { enterpriseId } = await addClient(db, consultant, "zhengzhou", { enterprise: { ...ZHENGZHOU_ENTERPRISE, name: "续访测试机械有限公司" } });
    const start = () => startClientAssessment(db, consultant, "zhengzhou", enterpriseId, { mode: "consultant_onsite", language: "zh-CN" });

    const first = await start();
    expect(first.reused).toBe(false);
    await patchAssessment(db, first.id, first.resumeToken, { answers: { "F.NET": ["enterprise_network"] } });
    const again = await start();
    expect(again).toMatchObject({ id: first.id, reused: true });
    expect(again.resumeToken).not.toBe(first.resumeToken);
    // The answers are there for the new token; the old token no longer opens it.
    expect((await getAssessmentState(db, again.id, again.resumeToken, "zh-CN")).answers).toMatchObject({ "F.NET": ["enterprise_network"] });
    await expect(getAssessmentState(db, first.id, first.resumeToken, "zh-CN")).rejects.toThrow();

    const remote = await startClientAssessment(db, consultant, "zhengzhou", enterpriseId, { mode: "consultant_remote", language: "zh-CN" });
    expect(remote.id).not.toBe(first.id);

    // Submitted, the visit is over: the next 开始评测 is a new assessment.
    await patchAssessment(db, again.id, again.resumeToken, { answers: { ...COMPLETE_MANUFACTURING } });
    await submitAssessment(db, again.id, { actor: consultant });
    const next = await start();
    expect(next).toMatchObject({ reused: false });
    expect(next.id).not.toBe(first.id);
  });
});
