import { describe, expect, it } from "vitest";
import { completionTime, MIN_SAMPLES } from "@/lib/assessments/completion-time";
import { createAssessment, patchAssessment, submitAssessment } from "@/lib/assessments/service";
import { withDemoDatabase } from "../support/app-database";
import { COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";

const database = withDemoDatabase();

/** A submitted assessment whose questionnaire recorded `minutes` of answering. */
async function submitted(minutes: number, tenant = "zhengzhou") {
  const db = database.db();
  const a = await createAssessment(db, { enterprise: ZHENGZHOU_ENTERPRISE, language: "zh-CN", tenant });
  // Spread over questions as the questionnaire reports it (at most an hour per question and save).
  const codes = Object.keys(COMPLETE_MANUFACTURING).slice(0, 10);
  const timings = Object.fromEntries(codes.map((c) => [c, (minutes * 60) / codes.length]));
  await patchAssessment(db, a.id, a.resumeToken, { answers: { ...COMPLETE_MANUFACTURING }, timings });
  await submitAssessment(db, a.id, a.resumeToken);
}

describe("how long the assessment takes, as measured", () => {
  it("says nothing below the minimum sample, then the median of real submissions, per portal or over all", async () => {
    const db = database.db();
    for (let i = 0; i < MIN_SAMPLES - 1; i++) await submitted(10 + (i % 5) * 2); // 10, 12, 14, 16, 18 minutes
    expect(await completionTime(db, "zhengzhou")).toBeNull();
    await submitted(14);
    const measured = await completionTime(db, "zhengzhou");
    expect(measured).toEqual({ minutes: 14, samples: MIN_SAMPLES });
    expect(await completionTime(db, null)).toEqual(measured);
    expect(await completionTime(db, "no-such-portal")).toBeNull();
  }, 120_000);
});
