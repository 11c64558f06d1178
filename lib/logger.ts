import { env } from "@/lib/env";

type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function serialise(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    // Query errors carry their parameters (answers, names): keep only the start of the message.
    out[key] =
      value instanceof Error
        ? { name: value.name, message: value.message.slice(0, 300), cause: value.cause instanceof Error ? value.cause.message.slice(0, 300) : undefined, stack: value.stack?.split("\n").slice(1, 6).join("\n") }
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
