CREATE TABLE "project_outcome_surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"token_hash" text,
	"sent_to" text,
	"sent_at" timestamp with time zone,
	"not_sent" text,
	"answered_at" timestamp with time zone,
	"rating" smallint,
	"still_in_use" boolean,
	"comment" text,
	CONSTRAINT "project_outcome_surveys_rating_range" CHECK ("project_outcome_surveys"."rating" is null or "project_outcome_surveys"."rating" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "project_outcome_surveys" ADD CONSTRAINT "project_outcome_surveys_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_outcome_surveys" ADD CONSTRAINT "project_outcome_surveys_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "project_outcome_surveys_project_key" ON "project_outcome_surveys" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "project_outcome_surveys_token_key" ON "project_outcome_surveys" USING btree ("token_hash") WHERE "project_outcome_surveys"."token_hash" is not null;