import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reports } from "@/db/schema";
import { payloadOf } from "@/lib/jobs/define";
import { reportJob } from "@/lib/jobs/definitions";
import { RunLater } from "@/lib/jobs/run-later";
import type { JobHandler } from "@/lib/jobs/worker";
import type { StructuredModel } from "@/lib/llm/structured";
import { generateReport } from "./generate";

/** The background job that writes a report; a report whose job gives up says so, with the reason. */
export function reportJobHandler(model: () => StructuredModel | null): JobHandler {
  return {
    async run(db: Db, job) {
      const { reportId, rewrite } = payloadOf(reportJob, job);
      // A job with `rewrite` is an editor's regeneration: it keeps their other edited sections.
      const regeneration = rewrite ? { rewrite } : undefined;
      let outcome;
      try {
        outcome = await generateReport(db, reportId, model(), undefined, regeneration);
      } catch (error) {
        // The provider kept asking to wait: the last attempt writes what is left with the template writer.
        if (!(error instanceof RunLater) || job.attempts < job.maxAttempts) throw error;
        outcome = await generateReport(db, reportId, null, undefined, regeneration);
      }
      return { version: outcome.version, writers: outcome.writers, requests: outcome.requests };
    },
    async onFailed(db: Db, job, error) {
      const parsed = reportJob.payload.safeParse(job.payload);
      if (!parsed.success) return;
      const message = error instanceof Error ? error.message : String(error);
      await db
        .update(reports)
        .set({ status: "failed", error: message.slice(0, 500), updatedAt: new Date() })
        .where(eq(reports.id, parsed.data.reportId));
    },
  };
}
