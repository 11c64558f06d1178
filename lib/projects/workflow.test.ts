import { describe, expect, it } from "vitest";
import { checkTransition, PROJECT_STATES, TRANSITIONS, transitionsFrom, type ProjectState } from "./workflow";

describe("project workflow", () => {
  it("reaches every state from draft and ends at paid", () => {
    const seen = new Set<ProjectState>(["draft"]);
    for (let changed = true; changed;) {
      changed = false;
      for (const t of TRANSITIONS)
        if (seen.has(t.from) && !seen.has(t.to)) {
          seen.add(t.to);
          changed = true;
        }
    }
    expect([...seen].sort()).toEqual([...PROJECT_STATES].sort());
    expect(TRANSITIONS.filter((t) => t.from === "paid")).toEqual([]);
  });

  it("lets the firm and its provider file and report, and only the portal approve, judge and pay", () => {
    for (const t of TRANSITIONS) {
      const byPortal = ["contracted", "accepted", "rejected", "paid"].includes(t.to) || (t.from === "filed" && t.to === "draft");
      expect(t.by, `${t.from}→${t.to}`).toEqual(byPortal ? ["admin"] : ["firm", "provider"]);
    }
    expect(checkTransition("filed", "contracted", ["firm", "provider"])).toEqual({ ok: false, allowed: [] });
    expect(checkTransition("draft", "accepted", ["provider"])).toEqual({ ok: false, allowed: ["filed"] });
    expect(checkTransition("acceptance_submitted", "rejected", ["admin"])).toMatchObject({ ok: true, transition: { needsNote: true } });
    expect(transitionsFrom("acceptance_submitted", ["admin"]).map((t) => t.to)).toEqual(["accepted", "rejected"]);
    expect(transitionsFrom("rejected", ["firm"]).map((t) => t.to)).toEqual(["acceptance_submitted"]);
  });
});
