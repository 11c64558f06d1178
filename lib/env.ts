import { isIP } from "node:net";
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

/** A whole number in [min, max], with one message naming the range. */
const intBetween = (min: number, max: number, unit = "") => {
  const message = `must be a whole number${unit} between ${min} and ${max}`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);
};

/** An IPv4/IPv6 address, or a block such as 10.0.0.0/8 or fd00::/8. */
function isAddressOrBlock(entry: string): boolean {
  const [address = "", bits, extra] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}

const boolFlag = z.stringbool({
  truthy: ["true", "1", "yes", "on"],
  falsy: ["false", "0", "no", "off"],
  error: "must be true or false",
});

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: port.default(3000),
  /** Port of the demo city portal page that embeds the assessment from another origin (0 = not started). */
  DEMO_PORTAL_PORT: intBetween(0, 65535).default(3001),
  /** Default: 127.0.0.1 with the embedded database (a local demo, whose outbox holds live links), 0.0.0.0 with DATABASE_URL. */
  HOST: z.string().trim().min(1, "must not be empty").optional(),
  /**
   * Proxies whose X-Forwarded-For is believed (addresses or CIDR blocks, comma-separated). Unset: none,
   * the socket's address is the client's (lib/http/client-address-core.mjs).
   */
  TRUSTED_PROXIES: z
    .string()
    .trim()
    .refine(
      (v) =>
        v
          .split(/[\s,]+/)
          .filter(Boolean)
          .every(isAddressOrBlock),
      "must be IP addresses or CIDR blocks, comma-separated, such as 10.0.0.0/8, 127.0.0.1",
    )
    .optional(),
  APP_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://shuzhen.example.cn" }).optional(),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\/\S+$/, "must be a PostgreSQL URL such as postgres://user:pass@host:5432/db")
    .optional(),
  DATABASE_POOL_MAX: intBetween(1, 100).default(10),
  PGLITE_DIR: z.string().trim().min(1, "must not be empty").default("./.data/pglite"),
  SEED_DEMO: boolFlag.default(true),
  /** Synthetic submitted assessments added once to the demo portals, so their dashboard has figures (0 = none). */
  DEMO_DASHBOARD_ASSESSMENTS: intBetween(0, 100_000).default(600),
  DEMO_PROJECTS: boolFlag.default(true),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** OpenAI-compatible endpoint for report writing; unset = the deterministic writer only. */
  LLM_BASE_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://api.deepseek.com/v1" }).optional(),
  LLM_API_KEY: z.string().trim().min(1, "must not be empty").optional(),
  LLM_MODEL: z.string().trim().min(1, "must not be empty").optional(),
  /** An embeddings model at LLM_BASE_URL: the assistant then also ranks passages by meaning. */
  LLM_EMBEDDINGS_MODEL: z.string().trim().min(1, "must not be empty").optional(),
  /** The cosine similarity from which a passage found by meaning alone may answer (model-dependent). */
  ASSISTANT_MIN_SIMILARITY: z.coerce.number().min(0).max(1).default(0.5),
  /** How structured output is requested: tool calling works with most providers. */
  LLM_STRUCTURED_METHOD: z
    .enum(["functionCalling", "jsonMode", "jsonSchema"], { error: "must be functionCalling, jsonMode or jsonSchema" })
    .default("functionCalling"),
  LLM_TIMEOUT_MS: intBetween(100, 600_000, " of milliseconds").default(60_000),
  LLM_MAX_RETRIES: intBetween(0, 10).default(3),
  LLM_RETRY_BASE_MS: intBetween(1, 60_000, " of milliseconds").default(1000),
  LLM_CONCURRENCY: intBetween(1, 64).default(10),
  LLM_TEMPERATURE: z.coerce
    .number({ error: "must be a number between 0 and 2" })
    .min(0, "must be a number between 0 and 2")
    .max(2, "must be a number between 0 and 2")
    .default(0.2),
  /** Signs session cookies; all app servers must share it. Unset: generated once into .data/auth-secret. */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (e.g. openssl rand -base64 32)").optional(),
  /** Shows /dev/outbox (mail not sent for lack of SMTP) to anyone. Default: on with the embedded database, off with DATABASE_URL. */
  DEV_OUTBOX: boolFlag.optional(),
  /** Sends mail (invitations, password resets, published reports), e.g. smtps://user:pass@smtp.example.cn:465. Unset: mail stays in the outbox. */
  SMTP_URL: z
    .string()
    .trim()
    .regex(/^smtps?:\/\/\S+$/, "must be an smtp:// or smtps:// URL such as smtps://user:pass@smtp.example.cn:465")
    .optional(),
  /** Sender of that mail. */
  MAIL_FROM: z.string().trim().min(3, "must be an address such as 数诊 <noreply@shuzhen.example.cn>").default("数诊 Shuzhen <noreply@localhost>"),
  /** How the server reaches itself (proxy.ts reads embed origins there); set by npm start and npm run dev. */
  SHUZHEN_INTERNAL_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as http://127.0.0.1:3000" }).optional(),
  /** Runs background jobs (report generation) inside the server process. */
  JOB_WORKER: boolFlag.default(true),
  /** Set by npm start for a server whose worker processes listen for its activity (IPC). */
  SHUZHEN_ACTIVITY_IPC: boolFlag.default(false),
  /** On PostgreSQL: background worker processes `npm start` runs beside the app server (which then runs no jobs itself). */
  JOB_WORKERS: z.coerce
    .number({ error: "must be a whole number from 0 to 16" })
    .int("must be a whole number from 0 to 16")
    .min(0, "must be a whole number from 0 to 16")
    .max(16, "must be a whole number from 0 to 16")
    .default(1),
  /** Webhooks may be sent to private network addresses (10/8, 172.16/12, 192.168/16, fc00::/7): a city's intranet. Off: public addresses and this machine only. */
  WEBHOOK_ALLOW_PRIVATE: boolFlag.default(false),
  /** Webhooks may go to this machine (http://localhost while developing a receiver). Default: on with the embedded database, off with DATABASE_URL (a deployment: no calls to its own ports). */
  WEBHOOK_ALLOW_LOOPBACK: boolFlag.optional(),
  /** How long a webhook receiver may take to answer before the attempt counts as failed. */
  WEBHOOK_TIMEOUT_MS: intBetween(500, 60_000, " of milliseconds").default(10_000),
  /** Exposes /api/bench/write (a bare one-row write) for `npm run bench:submit`; never in production. */
  BENCH_ROUTES: boolFlag.default(false),
});

export type Env = Omit<z.infer<typeof envSchema>, "HOST"> & { HOST: string };

export class EnvError extends Error {
  readonly variables: readonly string[];
  constructor(problems: readonly { variable: string; message: string }[]) {
    super("Invalid configuration / 配置错误:\n" + problems.map((p) => `  ${p.variable}: ${p.message}`).join("\n") + "\nSee README.md, section Configuration.");
    this.name = "EnvError";
    this.variables = problems.map((p) => p.variable);
  }
}

type Source = Record<string, string | undefined>;

/** Values never echoed back in an error message: they may hold passwords. */
const SECRET_VARIABLES = new Set(["DATABASE_URL", "LLM_API_KEY", "AUTH_SECRET", "SMTP_URL"]);

/** Parses a set of variables; empty strings count as unset so that `PORT=` falls back to its default. */
/**
 * `serving`: for the commands that serve pages (npm start, npm run dev), which also need APP_URL when
 * other machines reach them; workers, migrations and seed scripts serve nothing and do not.
 */
export function parseEnv(source: Source, o: { serving?: boolean } = {}): Env {
  const cleaned: Source = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = source[key];
    if (value !== undefined && value.trim() !== "") cleaned[key] = value;
  }
  const result = envSchema
    .superRefine((v, ctx) => {
      if (v.LLM_BASE_URL && !v.LLM_MODEL)
        ctx.addIssue({ code: "custom", path: ["LLM_MODEL"], message: "is required when LLM_BASE_URL is set (e.g. deepseek-chat, qwen-plus)" });
      if (v.LLM_MODEL && !v.LLM_BASE_URL) ctx.addIssue({ code: "custom", path: ["LLM_BASE_URL"], message: "is required when LLM_MODEL is set" });
      if (v.LLM_EMBEDDINGS_MODEL && !v.LLM_BASE_URL)
        ctx.addIssue({ code: "custom", path: ["LLM_BASE_URL"], message: "is required when LLM_EMBEDDINGS_MODEL is set" });
      // Links, redirects and the same-origin check of cookie writes all use APP_URL (default
      // http://localhost:PORT): served to other machines without it, every sign-in would fail.
      const host = v.HOST ?? defaultHost(v);
      const unsure = ctx.issues.some((issue) => issue.path?.[0] === "HOST" || issue.path?.[0] === "DATABASE_URL");
      if (o.serving && !v.APP_URL && !isLoopback(host) && v.NODE_ENV !== "test" && !unsure) {
        ctx.addIssue({
          code: "custom",
          path: ["APP_URL"],
          message: `is required when HOST=${host} serves other machines${v.HOST ? "" : " (the default with DATABASE_URL)"}: set APP_URL to the address people use, e.g. https://shuzhen.example.cn (or HOST=127.0.0.1 for this machine only)`,
        });
      }
    })
    .safeParse(cleaned);
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
  return { ...result.data, HOST: result.data.HOST ?? defaultHost(result.data) };
}

/** 127.0.0.1 with the embedded database (a local demo), 0.0.0.0 with DATABASE_URL (a deployment). */
function defaultHost(config: { DATABASE_URL?: string | undefined }): string {
  return config.DATABASE_URL ? "0.0.0.0" : "127.0.0.1";
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

/** Whether an address to listen on or a client's address is this machine only. */
export function isLoopback(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/^::ffff:/, "");
  return h === "localhost" || h === "::1" || /^127(?:\.\d{1,3}){3}$/.test(h);
}

/** Whether webhooks may go to this machine (default: with the embedded database, a local demo). */
export function webhookLoopbackAllowed(config: Env = env()): boolean {
  return config.WEBHOOK_ALLOW_LOOPBACK ?? !config.DATABASE_URL;
}

/** Whether DEV_OUTBOX is on (default: with the embedded database). */
export function outboxEnabled(config: Env = env()): boolean {
  return config.DEV_OUTBOX ?? !config.DATABASE_URL;
}

/**
 * Whether the outbox page may be shown to anyone, not only to platform administrators: DEV_OUTBOX on,
 * the server listening on this machine only, and no proxy declared (TRUSTED_PROXIES unset). Even then
 * only to requests that came straight from this machine (lib/auth/outbox-access.ts). Its mail holds
 * live reset and invitation links.
 */
export function outboxOpen(config: Env = env()): boolean {
  return outboxEnabled(config) && isLoopback(config.HOST) && !config.TRUSTED_PROXIES;
}

/** The loud warning to print at start when the outbox is on but the server is reachable from other machines. */
export function outboxExposureWarning(config: Env = env()): string | null {
  if (!outboxEnabled(config) || outboxOpen(config)) return null;
  const why = isLoopback(config.HOST)
    ? `TRUSTED_PROXIES is set (a proxy passes requests on to this server)`
    : `HOST=${config.HOST} is reachable from other machines`;
  return [
    "!".repeat(78),
    `! 警告 / WARNING: DEV_OUTBOX is on while ${why}.`,
    "! /dev/outbox holds live password-reset and invitation links. It is shown only to platform",
    "! administrators here: anyone else sees it only on a local demo (HOST on loopback, no proxy),",
    "! from a browser on this machine. Set DEV_OUTBOX=false unless you are the only user.",
    "!".repeat(78),
  ].join("\n");
}

export function databaseDriver(config: Env = env()): "postgres" | "pglite" {
  return config.DATABASE_URL ? "postgres" : "pglite";
}
