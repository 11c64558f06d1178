import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "@/db/client";
import { storedFiles } from "@/db/schema";
import { prepareLogo } from "./logo";

export type FilePurpose = "evidence" | "logo" | "policy_document" | "export" | "project_document" | "subsidy_material";

export interface NewFile {
  tenantId: string;
  purpose: FilePurpose;
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  uploadedBy: string | null;
}

export async function storeFile(db: Db, file: NewFile): Promise<{ id: string; sha256: string }> {
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const [row] = await db
    .insert(storedFiles)
    .values({
      tenantId: file.tenantId,
      purpose: file.purpose,
      fileName: file.fileName,
      mimeType: file.mimeType,
      sizeBytes: file.bytes.length,
      sha256,
      content: file.bytes,
      uploadedBy: file.uploadedBy,
    })
    .returning({ id: storedFiles.id });
  if (!row) throw new Error("file insert returned nothing");
  return { id: row.id, sha256 };
}

/** A logo, re-encoded to a bounded PNG first (lib/files/logo.ts), stored for a portal or a consultant's brand. */
export async function storeLogo(db: Db, tenantId: string, uploadedBy: string, bytes: Buffer): Promise<{ id: string; sha256: string }> {
  const logo = await prepareLogo(bytes);
  return storeFile(db, { tenantId, purpose: "logo", fileName: "logo.png", mimeType: logo.type, bytes: logo.bytes, uploadedBy });
}
