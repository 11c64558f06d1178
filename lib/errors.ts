/**
 * One error type for expected failures. Codes are stable strings for API clients; the HTTP status
 * for each lives in lib/http/errors.ts and nowhere else.
 */
export type ErrorCode =
  | "validation_failed"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "unavailable"
  | "internal";

export interface FieldIssue {
  /** Dotted path of the field at fault, e.g. `answers.F.NET` or `enterprise.creditCode`. */
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly FieldIssue[];
  constructor(code: ErrorCode, message: string, options: { issues?: readonly FieldIssue[]; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.issues = options.issues ?? [];
  }

  static validation(issues: readonly FieldIssue[]): AppError {
    const first = issues[0];
    const message = first ? `${first.field}: ${first.message}` : "invalid request";
    return new AppError("validation_failed", message, { issues });
  }

  /** Also used for rows of another tenant: their existence must not leak. */
  static notFound(what = "resource"): AppError {
    return new AppError("not_found", `${what} not found`);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
