import { and, count, eq, isNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { assessmentFiles, assessments, storedFiles } from "@/db/schema";
import { EVIDENCE_LIMITS, listEvidence, uploadEvidence } from "@/lib/assessments/evidence-files";
import type { Actor } from "@/lib/auth/permissions";
import { addClient, startClientAssessment } from "@/lib/consultants/clients";
import { isAppError } from "@/lib/errors";
import { demoActor, withDemoDatabase } from "../support/app-database";
import { ZHENGZHOU_ENTERPRISE } from "../support/fixtures";
import { solidPng } from "../support/png";

/**
 * The evidence limits hold under concurrent uploads (on PostgreSQL they were checked outside the
 * insert: 45 files were stored against a limit of 30), and a failed upload stores nothing.
 */

const MB = 1024 * 1024;
const { db } = withDemoDatabase();
let consultant: Actor;

beforeAll(async () => {
  consultant = await demoActor(db(), "consultant");
}, 120_000);

async function draft(name: string): Promise<string> {
  const { enterpriseId } = await addClient(db(), consultant, "zhengzhou", { enterprise: { ...ZHENGZHOU_ENTERPRISE, name } });
  return (await startClientAssessment(db(), consultant, "zhengzhou", enterpriseId, { mode: "consultant_onsite", language: "zh-CN" })).id;
}

/** A PNG (recognised by its bytes) padded to `size` bytes. */
function pngOf(size: number): Buffer {
  const png = solidPng();
  return Buffer.concat([png, Buffer.alloc(Math.max(0, size - png.length))]);
}

/** Each upload's outcome: "ok" or "<code>: <message>". */
async function uploadAll(id: string, files: Buffer[]): Promise<string[]> {
  return Promise.all(
    files.map((bytes, i) =>
      uploadEvidence(db(), id, { actor: consultant }, { name: `f${i}.png`, bytes, fields: { questionCode: "F.NET" } }).then(
        () => "ok",
        (e: unknown) => (isAppError(e) ? `${e.code}: ${e.message}` : `thrown: ${String(e)}`),
      ),
    ),
  );
}

async function orphanedEvidenceFiles(): Promise<number> {
  const [row] = await db()
    .select({ n: count() })
    .from(storedFiles)
    .leftJoin(assessmentFiles, eq(assessmentFiles.fileId, storedFiles.id))
    .where(and(eq(storedFiles.purpose, "evidence"), isNull(assessmentFiles.id)));
  return row?.n ?? -1;
}

describe("evidence limits under concurrent uploads", () => {
  it("stores exactly 30 of 40 concurrent files and refuses the rest with 409 naming the limit", async () => {
    const id = await draft("并发上传测试一");
    const outcomes = await uploadAll(
      id,
      Array.from({ length: 40 }, () => solidPng()),
    );
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(EVIDENCE_LIMITS.maxFiles);
    const refused = outcomes.filter((o) => o !== "ok");
    expect(refused).toHaveLength(10);
    for (const r of refused) expect(r).toBe(`conflict: file: at most ${EVIDENCE_LIMITS.maxFiles} evidence files per assessment`);
    expect(await listEvidence(db(), id, { actor: consultant })).toHaveLength(EVIDENCE_LIMITS.maxFiles);
    expect(await orphanedEvidenceFiles()).toBe(0);
  }, 60_000);

  it("stores no more than 100 MB when concurrent files would pass it, refusing the rest with 413 naming the limit", async () => {
    const id = await draft("并发上传测试二");
    // 95 MB already attached (rows that record the size without holding the bytes, to keep the test fast).
    const [a] = await db().select({ tenantId: assessments.tenantId }).from(assessments).where(eq(assessments.id, id));
    for (let i = 0; i < 10; i++) {
      const [f] = await db()
        .insert(storedFiles)
        .values({
          tenantId: a!.tenantId,
          purpose: "evidence",
          fileName: `old${i}.png`,
          mimeType: "image/png",
          sizeBytes: 9.5 * MB,
          sha256: "0",
          content: solidPng(),
        })
        .returning({ id: storedFiles.id });
      await db().insert(assessmentFiles).values({ tenantId: a!.tenantId, assessmentId: id, questionCode: "F.NET", fileId: f!.id });
    }
    const outcomes = await uploadAll(
      id,
      Array.from({ length: 5 }, () => pngOf(2 * MB)),
    ); // two fit, three do not
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(2);
    const refused = outcomes.filter((o) => o !== "ok");
    expect(refused).toHaveLength(3);
    for (const r of refused) expect(r).toBe("payload_too_large: file: the evidence of one assessment is limited to 100 MB");
    const stored = await listEvidence(db(), id, { actor: consultant });
    expect(stored.reduce((s, f) => s + f.sizeBytes, 0)).toBe(99 * MB);
    expect(await orphanedEvidenceFiles()).toBe(0);
  }, 60_000);

  it("leaves no stored file behind when the link to the assessment cannot be written", async () => {
    const id = await draft("上传失败测试");
    // A caption PostgreSQL refuses (NUL; the upload route would have cleaned it) makes the second insert fail.
    const failed = await uploadEvidence(
      db(),
      id,
      { actor: consultant },
      { name: "x.png", bytes: solidPng(), fields: { questionCode: "F.NET", caption: "a\u0000b" } },
    ).then(
      () => "ok",
      () => "failed",
    );
    expect(failed).toBe("failed");
    expect(await orphanedEvidenceFiles()).toBe(0);
    expect(await listEvidence(db(), id, { actor: consultant })).toEqual([]);
    const [files] = await db()
      .select({ n: count() })
      .from(storedFiles)
      .where(sql`${storedFiles.fileName} = 'x.png'`);
    expect(files?.n).toBe(0);
  });
});
