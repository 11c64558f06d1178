ALTER TABLE "assessment_results" ADD COLUMN "is_latest" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD COLUMN "previous_level" smallint;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD COLUMN "previous_total" double precision;--> statement-breakpoint
CREATE INDEX "assessment_results_tenant_latest_idx" ON "assessment_results" USING btree ("tenant_id","submitted_at") WHERE "assessment_results"."is_latest";--> statement-breakpoint
-- Existing results: only each firm's newest stays the latest.
UPDATE "assessment_results" AS r SET "is_latest" = false
WHERE EXISTS (
  SELECT 1 FROM "assessment_results" AS n
  WHERE n."enterprise_id" = r."enterprise_id"
    AND (n."submitted_at" > r."submitted_at" OR (n."submitted_at" = r."submitted_at" AND n."assessment_id" > r."assessment_id"))
);
