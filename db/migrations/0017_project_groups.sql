ALTER TABLE "projects" ADD COLUMN "district_code" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "industry_segment" text;--> statement-breakpoint
CREATE INDEX "project_milestones_open_due_idx" ON "project_milestones" USING btree ("due") WHERE "project_milestones"."done_on" is null;--> statement-breakpoint
-- The firm's district and 细分行业 as filed, for the projects already there.
UPDATE "projects" AS p SET "district_code" = e."district_code", "industry_segment" = e."industry_segment" FROM "enterprises" AS e WHERE e."id" = p."enterprise_id";
