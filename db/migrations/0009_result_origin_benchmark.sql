DROP INDEX "assessment_results_peer_idx";--> statement-breakpoint
ALTER TABLE "assessment_results" ADD COLUMN "origin" text DEFAULT 'real' NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD COLUMN "benchmark" json;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_origin_kind" CHECK ("assessment_results"."origin" in ('real', 'demo', 'synthetic'));--> statement-breakpoint
-- What each existing row is: generated firms by their engine version, demo accounts' submissions by
-- the account (owner or consultant) that made them (db/seed/demo-users.ts).
UPDATE "assessment_results" SET "origin" = 'synthetic' WHERE "engine_version" = 'synthetic';--> statement-breakpoint
UPDATE "assessment_results" AS r SET "origin" = 'demo'
FROM "assessments" AS a
WHERE a."id" = r."assessment_id" AND r."origin" = 'real'
  AND EXISTS (SELECT 1 FROM "users" AS u WHERE u."id" IN (a."owner_user_id", a."consultant_user_id") AND u."email" LIKE '%@demo.shuzhen.cn');--> statement-breakpoint
-- Generated firms say what they are whoever writes them (the synthetic writer inserts rows directly).
CREATE FUNCTION "assessment_results_mark_synthetic"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."engine_version" = 'synthetic' THEN
    NEW."origin" := 'synthetic';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "assessment_results_mark_synthetic" BEFORE INSERT OR UPDATE OF "engine_version", "origin" ON "assessment_results"
  FOR EACH ROW EXECUTE FUNCTION "assessment_results_mark_synthetic"();--> statement-breakpoint
-- Peers are read from this index only (index-only scans): real results, each firm's latest.
CREATE INDEX "assessment_results_peer_idx" ON "assessment_results" USING btree ("template_id", "industry_code", "size_class", "city_code")
  INCLUDE ("enterprise_id", "total", "capability_vector")
  WHERE "is_latest" AND "origin" = 'real';
