CREATE TABLE "dashboard_cells" (
	"tenant_id" uuid NOT NULL,
	"scope" smallint NOT NULL,
	"dim" text NOT NULL,
	"key" text NOT NULL,
	"day" date NOT NULL,
	"template_id" text NOT NULL,
	"size_class" text NOT NULL,
	"above" smallint NOT NULL,
	"n" integer NOT NULL,
	"levels" integer[] NOT NULL,
	"sum_total" double precision NOT NULL,
	"above_n" integer NOT NULL,
	"above_at2" integer NOT NULL,
	"cap_n" integer NOT NULL,
	"cap_sum" double precision[],
	"prev_n" integer NOT NULL,
	"up" integer NOT NULL,
	"same" integer NOT NULL,
	"down" integer NOT NULL,
	"reached2" integer NOT NULL,
	"sum_delta" double precision NOT NULL,
	"matched" integer NOT NULL,
	"eligible" integer NOT NULL,
	"possible_only" integer NOT NULL,
	"best_yuan" double precision NOT NULL,
	"policies" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "dashboard_cells_tenant_id_scope_dim_key_day_template_id_size_class_above_pk" PRIMARY KEY("tenant_id","scope","dim","key","day","template_id","size_class","above")
);
--> statement-breakpoint
CREATE TABLE "dashboard_dirty_days" (
	"tenant_id" uuid NOT NULL,
	"day" date NOT NULL,
	CONSTRAINT "dashboard_dirty_days_tenant_id_day_pk" PRIMARY KEY("tenant_id","day")
);
--> statement-breakpoint
CREATE TABLE "usage_daily" (
	"tenant_id" uuid NOT NULL,
	"day" date NOT NULL,
	"kind" text NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "usage_daily_tenant_id_day_kind_pk" PRIMARY KEY("tenant_id","day","kind")
);
--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "reached_at" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "dashboard_cells" ADD CONSTRAINT "dashboard_cells_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dashboard_dirty_days" ADD CONSTRAINT "dashboard_dirty_days_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_daily" ADD CONSTRAINT "usage_daily_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Every day with results is computed before the dashboard is next read (lib/dashboard/rollup.ts).
INSERT INTO "dashboard_dirty_days" ("tenant_id", "day")
SELECT DISTINCT "tenant_id", ("submitted_at" AT TIME ZONE 'Asia/Shanghai')::date FROM "assessment_results"
ON CONFLICT DO NOTHING;--> statement-breakpoint
-- The funnel's steps counted per portal, China day and kind as they are written (and uncounted if an assessment goes).
CREATE FUNCTION "usage_daily_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW."kind" IN ('started', 'report_read', 'pdf_downloaded') THEN
      INSERT INTO "usage_daily" ("tenant_id", "day", "kind", "n") VALUES (NEW."tenant_id", (NEW."at" AT TIME ZONE 'Asia/Shanghai')::date, NEW."kind", 1)
      ON CONFLICT ("tenant_id", "day", "kind") DO UPDATE SET "n" = "usage_daily"."n" + 1;
    END IF;
    RETURN NEW;
  END IF;
  IF OLD."kind" IN ('started', 'report_read', 'pdf_downloaded') THEN
    UPDATE "usage_daily" SET "n" = "n" - 1
    WHERE "tenant_id" = OLD."tenant_id" AND "day" = (OLD."at" AT TIME ZONE 'Asia/Shanghai')::date AND "kind" = OLD."kind";
  END IF;
  RETURN OLD;
END $$;--> statement-breakpoint
CREATE TRIGGER "usage_daily_count" AFTER INSERT OR DELETE ON "usage_events" FOR EACH ROW EXECUTE FUNCTION "usage_daily_count"();--> statement-breakpoint
INSERT INTO "usage_daily" ("tenant_id", "day", "kind", "n")
SELECT "tenant_id", ("at" AT TIME ZONE 'Asia/Shanghai')::date, "kind", count(*)::int FROM "usage_events"
WHERE "kind" IN ('started', 'report_read', 'pdf_downloaded') GROUP BY 1, 2, 3;--> statement-breakpoint
-- A project remembers when it first reached each state: the pipeline reads projects, not every event.
CREATE FUNCTION "projects_mark_reached"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "projects" SET "reached_at" = "reached_at" || jsonb_build_object(NEW."to_status", NEW."at")
  WHERE "id" = NEW."project_id" AND "reached_at" -> NEW."to_status" IS NULL;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "projects_mark_reached" AFTER INSERT ON "project_events" FOR EACH ROW EXECUTE FUNCTION "projects_mark_reached"();--> statement-breakpoint
UPDATE "projects" AS p SET "reached_at" = coalesce(
  (SELECT jsonb_object_agg(x."to_status", x."first_at") FROM (SELECT e."to_status", min(e."at") AS "first_at" FROM "project_events" AS e WHERE e."project_id" = p."id" GROUP BY 1) AS x),
  '{}'::jsonb);--> statement-breakpoint
-- What the dashboard's cells cannot answer (two groupings at once) is read through these: only the firms of the group, from the index alone.
CREATE INDEX "assessment_results_latest_district_idx" ON "assessment_results" USING btree ("tenant_id", "district_code") INCLUDE ("submitted_at", "level", "total", "above_scale", "size_class", "industry_segment", "industry_code", "district_code", "template_id", "previous_level", "previous_total") WHERE "is_latest";--> statement-breakpoint
CREATE INDEX "assessment_results_latest_segment_idx" ON "assessment_results" USING btree ("tenant_id", "industry_segment") INCLUDE ("submitted_at", "level", "total", "above_scale", "size_class", "industry_segment", "industry_code", "district_code", "template_id", "previous_level", "previous_total") WHERE "is_latest";--> statement-breakpoint
CREATE INDEX "assessment_results_latest_industry_idx" ON "assessment_results" USING btree ("tenant_id", "industry_code") INCLUDE ("submitted_at", "level", "total", "above_scale", "size_class", "industry_segment", "industry_code", "district_code", "template_id", "previous_level", "previous_total") WHERE "is_latest";--> statement-breakpoint
-- Where unfinished drafts stopped: the portal's drafts only, without their rows.
CREATE INDEX "assessments_tenant_drafts_idx" ON "assessments" USING btree ("tenant_id", "started_at") INCLUDE ("current_step", "last_answered_at") WHERE "status" = 'draft';
