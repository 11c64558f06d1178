CREATE TABLE "question_time_daily" (
	"tenant_id" uuid NOT NULL,
	"day" date NOT NULL,
	"code" text NOT NULL,
	"seconds" double precision DEFAULT 0 NOT NULL,
	"assessments" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "question_time_daily_tenant_id_day_code_pk" PRIMARY KEY("tenant_id","day","code")
);
--> statement-breakpoint
DROP INDEX "assessment_results_tenant_submitted_idx";--> statement-breakpoint
DROP INDEX "assessment_results_tenant_latest_idx";--> statement-breakpoint
ALTER TABLE "assessment_results" ADD COLUMN "subsidy_eligible" text[];--> statement-breakpoint
ALTER TABLE "assessment_results" ADD COLUMN "subsidy_possible" text[];--> statement-breakpoint
ALTER TABLE "assessment_results" ADD COLUMN "subsidy_best_yuan" integer;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD COLUMN "subsidies_matched_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD COLUMN "capability_vector" real[];--> statement-breakpoint
ALTER TABLE "question_time_daily" ADD CONSTRAINT "question_time_daily_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- A funnel step counts once per assessment: keep the first of any repeated ones (PDF downloads).
DELETE FROM "usage_events" AS e
WHERE e."kind" in ('started', 'submitted', 'report_read', 'pdf_downloaded') AND e."assessment_id" IS NOT NULL
  AND EXISTS (SELECT 1 FROM "usage_events" AS f WHERE f."assessment_id" = e."assessment_id" AND f."kind" = e."kind" AND f."id" < e."id");--> statement-breakpoint
CREATE UNIQUE INDEX "usage_events_funnel_once_idx" ON "usage_events" USING btree ("assessment_id","kind") WHERE "usage_events"."kind" in ('started', 'submitted', 'report_read', 'pdf_downloaded');--> statement-breakpoint
-- Time per question of the assessments already submitted.
INSERT INTO "question_time_daily" ("tenant_id", "day", "code", "seconds", "assessments")
SELECT a."tenant_id", (a."started_at" AT TIME ZONE 'Asia/Shanghai')::date, t.key, sum(least(t.value::float8, 600)), count(*)::int
FROM "assessments" AS a, jsonb_each_text(a."timings") AS t
WHERE a."status" = 'submitted'
GROUP BY 1, 2, 3;--> statement-breakpoint
-- Existing results' capability vectors, from the frozen result (every template: FOUNDATION, MANAGEMENT,
-- EFFECT, then its scenes in order, as lib/dashboard/capability-vector.ts writes them).
UPDATE "assessment_results" SET "capability_vector" =
  ARRAY[("detail" -> 'dimensions' ->> 'FOUNDATION')::real, ("detail" -> 'dimensions' ->> 'MANAGEMENT')::real, ("detail" -> 'dimensions' ->> 'EFFECT')::real]
  || ARRAY(SELECT (s.value ->> 'level')::real FROM json_array_elements("detail" -> 'scenes') WITH ORDINALITY AS s(value, n) ORDER BY s.n)
WHERE json_typeof("detail" -> 'scenes') = 'array';--> statement-breakpoint
-- The dashboard reads only these indexes (index-only scans): every result, and each firm's latest.
CREATE INDEX "assessment_results_dashboard_all_idx" ON "assessment_results" USING btree ("tenant_id", "submitted_at")
  INCLUDE ("level", "total", "industry_segment", "industry_code", "district_code", "size_class", "above_scale");--> statement-breakpoint
CREATE INDEX "assessment_results_dashboard_latest_idx" ON "assessment_results" USING btree ("tenant_id", "submitted_at")
  INCLUDE ("level", "total", "industry_segment", "industry_code", "district_code", "size_class", "above_scale", "previous_level", "previous_total",
    "template_id", "capability_vector", "subsidy_eligible", "subsidy_possible", "subsidy_best_yuan", "subsidies_matched_at")
  WHERE "is_latest";
