import "server-only";
import { ZodError } from "zod";
import { AppError, type ErrorCode, type FieldIssue, type IssueOut } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { localize } from "@/lib/i18n/localized";
import { messageText } from "@/lib/i18n/translate";
import { issueText } from "@/lib/i18n/zod";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { logger } from "@/lib/logger";
import { requestEnded, requestStarted } from "./activity";
import { requestLocale } from "./locale";

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
  error: { code: ErrorCode; message: string; issues?: IssueOut[] };
}

export function issuesFromZod(error: ZodError, prefix = ""): FieldIssue[] {
  const field = (path: readonly PropertyKey[]) => [prefix, ...path.map(String)].filter(Boolean).join(".") || "body";
  return error.issues.flatMap((issue): FieldIssue[] =>
    // A strict object names each field it does not know (zod reports them together, at the object).
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ field: field([...issue.path, key]), message: messageText("error.unknownField") }))
      : [{ field: field(issue.path), message: issueText(issue) }],
  );
}

/** Seconds a client should wait before trying again after a 503 (database down, server busy). */
export const UNAVAILABLE_RETRY_AFTER = 5;

/**
 * Expected errors show their message, in the language of the request (or the locale given; Chinese
 * without either); anything else is logged and answered generically.
 */
export function errorResponse(error: unknown, from?: Request | Locale): Response {
  const locale = isLocale(from) ? from : from instanceof Request ? requestLocale(from) : DEFAULT_LOCALE;
  const down = !(error instanceof AppError) && isDatabaseUnavailable(error);
  if (down) logger.warn("database unavailable", { error });
  const appError = down
    ? new AppError("unavailable", messageText("error.unavailable"))
    : error instanceof AppError
      ? error
      : error instanceof ZodError
        ? AppError.validation(issuesFromZod(error))
        : null;
  if (!appError) {
    logger.error("unhandled error", { error });
    return Response.json({ error: { code: "internal", message: localize(messageText("error.internal"), locale) } } satisfies ErrorBody, { status: 500 });
  }
  const body: ErrorBody = { error: { code: appError.code, message: appError.messageIn(locale) } };
  if (appError.issues.length > 0) body.error.issues = appError.issuesIn(locale);
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
      return errorResponse(error, args[0] instanceof Request ? args[0] : undefined);
    } finally {
      requestEnded();
    }
  };
}
