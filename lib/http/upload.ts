import { AppError } from "@/lib/errors";

export interface Upload {
  name: string;
  bytes: Buffer;
  fields: Record<string, string>;
}

/**
 * One file from a multipart form (field `file`) plus its text fields. The declared length is checked
 * before anything is read, the real size after; errors name the field.
 */
export async function readUpload(request: Request, maxBytes: number): Promise<Upload> {
  const tooLarge = () => new AppError("payload_too_large", `file: larger than ${Math.round(maxBytes / 1024)} KB`, { issues: [{ field: "file", message: `at most ${Math.round(maxBytes / 1024)} KB` }] });
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes + 64 * 1024) throw tooLarge();
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    throw AppError.validation([{ field: "file", message: "send the file as multipart/form-data in the field `file`" }]);
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw AppError.validation([{ field: "file", message: "the form could not be read" }]);
  }
  const file = form.get("file");
  if (!file || typeof file === "string") throw AppError.validation([{ field: "file", message: "missing: choose a file" }]);
  if (file.size > maxBytes) throw tooLarge();
  if (file.size === 0) throw AppError.validation([{ field: "file", message: "the file is empty" }]);
  const fields: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string") fields[k] = v;
  return { name: file.name, bytes: Buffer.from(await file.arrayBuffer()), fields };
}
