ALTER TABLE "learners" ADD COLUMN "legal_hold_until" date;--> statement-breakpoint
ALTER TABLE "learners" ADD COLUMN "legal_hold_reason" text;--> statement-breakpoint
ALTER TABLE "learners" ADD CONSTRAINT "learners_legal_hold_check" CHECK (("learners"."legal_hold_until" IS NULL) = ("learners"."legal_hold_reason" IS NULL));