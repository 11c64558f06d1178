CREATE TABLE "assistant_passages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"tenant_id" uuid,
	"kind" text NOT NULL,
	"ref_id" text NOT NULL,
	"lang" text NOT NULL,
	"position" smallint NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"url" text,
	"terms" "tsvector" NOT NULL,
	"embedding" real[],
	"embedding_model" text,
	CONSTRAINT "assistant_passages_lang_check" CHECK ("assistant_passages"."lang" in ('zh-CN', 'en'))
);
--> statement-breakpoint
CREATE TABLE "assistant_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"asked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lang" text NOT NULL,
	"outcome" text NOT NULL,
	"topic" text,
	"caller_kind" text NOT NULL,
	"with_llm" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "assistant_questions_outcome_check" CHECK ("assistant_questions"."outcome" in ('answered', 'unanswered', 'refused', 'handoff'))
);
--> statement-breakpoint
CREATE TABLE "assistant_sources" (
	"source" text PRIMARY KEY NOT NULL,
	"tenant_id" uuid,
	"fingerprint" text NOT NULL,
	"passages" integer NOT NULL,
	"indexed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assistant_ticket_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ticket_id" uuid NOT NULL,
	"author" text NOT NULL,
	"author_user_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assistant_ticket_messages_author_check" CHECK ("assistant_ticket_messages"."author" in ('firm', 'staff'))
);
--> statement-breakpoint
CREATE TABLE "assistant_tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"assessment_id" uuid,
	"enterprise_id" uuid,
	"requester_user_id" uuid,
	"consultant_user_id" uuid,
	"contact_email" text,
	"access_token_hash" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"subject" text NOT NULL,
	"transcript" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assistant_tickets_status_check" CHECK ("assistant_tickets"."status" in ('open', 'answered', 'closed'))
);
--> statement-breakpoint
ALTER TABLE "assistant_passages" ADD CONSTRAINT "assistant_passages_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistant_questions" ADD CONSTRAINT "assistant_questions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistant_sources" ADD CONSTRAINT "assistant_sources_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistant_ticket_messages" ADD CONSTRAINT "assistant_ticket_messages_ticket_id_assistant_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."assistant_tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistant_ticket_messages" ADD CONSTRAINT "assistant_ticket_messages_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistant_tickets" ADD CONSTRAINT "assistant_tickets_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistant_tickets" ADD CONSTRAINT "assistant_tickets_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistant_tickets" ADD CONSTRAINT "assistant_tickets_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistant_tickets" ADD CONSTRAINT "assistant_tickets_requester_user_id_users_id_fk" FOREIGN KEY ("requester_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistant_tickets" ADD CONSTRAINT "assistant_tickets_consultant_user_id_users_id_fk" FOREIGN KEY ("consultant_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assistant_passages_terms_idx" ON "assistant_passages" USING gin ("terms");--> statement-breakpoint
CREATE INDEX "assistant_passages_source_idx" ON "assistant_passages" USING btree ("source");--> statement-breakpoint
CREATE INDEX "assistant_questions_tenant_idx" ON "assistant_questions" USING btree ("tenant_id","asked_at");--> statement-breakpoint
CREATE INDEX "assistant_ticket_messages_ticket_idx" ON "assistant_ticket_messages" USING btree ("ticket_id","created_at");--> statement-breakpoint
CREATE INDEX "assistant_tickets_tenant_idx" ON "assistant_tickets" USING btree ("tenant_id","status","updated_at");--> statement-breakpoint
CREATE INDEX "assistant_tickets_assessment_idx" ON "assistant_tickets" USING btree ("assessment_id");