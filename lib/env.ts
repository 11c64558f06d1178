import { z } from "zod";

/**
 * The one place that reads configuration from the environment. Every variable is documented in
 * README.md ("Configuration"); a wrong value stops the start with a message naming the variable.
 */

const port = z.coerce
  .number({ error: "must be a whole number between 1 and 65535" })
  .int("must be a whole number between 1 and 65535")
  .min(1, "must be a whole number between 1 and 65535")
  .max(65535, "must be a whole number between 1 and 65535");

const boolFlag = z.stringbool({
  truthy: ["true", "1", "yes", "on"],
  falsy: ["false", "0", "no", "off"],
  error: "must be true or false",
});

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: port.default(3000),
  HOST: z.string().trim().min(1, "must not be empty").default("0.0.0.0"),
  APP_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://shuzhen.example.cn" }).optional(),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\/\S+$/, "must be a PostgreSQL URL such as postgres://user:pass@host:5432/db")
    .optional(),
  DATABASE_POOL_MAX: z.coerce
    .number({ error: "must be a whole number between 1 and 100" })
    .int("must be a whole number between 1 and 100")
    .min(1, "must be a whole number between 1 and 100")
    .max(100, "must be a whole number between 1 and 100")
    .default(10),
  PGLITE_DIR: z.string().trim().min(1, "must not be empty").default("./.data/pglite"),
  SEED_DEMO: boolFlag.default(true),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Exposes /api/bench/write (a bare one-row write) for `npm run bench:submit`; never in production. */
  BENCH_ROUTES: boolFlag.default(false),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  readonly variables: readonly string[];
  constructor(problems: readonly { variable: string; message: string }[]) {
    super(
      "Invalid configuration / 配置错误:\n" +
        problems.map((p) => `  ${p.variable}: ${p.message}`).join("\n") +
        "\nSee README.md, section Configuration.",
    );
    this.name = "EnvError";
    this.variables = problems.map((p) => p.variable);
  }
}

type Source = Record<string, string | undefined>;

/** Values never echoed back in an error message: they may hold passwords. */
const SECRET_VARIABLES = new Set(["DATABASE_URL"]);

/** Parses a set of variables; empty strings count as unset so that `PORT=` falls back to its default. */
export function parseEnv(source: Source): Env {
  const cleaned: Source = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = source[key];
    if (value !== undefined && value.trim() !== "") cleaned[key] = value;
  }
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => {
        const variable = String(issue.path[0] ?? "environment");
        const got = cleaned[variable];
        const echo = got !== undefined && !SECRET_VARIABLES.has(variable);
        return { variable, message: echo ? `${issue.message} (got "${got}")` : issue.message };
      }),
    );
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The public base URL used in links we hand out (resume links, embed snippets). */
export function appUrl(config: Env = env()): string {
  return (config.APP_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, "");
}

export function databaseDriver(config: Env = env()): "postgres" | "pglite" {
  return config.DATABASE_URL ? "postgres" : "pglite";
}
