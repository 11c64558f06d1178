import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { reports } from "@/db/schema";
import { RunLater } from "@/lib/jobs/run-later";
import type { JobHandler } from "@/lib/jobs/worker";
export { REPORT_JOB } from "@/lib/jobs/kinds";
import type { StructuredModel } from "@/lib/llm/structured";
import { generateReport } from "./generate";

const payload = z.object({ reportId: z.uuid() });

/** The background job that writes a report; a report whose job gives up says so, with the reason. */
export function reportJobHandler(model: () => StructuredModel | null): JobHandler {
  return {
    async run(db: Db, job) {
      const { reportId } = payload.parse(job.payload);
      let outcome;
      try {
        outcome = await generateReport(db, reportId, model());
      } catch (error) {
        // The provider kept asking to wait: the last attempt writes what is left with the template writer.
        if (!(error instanceof RunLater) || job.attempts < job.maxAttempts) throw error;
        outcome = await generateReport(db, reportId, null);
      }
      return { version: outcome.version, writers: outcome.writers, requests: outcome.requests };
    },
    async onFailed(db: Db, job, error) {
      const parsed = payload.safeParse(job.payload);
      if (!parsed.success) return;
      const message = error instanceof Error ? error.message : String(error);
      await db.update(reports).set({ status: "failed", error: message.slice(0, 500), updatedAt: new Date() }).where(eq(reports.id, parsed.data.reportId));
    },
  };
}
