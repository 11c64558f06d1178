CREATE TABLE "subsidy_application_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"amount_fen" bigint,
	"note" text,
	"actor_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subsidy_application_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"material" smallint NOT NULL,
	"file_id" uuid NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subsidy_application_items" (
	"application_id" uuid NOT NULL,
	"project_item_id" uuid NOT NULL,
	"amount_fen" bigint NOT NULL,
	"released" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subsidy_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"policy_id" uuid NOT NULL,
	"policy_code" text NOT NULL,
	"policy_title" text NOT NULL,
	"batch" text NOT NULL,
	"deadline" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"requested_fen" bigint NOT NULL,
	"estimate_fen" bigint,
	"approved_fen" bigint,
	"paid_fen" bigint,
	"paid_on" date,
	"materials" jsonb NOT NULL,
	"last_note" text,
	"revision" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"state_since" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subsidy_applications_status_known" CHECK ("subsidy_applications"."status" in ('draft', 'applied', 'reviewing', 'publicized', 'paid', 'rejected', 'withdrawn')),
	CONSTRAINT "subsidy_applications_amounts" CHECK ("subsidy_applications"."requested_fen" > 0 and ("subsidy_applications"."approved_fen" is null or "subsidy_applications"."approved_fen" between 0 and "subsidy_applications"."requested_fen") and ("subsidy_applications"."paid_fen" is null or "subsidy_applications"."paid_fen" between 0 and coalesce("subsidy_applications"."approved_fen", "subsidy_applications"."requested_fen")))
);
--> statement-breakpoint
CREATE TABLE "enterprise_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"name" text NOT NULL,
	"role" text,
	"phone" text,
	"email" text,
	"is_primary" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_inventory" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"kind" text NOT NULL,
	"category" text NOT NULL,
	"name" text NOT NULL,
	"vendor" text,
	"model" text,
	"quantity" integer NOT NULL,
	"networked" integer,
	"since_year" smallint,
	"note" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprise_inventory_kind_known" CHECK ("enterprise_inventory"."kind" in ('equipment', 'system')),
	CONSTRAINT "enterprise_inventory_quantity" CHECK ("enterprise_inventory"."quantity" >= 1 and ("enterprise_inventory"."networked" is null or "enterprise_inventory"."networked" between 0 and "enterprise_inventory"."quantity"))
);
--> statement-breakpoint
ALTER TABLE "subsidy_application_events" ADD CONSTRAINT "subsidy_application_events_application_id_subsidy_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."subsidy_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_application_events" ADD CONSTRAINT "subsidy_application_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_application_events" ADD CONSTRAINT "subsidy_application_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_application_files" ADD CONSTRAINT "subsidy_application_files_application_id_subsidy_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."subsidy_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_application_files" ADD CONSTRAINT "subsidy_application_files_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_application_files" ADD CONSTRAINT "subsidy_application_files_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_application_files" ADD CONSTRAINT "subsidy_application_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_application_items" ADD CONSTRAINT "subsidy_application_items_application_id_subsidy_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."subsidy_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_application_items" ADD CONSTRAINT "subsidy_application_items_project_item_id_project_items_id_fk" FOREIGN KEY ("project_item_id") REFERENCES "public"."project_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_applications" ADD CONSTRAINT "subsidy_applications_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_applications" ADD CONSTRAINT "subsidy_applications_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_applications" ADD CONSTRAINT "subsidy_applications_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_applications" ADD CONSTRAINT "subsidy_applications_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_contacts" ADD CONSTRAINT "enterprise_contacts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_contacts" ADD CONSTRAINT "enterprise_contacts_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_inventory" ADD CONSTRAINT "enterprise_inventory_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_inventory" ADD CONSTRAINT "enterprise_inventory_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_inventory" ADD CONSTRAINT "enterprise_inventory_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "subsidy_application_events_application_idx" ON "subsidy_application_events" USING btree ("application_id","at");--> statement-breakpoint
CREATE INDEX "subsidy_application_files_application_idx" ON "subsidy_application_files" USING btree ("application_id","material");--> statement-breakpoint
CREATE UNIQUE INDEX "subsidy_application_items_pair_key" ON "subsidy_application_items" USING btree ("application_id","project_item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "subsidy_application_items_once_key" ON "subsidy_application_items" USING btree ("project_item_id") WHERE not "subsidy_application_items"."released";--> statement-breakpoint
CREATE UNIQUE INDEX "subsidy_applications_live_key" ON "subsidy_applications" USING btree ("project_id","policy_id") WHERE "subsidy_applications"."status" not in ('rejected', 'withdrawn');--> statement-breakpoint
CREATE INDEX "subsidy_applications_tenant_status_idx" ON "subsidy_applications" USING btree ("tenant_id","status","state_since");--> statement-breakpoint
CREATE INDEX "enterprise_contacts_enterprise_idx" ON "enterprise_contacts" USING btree ("enterprise_id","position");--> statement-breakpoint
CREATE INDEX "enterprise_inventory_enterprise_idx" ON "enterprise_inventory" USING btree ("enterprise_id","position");