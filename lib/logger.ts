import "server-only";
import { env } from "@/lib/env";

type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Fields whose values are never written to a log, whatever their shape (not promptTokens, passed…). */
const SECRET_KEY = /(password|passwd|secret|token|hash|cookie|authorization|api[-_]?key)$/i;

/**
 * An error's message without what a failed query carries after it: Drizzle puts the statement's
 * parameters there ("params: …"), which hold password hashes, tokens, names and answers.
 */
export function safeMessage(message: string): string {
  const cut = message.search(/\n?\s*params:/i);
  return (cut >= 0 ? message.slice(0, cut) : message).slice(0, 300);
}

/** The call sites of a stack only: its first lines repeat the message (and with it any parameters). */
function stackFrames(stack: string | undefined): string | undefined {
  return stack
    ?.split("\n")
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 5)
    .join("\n");
}

function serialise(fields: Record<string, unknown>, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = SECRET_KEY.test(key)
      ? "[redacted]"
      : value instanceof Error
        ? {
            name: value.name,
            message: safeMessage(value.message),
            cause: value.cause instanceof Error ? safeMessage(value.cause.message) : undefined,
            stack: stackFrames(value.stack),
          }
        : typeof value === "string"
          ? safeMessage(value)
          : value !== null && typeof value === "object" && !Array.isArray(value)
            ? depth < 3
              ? serialise(value as Record<string, unknown>, depth + 1)
              : "[object]"
            : value;
  }
  return out;
}

function log(level: Level, message: string, fields: Record<string, unknown> = {}): void {
  let threshold: Level = "info";
  try {
    threshold = env().LOG_LEVEL;
  } catch {
    /* a broken environment is reported elsewhere; keep logging at info */
  }
  if (ORDER[level] < ORDER[threshold]) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...serialise(fields) });
  if (level === "error" || level === "warn") console.error(line);
  else console.log(line);
}

/** One JSON line per event, so that logs of several app servers can be merged and searched. */
export const logger = {
  debug: (message: string, fields?: Record<string, unknown>) => log("debug", message, fields),
  info: (message: string, fields?: Record<string, unknown>) => log("info", message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => log("warn", message, fields),
  error: (message: string, fields?: Record<string, unknown>) => log("error", message, fields),
};
