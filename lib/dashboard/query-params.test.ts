import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { isCalendarDate } from "@/lib/validation/dates";
import { filtersFrom } from "./query-params";

function refusal(query: string): { code: string; fields: string[] } | "accepted" {
  try {
    filtersFrom(new URL(`http://localhost/api/tenants/zhengzhou/dashboard${query}`));
    return "accepted";
  } catch (e) {
    if (!isAppError(e)) throw e;
    return { code: e.code, fields: (e.issues ?? []).map((i) => i.field) };
  }
}

describe("dashboard filters from the query", () => {
  it("refuses dates that do not exist with a 400 naming the field (they became invalid Dates and a 500)", () => {
    expect(refusal("?from=2024-13-45")).toEqual({ code: "validation_failed", fields: ["from"] });
    expect(refusal("?to=2024-02-31")).toEqual({ code: "validation_failed", fields: ["to"] });
    expect(refusal("?from=2023-02-29&to=2024-04-31")).toEqual({ code: "validation_failed", fields: ["from", "to"] });
    expect(refusal("?from=2024-1-5")).toEqual({ code: "validation_failed", fields: ["from"] });
  });

  it("accepts real dates, leap days included, and ignores empty values", () => {
    expect(filtersFrom(new URL("http://localhost/?from=2024-02-29&to=2024-12-31&district="))).toEqual({ from: "2024-02-29", to: "2024-12-31" });
    expect(["2000-02-29", "2024-01-31", "2025-06-30"].every(isCalendarDate)).toBe(true);
    expect(["1900-02-29", "2025-02-29", "2025-06-31", "2025-00-10", "2025-01-00", "0000-01-01"].some(isCalendarDate)).toBe(false);
  });
});
