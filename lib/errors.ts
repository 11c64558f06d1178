import type { Locale } from "@/lib/i18n/locales";
import { localize, type Localized } from "@/lib/i18n/localized";
import { inBoth, isMessageKey, messageText } from "@/lib/i18n/translate";

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

/**
 * A message as thrown: text in both languages (answered in the request's), or a plain string not yet
 * translated, answered as it is.
 */
export type ErrorText = string | Localized;

export interface FieldIssue {
  /** Dotted path of the field at fault, e.g. `answers.F.NET` or `enterprise.creditCode`. */
  field: string;
  message: ErrorText;
}

/** An issue as the API answers it: the field name unchanged, the message in the reader's language. */
export interface IssueOut {
  field: string;
  message: string;
}

export function textIn(text: ErrorText, locale: Locale): string {
  return typeof text === "string" ? text : localize(text, locale);
}

/** English for logs and `Error.message` (tests and logs read it), the Chinese source when there is none. */
const logText = (text: ErrorText) => (typeof text === "string" ? text : (text.en ?? text["zh-CN"]));

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly FieldIssue[];
  readonly text: ErrorText;
  constructor(code: ErrorCode, message: ErrorText, options: { issues?: readonly FieldIssue[]; cause?: unknown } = {}) {
    super(logText(message), { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.text = message;
    this.issues = options.issues ?? [];
  }

  messageIn(locale: Locale): string {
    return textIn(this.text, locale);
  }

  issuesIn(locale: Locale): IssueOut[] {
    return this.issues.map((i) => ({ field: i.field, message: textIn(i.message, locale) }));
  }

  static validation(issues: readonly FieldIssue[]): AppError {
    const first = issues[0];
    const message: ErrorText = !first
      ? messageText("error.invalidRequest")
      : typeof first.message === "string"
        ? `${first.field}: ${first.message}`
        : inBoth((t, locale) => t("error.issue", { field: first.field, message: textIn(first.message, locale) }));
    return new AppError("validation_failed", message, { issues });
  }

  /** Also used for rows of another tenant: their existence must not leak. `what` names an `error.thing.*` message. */
  static notFound(what = "resource"): AppError {
    const key = `error.thing.${what}`;
    return new AppError(
      "not_found",
      inBoth((t) => t("error.notFound", { what: isMessageKey(key) ? t(key) : what })),
    );
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
