import { AppError } from "@/lib/errors";
import { messageText } from "@/lib/i18n/translate";
import { cleanText } from "@/lib/validation/text";
import { readBytes } from "./body";

export interface Upload {
  name: string;
  bytes: Buffer;
  fields: Record<string, string>;
}

/** Room for the form's boundaries, headers and text fields around the file. */
const FORM_OVERHEAD = 64 * 1024;

/**
 * One file from a multipart form (field `file`) plus its text fields. The body is read with a limit
 * while it streams (declared or chunked), then the file's own size is checked; names and fields are
 * cleaned text; errors name the field.
 */
export async function readUpload(request: Request, maxBytes: number): Promise<Upload> {
  const size = `${Math.round(maxBytes / 1024)} KB`;
  const tooLarge = () =>
    new AppError("payload_too_large", messageText("error.tooLarge", { field: "file", size }), {
      issues: [{ field: "file", message: messageText("error.atMost", { size }) }],
    });
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) {
    throw AppError.validation([{ field: "file", message: messageText("error.upload.multipart") }]);
  }
  const body = await readBytes(request, maxBytes + FORM_OVERHEAD, "file").catch((error: unknown) => {
    throw error instanceof AppError && error.code === "payload_too_large" ? tooLarge() : error;
  });
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData();
  } catch {
    throw AppError.validation([{ field: "file", message: messageText("error.upload.unreadable") }]);
  }
  const file = form.get("file");
  if (!file || typeof file === "string") throw AppError.validation([{ field: "file", message: messageText("error.upload.missing") }]);
  if (file.size > maxBytes) throw tooLarge();
  if (file.size === 0) throw AppError.validation([{ field: "file", message: messageText("error.upload.empty") }]);
  const fields: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string") fields[cleanText(k)] = cleanText(v);
  const name = cleanText(file.name).trim().slice(0, 200) || "file";
  return { name, bytes: Buffer.from(await file.arrayBuffer()), fields };
}
