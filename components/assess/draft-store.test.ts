import { describe, expect, it } from "vitest";
import { emptyPending, isEmpty, settle, type Pending } from "./draft-store";

describe("settle: what stays pending after a save", () => {
  it("clears what was sent and keeps what changed meanwhile", () => {
    const sent: Pending = {
      answers: { "F.IS": "one", "S.HR": 2 },
      evidence: { "F.EQDIG": { digital: 3, total: 10 } },
      timings: { "F.IS": 5 },
      currentStep: "foundation",
    };
    const now: Pending = {
      answers: { "F.IS": "several", "S.HR": 2, "M.PLAN": "planned" },
      evidence: { "F.EQDIG": { digital: 3, total: 10 } },
      timings: { "F.IS": 8, "S.HR": 2 },
      currentStep: "foundation",
    };
    expect(settle(now, sent)).toEqual({
      answers: { "F.IS": "several", "M.PLAN": "planned" },
      evidence: {},
      timings: { "F.IS": 3, "S.HR": 2 },
      currentStep: undefined,
    });
  });

  it("knows when nothing is left", () => {
    const p: Pending = { answers: { "F.IS": null }, evidence: {}, timings: {} };
    expect(isEmpty(settle(p, p))).toBe(true);
    expect(isEmpty(emptyPending())).toBe(true);
    expect(isEmpty({ ...emptyPending(), currentStep: "review" })).toBe(false);
  });
});
