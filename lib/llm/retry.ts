/**
 * Which provider errors are worth another try, and how long to wait: 429 and 5xx, timeouts and
 * dropped connections are; 4xx (bad key, bad request) are not. Retry-After is honoured when given.
 */

export interface RetryDecision {
  retry: boolean;
  /** The provider's own wait, when it said one. */
  afterMs?: number;
  status?: number;
  kind: "rate_limited" | "server_error" | "timeout" | "connection" | "client_error" | "unknown";
}

function field(error: unknown, key: string): unknown {
  return typeof error === "object" && error !== null ? (error as Record<string, unknown>)[key] : undefined;
}

function retryAfterMs(error: unknown): number | undefined {
  const headers = field(error, "headers");
  let value: string | null | undefined;
  if (headers instanceof Headers) value = headers.get("retry-after");
  else if (typeof headers === "object" && headers !== null) value = (headers as Record<string, string | undefined>)["retry-after"];
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

export function classifyError(error: unknown): RetryDecision {
  // LangChain wraps the SDK error but keeps its status; the cause may hold it too.
  const status = [field(error, "status"), field(field(error, "cause"), "status")].find((s): s is number => typeof s === "number");
  const name = String(field(error, "name") ?? "");
  const message = String(field(error, "message") ?? "");
  if (status === 429) return { retry: true, status, kind: "rate_limited", afterMs: retryAfterMs(error) };
  if (status !== undefined && status >= 500) return { retry: true, status, kind: "server_error", afterMs: retryAfterMs(error) };
  if (status !== undefined && status >= 400) return { retry: false, status, kind: "client_error" };
  if (/timeout|timed out/i.test(name) || /timeout|timed out/i.test(message)) return { retry: true, kind: "timeout" };
  if (/connection|ECONNRESET|ECONNREFUSED|socket hang up|fetch failed/i.test(`${name} ${message}`)) return { retry: true, kind: "connection" };
  return { retry: false, kind: "unknown" };
}

/** Exponential backoff with full jitter, at most 30 s unless the provider asked for longer. */
export function backoffMs(attempt: number, baseMs: number, decision: RetryDecision, random: () => number = Math.random): number {
  const exponential = Math.min(30_000, baseMs * 2 ** attempt);
  const jittered = exponential / 2 + random() * (exponential / 2);
  return Math.max(jittered, decision.afterMs ?? 0);
}
