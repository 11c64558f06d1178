import { timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessments } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { isTemplateId, type TemplateId } from "@/scoring";
import { hashToken } from "./tokens";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AssessmentKey {
  id: string;
  tenantId: string;
  enterpriseId: string;
  templateId: TemplateId;
  status: "draft" | "submitted";
}

function notFound(): AppError {
  // One answer for "no such assessment" and "wrong token": the id alone must not reveal anything.
  return new AppError("not_found", "token: no assessment for this link, or the resume token is wrong", {
    issues: [{ field: "token", message: "not valid for this assessment" }],
  });
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The assessment a resume token opens; 404 for a wrong id or token, 401 for an expired link. */
export async function assessmentForToken(db: Db, id: string, token: string): Promise<AssessmentKey> {
  if (!UUID.test(id)) throw notFound();
  const [row] = await db
    .select({
      id: assessments.id,
      tenantId: assessments.tenantId,
      enterpriseId: assessments.enterpriseId,
      templateId: assessments.templateId,
      status: assessments.status,
      tokenHash: assessments.resumeTokenHash,
      expiresAt: assessments.resumeTokenExpiresAt,
    })
    .from(assessments)
    .where(eq(assessments.id, id));
  if (!row || !sameHash(row.tokenHash, hashToken(token))) throw notFound();
  if (row.expiresAt.getTime() < Date.now()) {
    throw new AppError("unauthenticated", "token: this resume link has expired; start a new assessment or sign in", {
      issues: [{ field: "token", message: "expired" }],
    });
  }
  if (!isTemplateId(row.templateId)) throw new AppError("internal", `assessment ${id} has unknown template ${row.templateId}`);
  return { id: row.id, tenantId: row.tenantId, enterpriseId: row.enterpriseId, templateId: row.templateId, status: row.status };
}
