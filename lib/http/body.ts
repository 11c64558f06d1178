import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { messageText } from "@/lib/i18n/translate";
import { cleanJson } from "@/lib/validation/text";
import { issuesFromZod } from "./errors";

export const DEFAULT_BODY_LIMIT = 64 * 1024;

function tooLarge(limit: number, field = "body"): AppError {
  const size = limit >= 1024 * 1024 ? `${Math.round(limit / 1024 / 1024)} MB` : `${Math.round(limit / 1024)} KB`;
  return new AppError("payload_too_large", messageText("error.tooLarge", { field, size }), {
    issues: [{ field, message: messageText("error.atMost", { size }) }],
  });
}

/**
 * The body's bytes, refused as soon as it passes `limit`: the declared length is checked first, and a
 * chunked body (no length) is counted while it streams and cancelled at the limit, so an oversize
 * upload costs at most `limit` bytes of memory (300 MB were read whole before the 413).
 */
export async function readBytes(request: Request, limit: number, field = "body"): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge(limit, field);
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let read: ReadableStreamReadResult<Uint8Array>;
    try {
      read = await reader.read();
    } catch {
      throw AppError.validation([{ field, message: messageText("error.bodyUnread") }]);
    }
    if (read.done) break;
    total += read.value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit, field);
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks, total);
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * Reads a JSON body no larger than `limit` bytes and validates it; errors name the field at fault.
 * A body must say it is JSON (a cross-site form can send text/plain without a preflight); every
 * string in it is cleaned of NUL, control and invisible characters and lone surrogates first.
 */
export async function readJson<S extends z.ZodType>(request: Request, schema: S, limit = DEFAULT_BODY_LIMIT): Promise<z.infer<S>> {
  const bytes = await readBytes(request, limit);
  let raw: unknown = {};
  if (bytes.byteLength > 0) {
    if (!JSON_TYPE.test(request.headers.get("content-type") ?? "")) {
      throw new AppError("unsupported_media_type", messageText("error.contentType"), {
        issues: [{ field: "content-type", message: messageText("error.mustBeJson") }],
      });
    }
    try {
      raw = cleanJson(JSON.parse(new TextDecoder("utf-8", { fatal: false }).decode(bytes)));
    } catch {
      throw AppError.validation([{ field: "body", message: messageText("error.notJson") }]);
    }
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw AppError.validation(issuesFromZod(parsed.error));
  return parsed.data;
}

/** The resume secret from `Authorization: Bearer …`. */
export function bearerToken(request: Request): string {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/.exec(header.trim());
  if (!match?.[1])
    throw new AppError("unauthenticated", messageText("error.token"), { issues: [{ field: "token", message: messageText("error.tokenMalformed") }] });
  return match[1];
}
