ALTER TABLE "policy_documents" ADD COLUMN "text_source" text DEFAULT 'text' NOT NULL;--> statement-breakpoint
ALTER TABLE "policy_documents" ADD COLUMN "ocr_confidence" real;