import { describe, expect, it } from "vitest";
import { checkSubsidyTransition, SUBSIDY_STATES, SUBSIDY_TRANSITIONS } from "./workflow";

describe("the subsidy application's moves", () => {
  it("lets the applicant submit and withdraw, the portal review, approve with an amount and pay", () => {
    expect(checkSubsidyTransition("draft", "applied", ["provider"]).ok).toBe(true);
    expect(checkSubsidyTransition("draft", "applied", ["admin"])).toEqual({ ok: false, allowed: [] });
    expect(checkSubsidyTransition("applied", "paid", ["admin"])).toEqual({ ok: false, allowed: ["reviewing", "draft"] });
    const approve = checkSubsidyTransition("reviewing", "publicized", ["admin"]);
    expect(approve.ok && approve.transition.needsAmount).toBe("approved");
  });

  it("has a name for every state and no move out of the final ones", () => {
    for (const t of SUBSIDY_TRANSITIONS) expect(SUBSIDY_STATES).toContain(t.to);
    for (const end of ["paid", "rejected", "withdrawn"] as const) expect(SUBSIDY_TRANSITIONS.filter((t) => t.from === end)).toEqual([]);
  });
});
