import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { issuesFromZod } from "./errors";

export const DEFAULT_BODY_LIMIT = 64 * 1024;

/** Reads a JSON body no larger than `limit` bytes and validates it; errors name the field at fault. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S, limit = DEFAULT_BODY_LIMIT): Promise<z.infer<S>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new AppError("payload_too_large", `body: larger than ${limit} bytes`, { issues: [{ field: "body", message: `at most ${limit} bytes` }] });
  const text = await request.text();
  if (Buffer.byteLength(text) > limit) throw new AppError("payload_too_large", `body: larger than ${limit} bytes`, { issues: [{ field: "body", message: `at most ${limit} bytes` }] });
  let raw: unknown;
  try {
    raw = text === "" ? {} : JSON.parse(text);
  } catch {
    throw AppError.validation([{ field: "body", message: "not valid JSON" }]);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw AppError.validation(issuesFromZod(parsed.error));
  return parsed.data;
}

/** The resume secret from `Authorization: Bearer …`. */
export function bearerToken(request: Request): string {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/.exec(header.trim());
  if (!match?.[1]) throw new AppError("unauthenticated", "token: send the resume token as Authorization: Bearer <token>", { issues: [{ field: "token", message: "missing or malformed" }] });
  return match[1];
}
