import { describe, expect, it } from "vitest";
import { appUrl, databaseDriver, EnvError, outboxExposureWarning, outboxOpen, parseEnv } from "./env";

describe("the development outbox and the address to listen on", () => {
  const served = { APP_URL: "https://shuzhen.example.cn" };
  it("keeps the embedded demo on this machine, and opens the outbox to anyone only there", () => {
    const demo = parseEnv({});
    expect(demo.HOST).toBe("127.0.0.1");
    expect(outboxOpen(demo)).toBe(true);
    expect(outboxExposureWarning(demo)).toBeNull();
    expect(parseEnv({ DATABASE_URL: "postgres://u:p@db:5432/x", ...served }).HOST).toBe("0.0.0.0");
    const exposed = parseEnv({ HOST: "0.0.0.0", ...served });
    expect(outboxOpen(exposed)).toBe(false);
    expect(outboxExposureWarning(exposed)).toContain("DEV_OUTBOX is on while HOST=0.0.0.0");
    expect(outboxOpen(parseEnv({ HOST: "0.0.0.0", DEV_OUTBOX: "true", ...served }))).toBe(false);
    expect(outboxOpen(parseEnv({ HOST: "localhost", DEV_OUTBOX: "true", DATABASE_URL: "postgres://u:p@db:5432/x" }))).toBe(true);
    expect(outboxExposureWarning(parseEnv({ HOST: "0.0.0.0", DEV_OUTBOX: "false", ...served }))).toBeNull();
  });

  it("shuts the outbox to anyone but platform administrators behind a declared proxy, and says so", () => {
    const proxied = parseEnv({ TRUSTED_PROXIES: "127.0.0.1" });
    expect(outboxOpen(proxied)).toBe(false);
    const warning = outboxExposureWarning(proxied) ?? "";
    expect(warning).toContain("TRUSTED_PROXIES is set");
    // The warning says what is true: no "requests from this machine" loophole is promised.
    expect(warning).toContain("only to platform");
    expect(warning).not.toMatch(/requests from this machine/);
    expect(outboxExposureWarning(parseEnv({ HOST: "0.0.0.0", ...served }))).toContain("on loopback, no proxy");
  });

  it("refuses to serve other machines without APP_URL, naming it (links, redirects and cookie writes depend on it)", () => {
    for (const source of [
      { DATABASE_URL: "postgres://u:p@db:5432/x" },
      { HOST: "0.0.0.0" },
      { HOST: "192.168.1.5", DATABASE_URL: "postgres://u:p@db:5432/x" },
    ]) {
      let caught: unknown;
      try {
        parseEnv(source, { serving: true });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(EnvError);
      expect((caught as EnvError).variables).toEqual(["APP_URL"]);
      expect((caught as EnvError).message).toContain("set APP_URL to the address people use, e.g. https://shuzhen.example.cn");
    }
    expect(() => parseEnv({ DATABASE_URL: "postgres://u:p@db:5432/x" }, { serving: true })).toThrow(
      /HOST=0\.0\.0\.0 serves other machines \(the default with DATABASE_URL\)/,
    );
    // On loopback, with APP_URL, or under the test runner, it starts.
    for (const HOST of ["127.0.0.1", "localhost", "::1", "[::1]"])
      expect(parseEnv({ HOST, DATABASE_URL: "postgres://u:p@db:5432/x" }, { serving: true }).HOST).toBe(HOST);
    expect(parseEnv({ HOST: "0.0.0.0", APP_URL: "https://shuzhen.example.cn" }, { serving: true }).HOST).toBe("0.0.0.0");
    expect(parseEnv({ NODE_ENV: "test", DATABASE_URL: "postgres://u:p@db:5432/x" }, { serving: true }).HOST).toBe("0.0.0.0");
    // What serves nothing (npm run worker, db:migrate, seed:synthetic) needs no APP_URL.
    expect(parseEnv({ DATABASE_URL: "postgres://u:p@db:5432/x" }).HOST).toBe("0.0.0.0");
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
    expect(ok).toMatchObject({ LLM_STRUCTURED_METHOD: "functionCalling", LLM_CONCURRENCY: 10, LLM_MAX_RETRIES: 3 });
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
