import { ZodError } from "zod";
import { AppError, type ErrorCode, type FieldIssue } from "@/lib/errors";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { logger } from "@/lib/logger";
import { requestEnded, requestStarted } from "./activity";

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

export function statusOf(code: ErrorCode): number {
  return STATUS[code];
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: FieldIssue[] };
}

export function issuesFromZod(error: ZodError, prefix = ""): FieldIssue[] {
  const field = (path: readonly PropertyKey[]) => [prefix, ...path.map(String)].filter(Boolean).join(".") || "body";
  return error.issues.flatMap((issue) =>
    // A strict object names each field it does not know (zod reports them together, at the object).
    issue.code === "unrecognized_keys" ? issue.keys.map((key) => ({ field: field([...issue.path, key]), message: "unknown field" })) : [{ field: field(issue.path), message: issue.message }],
  );
}

/** Seconds a client should wait before trying again after a 503 (database down, server busy). */
export const UNAVAILABLE_RETRY_AFTER = 5;

/** Expected errors show their message; anything else is logged and answered generically. */
export function errorResponse(error: unknown): Response {
  const down = !(error instanceof AppError) && isDatabaseUnavailable(error);
  if (down) logger.warn("database unavailable", { error });
  const appError = down
    ? new AppError("unavailable", "The database is unavailable; try again shortly / 数据库暂时不可用，请稍后再试")
    : error instanceof AppError
      ? error
      : error instanceof ZodError
        ? AppError.validation(issuesFromZod(error))
        : null;
  if (!appError) {
    logger.error("unhandled error", { error });
    return Response.json({ error: { code: "internal", message: "Internal error / 服务器内部错误" } } satisfies ErrorBody, { status: 500 });
  }
  const body: ErrorBody = { error: { code: appError.code, message: appError.message } };
  if (appError.issues.length > 0) body.error.issues = [...appError.issues];
  const headers: HeadersInit = appError.code === "unavailable" ? { "Retry-After": String(UNAVAILABLE_RETRY_AFTER) } : {};
  return Response.json(body, { status: statusOf(appError.code), headers });
}

/** Wraps a route handler so that every thrown error becomes the one JSON error shape; counts it as activity. */
export function handler<Args extends unknown[]>(fn: (...args: Args) => Promise<Response>): (...args: Args) => Promise<Response> {
  return async (...args: Args) => {
    requestStarted();
    try {
      return await fn(...args);
    } catch (error) {
      return errorResponse(error);
    } finally {
      requestEnded();
    }
  };
}
