import { describe, expect, it } from "vitest";
import { scorecard, type ScorecardFacts } from "./scorecard";

const none: ScorecardFacts = {
  provider: "甲",
  projects: 3,
  withAfter: 0,
  levelGain: null,
  reachedTarget: 0,
  milestonesDone: 0,
  milestonesOnTime: 0,
  decided: 0,
  firstPass: 0,
  satisfactionCount: 0,
  satisfactionAverage: null,
  outcomeCount: 0,
  outcomeAverage: null,
};

describe("provider scorecard", () => {
  it("has no score before anything is measured", () => {
    expect(scorecard(none).score).toBeNull();
  });

  it("weighs only the measures with data, renormalised", () => {
    // Milestones only: 3 of 4 on time → 75.
    expect(scorecard({ ...none, milestonesDone: 4, milestonesOnTime: 3 }).score).toBe(75);
    // Target 2/2 (30), acceptance 1/2 (25), on time 3/4 (15), satisfaction mean 4 → 0.75 (20), outcome mean 5 → 1 (10).
    const full = scorecard({
      ...none,
      withAfter: 2,
      reachedTarget: 2,
      decided: 2,
      firstPass: 1,
      milestonesDone: 4,
      milestonesOnTime: 3,
      satisfactionCount: 2,
      satisfactionAverage: 4,
      outcomeCount: 1,
      outcomeAverage: 5,
    });
    // (30 + 12.5 + 11.25 + 15 + 10) / 100 × 100 = 78.75, shown to one decimal.
    expect(full.score).toBe(78.8);
    expect(full.measures.map((m) => [m.measure, m.basis])).toEqual([
      ["target", 2],
      ["acceptance", 2],
      ["onTime", 4],
      ["satisfaction", 2],
      ["outcome", 1],
    ]);
  });
});
