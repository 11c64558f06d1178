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
ALTER TABLE "dashboard_cells" ADD CONSTRAINT "dashboard_cells_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dashboard_dirty_days" ADD CONSTRAINT "dashboard_dirty_days_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Every day with results is computed before the dashboard is next read (lib/dashboard/rollup.ts).
INSERT INTO "dashboard_dirty_days" ("tenant_id", "day")
SELECT DISTINCT "tenant_id", ("submitted_at" AT TIME ZONE 'Asia/Shanghai')::date FROM "assessment_results"
ON CONFLICT DO NOTHING;
