CREATE TABLE "subject_request_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "subject_request_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"request_id" uuid NOT NULL,
	"learner_id" uuid,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"staff_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status_from" text,
	"status_to" text,
	"note" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "subject_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"types" text[] NOT NULL,
	"received_at" date NOT NULL,
	"due_at" date NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"channel" text NOT NULL,
	"requester_name" text NOT NULL,
	"requester_email" text,
	"requester_contact" text,
	"description" text,
	"learner_id" uuid,
	"assignee_id" uuid,
	"identity_method" text,
	"identity_checked_by" uuid,
	"identity_checked_at" timestamp with time zone,
	"extension_reason" text,
	"extension_told_on" date,
	"original_due_at" date,
	"rejection_ground" text,
	"closed_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subject_requests_types_check" CHECK (cardinality("subject_requests"."types") > 0),
	CONSTRAINT "subject_requests_due_check" CHECK ("subject_requests"."due_at" > "subject_requests"."received_at")
);
--> statement-breakpoint
ALTER TABLE "learners" ADD COLUMN "restricted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "subject_request_events" ADD CONSTRAINT "subject_request_events_request_id_subject_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."subject_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_request_events" ADD CONSTRAINT "subject_request_events_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."learners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_request_events" ADD CONSTRAINT "subject_request_events_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_requests" ADD CONSTRAINT "subject_requests_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."learners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_requests" ADD CONSTRAINT "subject_requests_assignee_id_staff_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_requests" ADD CONSTRAINT "subject_requests_identity_checked_by_staff_users_id_fk" FOREIGN KEY ("identity_checked_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_requests" ADD CONSTRAINT "subject_requests_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "subject_request_events_request_idx" ON "subject_request_events" USING btree ("request_id","id");--> statement-breakpoint
CREATE INDEX "subject_requests_due_idx" ON "subject_requests" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "subject_requests_assignee_idx" ON "subject_requests" USING btree ("assignee_id","due_at");--> statement-breakpoint
CREATE INDEX "subject_requests_learner_idx" ON "subject_requests" USING btree ("learner_id");