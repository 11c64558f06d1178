import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { errorResponse, handler, statusOf } from "./errors";

describe("error mapping", () => {
  it.each([
    ["validation_failed", 400],
    ["unauthenticated", 401],
    ["not_found", 404],
    ["conflict", 409],
    ["payload_too_large", 413],
    ["rate_limited", 429],
    ["unavailable", 503],
  ] as const)("%s → %i", (code, status) => {
    expect(statusOf(code)).toBe(status);
  });

  it("answers a validation error with the field at fault", async () => {
    const response = errorResponse(AppError.validation([{ field: "enterprise.creditCode", message: "check character should be 3" }]));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: "validation_failed",
        message: "enterprise.creditCode: check character should be 3",
        issues: [{ field: "enterprise.creditCode", message: "check character should be 3" }],
      },
    });
  });

  it("turns a zod error into a 400 naming the path", async () => {
    const parsed = z.object({ enterprise: z.object({ employees: z.number().int() }) }).safeParse({ enterprise: { employees: "x" } });
    const response = errorResponse(parsed.error);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { issues: { field: string }[] } };
    expect(body.error.issues[0]?.field).toBe("enterprise.employees");
  });

  it("hides unexpected errors behind a generic 500 and logs them", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const wrapped = handler(async () => {
      throw new Error("database password is hunter2");
    });
    const response = await wrapped();
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain("hunter2");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
