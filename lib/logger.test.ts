import { afterEach, describe, expect, it, vi } from "vitest";
import { logger, safeMessage } from "./logger";

afterEach(() => vi.restoreAllMocks());

describe("logger", () => {
  it("never writes a failed query's parameters nor fields that hold secrets", () => {
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => void lines.push(line));
    const hash = "scrypt$16384$8$1$c2FsdA$aGFzaGhhc2hoYXNo";
    const error = new Error(`Failed query: insert into "users" ("email", "password_hash") values ($1, $2)\nparams: boss@firm.cn,${hash}`);
    logger.error("sign-up failed", {
      error,
      passwordHash: hash,
      token: "abc",
      email: "boss@firm.cn",
      cause: `x\nparams: ${hash}`,
      details: { user: { password: hash } },
      promptTokens: 12,
    });
    const out = lines.join("\n");
    expect(out).not.toContain(hash);
    expect(out).not.toContain('"abc"');
    expect(out).toContain("Failed query: insert into");
    expect(out).toContain("[redacted]");
    expect(out).toContain('"promptTokens":12');
  });

  it("keeps ordinary messages, shortened", () => {
    expect(safeMessage("report written")).toBe("report written");
    expect(safeMessage("x".repeat(500))).toHaveLength(300);
  });
});
