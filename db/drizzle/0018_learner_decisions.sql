CREATE TABLE "learner_decisions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "learner_decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"learner_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"review_on" date,
	"prior_status" text,
	"staff_id" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "learner_decisions" ADD CONSTRAINT "learner_decisions_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."learners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learner_decisions" ADD CONSTRAINT "learner_decisions_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "learner_decisions_learner_idx" ON "learner_decisions" USING btree ("learner_id","id");--> statement-breakpoint
-- A block has a review date and the status it replaced; a legal hold has its end; a lifting has neither.
ALTER TABLE "learner_decisions" ADD CONSTRAINT "learner_decisions_dates_check" CHECK (
  (kind = 'block' AND review_on IS NOT NULL AND prior_status IS NOT NULL)
  OR (kind = 'legal_hold' AND review_on IS NOT NULL AND prior_status IS NULL)
  OR (kind IN ('unblock', 'legal_hold_lift') AND review_on IS NULL AND prior_status IS NULL));
--> statement-breakpoint
-- The history of decisions is append-only for everyone, the owner included (as the audit log is).
CREATE TRIGGER learner_decisions_append_only BEFORE UPDATE OR DELETE ON learner_decisions
  FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
--> statement-breakpoint
CREATE TRIGGER learner_decisions_no_truncate BEFORE TRUNCATE ON learner_decisions
  FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();
