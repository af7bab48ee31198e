CREATE TABLE "audit_verification_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"rows_total" bigint,
	"rows_checked" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"verification_id" uuid,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "anomaly_flags" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "anomaly_flags_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"rule" text NOT NULL,
	"event_id" bigint NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_staff_id" uuid,
	"key" text,
	"details" jsonb NOT NULL,
	"flagged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "anomaly_reviews" (
	"flag_id" bigint PRIMARY KEY NOT NULL,
	"reviewed_by" uuid NOT NULL,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "anomaly_rule_settings" (
	"rule" text PRIMARY KEY NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "anomaly_scan" (
	"id" text PRIMARY KEY NOT NULL,
	"last_seq" bigint NOT NULL,
	"scanned_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_verification_runs" ADD CONSTRAINT "audit_verification_runs_verification_id_audit_verifications_id_fk" FOREIGN KEY ("verification_id") REFERENCES "public"."audit_verifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anomaly_reviews" ADD CONSTRAINT "anomaly_reviews_flag_id_anomaly_flags_id_fk" FOREIGN KEY ("flag_id") REFERENCES "public"."anomaly_flags"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anomaly_reviews" ADD CONSTRAINT "anomaly_reviews_reviewed_by_staff_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anomaly_rule_settings" ADD CONSTRAINT "anomaly_rule_settings_updated_by_staff_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "anomaly_flags_rule_event_key" ON "anomaly_flags" USING btree ("rule","event_id");--> statement-breakpoint
CREATE INDEX "anomaly_flags_time_idx" ON "anomaly_flags" USING btree ("occurred_at","id");--> statement-breakpoint
CREATE INDEX "audit_events_action_idx" ON "audit_events" USING btree ("action","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_role_idx" ON "audit_events" USING btree ("actor_role","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_purpose_idx" ON "audit_events" USING btree ("purpose_code","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_purpose_ref_idx" ON "audit_events" USING btree ("purpose_ref","occurred_at") WHERE "audit_events"."purpose_ref" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_events_outcome_idx" ON "audit_events" USING btree ("outcome","occurred_at") WHERE "audit_events"."outcome" <> 'success';