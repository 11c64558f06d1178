import { describe, expect, it } from "vitest";
import { appUrl, databaseDriver, EnvError, outboxExposureWarning, outboxOpen, parseEnv } from "./env";

describe("the development outbox and the address to listen on", () => {
  it("keeps the embedded demo on this machine, and opens the outbox to anyone only there", () => {
    const demo = parseEnv({});
    expect(demo.HOST).toBe("127.0.0.1");
    expect(outboxOpen(demo)).toBe(true);
    expect(outboxExposureWarning(demo)).toBeNull();
    expect(parseEnv({ DATABASE_URL: "postgres://u:p@db:5432/x" }).HOST).toBe("0.0.0.0");
    const exposed = parseEnv({ HOST: "0.0.0.0" });
    expect(outboxOpen(exposed)).toBe(false);
    expect(outboxExposureWarning(exposed)).toContain("DEV_OUTBOX is on while HOST=0.0.0.0");
    expect(outboxOpen(parseEnv({ HOST: "0.0.0.0", DEV_OUTBOX: "true" }))).toBe(false);
    expect(outboxOpen(parseEnv({ HOST: "localhost", DEV_OUTBOX: "true", DATABASE_URL: "postgres://u:p@db:5432/x" }))).toBe(true);
    expect(outboxExposureWarning(parseEnv({ HOST: "0.0.0.0", DEV_OUTBOX: "false" }))).toBeNull();
  });
});

describe("parseEnv", () => {
  it("gives documented defaults for an empty environment", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, HOST: "127.0.0.1", PGLITE_DIR: "./.data/pglite", SEED_DEMO: true, LOG_LEVEL: "info", DATABASE_POOL_MAX: 10 });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(databaseDriver(env)).toBe("pglite");
    expect(appUrl(env)).toBe("http://localhost:3000");
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ PORT: "", DATABASE_URL: " " }).PORT).toBe(3000);
  });

  it("reads valid values", () => {
    const env = parseEnv({ PORT: "8080", DATABASE_URL: "postgres://u:p@db:5432/shuzhen", SEED_DEMO: "false", APP_URL: "https://x.example.cn/" });
    expect(env.PORT).toBe(8080);
    expect(env.SEED_DEMO).toBe(false);
    expect(databaseDriver(env)).toBe("postgres");
    expect(appUrl(env)).toBe("https://x.example.cn");
  });

  it.each([
    ["PORT", "abc"],
    ["PORT", "70000"],
    ["PORT", "3.5"],
    ["DATABASE_URL", "mysql://root@localhost/db"],
    ["DATABASE_POOL_MAX", "0"],
    ["SEED_DEMO", "maybe"],
    ["LOG_LEVEL", "loud"],
    ["APP_URL", "not a url"],
    ["NODE_ENV", "staging"],
  ])("rejects %s=%s with a message naming the variable", (variable, value) => {
    let caught: unknown;
    try {
      parseEnv({ [variable]: value });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EnvError);
    const error = caught as EnvError;
    expect(error.variables).toEqual([variable]);
    expect(error.message).toContain(`${variable}:`);
  });

  it("reports every wrong variable at once and never echoes a database URL", () => {
    try {
      parseEnv({ PORT: "x", DATABASE_URL: "mysql://root:secret@h/db" });
      expect.unreachable();
    } catch (error) {
      expect((error as EnvError).variables).toEqual(["PORT", "DATABASE_URL"]);
      expect((error as EnvError).message).not.toContain("secret");
      expect((error as EnvError).message).toContain('(got "x")');
    }
  });

  it("configures an LLM only with both endpoint and model, and never echoes the key", () => {
    const ok = parseEnv({ LLM_BASE_URL: "https://api.deepseek.com/v1", LLM_MODEL: "deepseek-chat", LLM_API_KEY: "sk-secret" });
    expect(ok).toMatchObject({ LLM_STRUCTURED_METHOD: "functionCalling", LLM_CONCURRENCY: 8, LLM_MAX_RETRIES: 3 });
    expect(() => parseEnv({ LLM_BASE_URL: "https://api.deepseek.com/v1" })).toThrow(/LLM_MODEL: is required when LLM_BASE_URL is set/);
    expect(() => parseEnv({ LLM_MODEL: "qwen-plus" })).toThrow(/LLM_BASE_URL: is required/);
    try {
      parseEnv({ LLM_BASE_URL: "https://x/v1", LLM_MODEL: "m", LLM_API_KEY: "sk-secret", LLM_CONCURRENCY: "0" });
      expect.unreachable();
    } catch (error) {
      expect((error as EnvError).variables).toEqual(["LLM_CONCURRENCY"]);
      expect((error as EnvError).message).not.toContain("sk-secret");
    }
  });
});
