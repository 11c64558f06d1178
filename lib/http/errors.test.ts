import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
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

  it("answers in the request's language, field names unchanged", async () => {
    const parsed = z.strictObject({ enterprise: z.object({ employees: z.number() }) }).safeParse({ enterprise: {}, extra: 1 });
    const zh = await errorResponse(parsed.error, new Request("http://x/api", { headers: { "accept-language": "zh-CN" } })).json();
    expect(zh).toEqual({
      error: {
        code: "validation_failed",
        message: "enterprise.employees：必填",
        issues: [
          { field: "enterprise.employees", message: "必填" },
          { field: "extra", message: "未知字段" },
        ],
      },
    });
    const en = (await errorResponse(parsed.error, new Request("http://x/api?lang=en")).json()) as { error: { message: string; issues: unknown[] } };
    expect(en.error.message).toBe("enterprise.employees: Invalid input: expected number, received undefined");
    expect(en.error.issues).toContainEqual({ field: "extra", message: "unknown field" });
    expect(await errorResponse(AppError.notFound("assessment"), "zh-CN").json()).toEqual({ error: { code: "not_found", message: "未找到该评测" } });
    expect(await errorResponse(AppError.notFound("assessment"), "en").json()).toEqual({ error: { code: "not_found", message: "assessment not found" } });
    // The message logs and tests read stays English.
    expect(AppError.notFound("assessment").message).toBe("assessment not found");
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

  /** Errors as postgres.js, Node, Drizzle and PGlite raise them when the database cannot serve. */
  const socketError = (code: string) =>
    Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, errno: -111, syscall: "connect", address: "127.0.0.1", port: 5432 });
  const postgresError = (code: string, message: string) => Object.assign(new Error(message), { name: "PostgresError", code, severity: "FATAL" });
  const drizzleWrapped = (cause: unknown) => Object.assign(new Error("Failed query: select 1\nparams: "), { name: "DrizzleQueryError", cause });
  const down: [string, unknown][] = [
    ["ECONNREFUSED", socketError("ECONNREFUSED")],
    [
      "every address refused (AggregateError)",
      Object.assign(new AggregateError([socketError("ECONNREFUSED"), socketError("ECONNREFUSED")], ""), { code: "ECONNREFUSED" }),
    ],
    ["CONNECTION_CLOSED", Object.assign(new Error("write CONNECTION_CLOSED db:5432"), { code: "CONNECTION_CLOSED", errno: "CONNECTION_CLOSED" })],
    ["CONNECT_TIMEOUT", Object.assign(new Error("write CONNECT_TIMEOUT db:5432"), { code: "CONNECT_TIMEOUT", errno: "CONNECT_TIMEOUT" })],
    ["CONNECTION_ENDED", Object.assign(new Error("write CONNECTION_ENDED db:5432"), { code: "CONNECTION_ENDED" })],
    ["too many clients", postgresError("53300", "sorry, too many clients already")],
    ["admin shutdown", postgresError("57P01", "terminating connection due to administrator command")],
    ["starting up", postgresError("57P03", "the database system is starting up")],
    ["connection failure", postgresError("08006", "connection failure")],
    ["wrapped by Drizzle", drizzleWrapped(socketError("ECONNRESET"))],
    ["PGlite closed", new Error("PGlite is closed")],
    ["PGlite closed, wrapped", drizzleWrapped(new Error("PGlite is closed"))],
  ];

  it.each(down)("answers a database that cannot serve (%s) with 503 and Retry-After, not 500", async (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    const warn = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await handler(async () => {
      throw error;
    })();
    warn.mockRestore();
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("unavailable");
  });

  it.each([
    ["a unique violation", postgresError("23505", "duplicate key value violates unique constraint")],
    ["a syntax error", postgresError("42601", "syntax error at or near")],
    ["a bug", new TypeError("cannot read properties of undefined")],
    ["an AggregateError of bugs", new AggregateError([new Error("x")], "")],
  ])("keeps %s a 500", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(isDatabaseUnavailable(drizzleWrapped(error))).toBe(false);
  });
});
