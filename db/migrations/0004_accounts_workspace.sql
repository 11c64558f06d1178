ALTER TABLE "invitations" ADD COLUMN "enterprise_id" uuid;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "revoked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "consultant_clients" ADD COLUMN "contact_name" text;--> statement-breakpoint
ALTER TABLE "consultant_clients" ADD COLUMN "contact_email" text;