import { ZodError } from "zod";
import { AppError, type ErrorCode, type FieldIssue } from "@/lib/errors";
import { logger } from "@/lib/logger";

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

/** Expected errors show their message; anything else is logged and answered generically. */
export function errorResponse(error: unknown): Response {
  const appError =
    error instanceof AppError
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
  return Response.json(body, { status: statusOf(appError.code) });
}

/** Wraps a route handler so that every thrown error becomes the one JSON error shape. */
export function handler<Args extends unknown[]>(fn: (...args: Args) => Promise<Response>): (...args: Args) => Promise<Response> {
  return async (...args: Args) => {
    try {
      return await fn(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
