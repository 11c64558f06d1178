import { describe, expect, it } from "vitest";
import { backoffMs, classifyError } from "./retry";

describe("classifyError", () => {
  it("retries 429 and honours Retry-After in seconds", () => {
    const d = classifyError({ status: 429, headers: new Headers({ "retry-after": "2" }) });
    expect(d).toMatchObject({ retry: true, kind: "rate_limited", afterMs: 2000 });
  });
  it("retries 5xx, also when the status sits on the cause", () => {
    expect(classifyError({ status: 503 }).retry).toBe(true);
    expect(classifyError({ message: "wrapped", cause: { status: 502 } })).toMatchObject({ retry: true, status: 502 });
  });
  it("does not retry a bad key or a bad request", () => {
    expect(classifyError({ status: 401 }).retry).toBe(false);
    expect(classifyError({ status: 400 }).retry).toBe(false);
  });
  it("retries timeouts and dropped connections", () => {
    expect(classifyError({ name: "APIConnectionTimeoutError", message: "Request timed out." }).kind).toBe("timeout");
    expect(classifyError({ name: "Error", message: "Connection error." }).kind).toBe("connection");
  });
  it("does not retry what it does not know", () => {
    expect(classifyError(new TypeError("x is not a function")).retry).toBe(false);
  });
});

describe("backoffMs", () => {
  it("doubles per attempt within jitter bounds and never waits less than asked", () => {
    const d = { retry: true, kind: "server_error" as const };
    expect(backoffMs(0, 100, d, () => 0)).toBe(50);
    expect(backoffMs(0, 100, d, () => 1)).toBe(100);
    expect(backoffMs(3, 100, d, () => 1)).toBe(800);
    expect(backoffMs(20, 100, d, () => 1)).toBe(30_000);
    expect(backoffMs(0, 100, { ...d, afterMs: 5000 }, () => 0)).toBe(5000);
  });
});
