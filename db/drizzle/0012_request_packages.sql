CREATE TABLE "request_packages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"learner_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"file_name" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "request_packages_expiry_check" CHECK ("request_packages"."expires_at" > "request_packages"."created_at")
);
--> statement-breakpoint
ALTER TABLE "request_packages" ADD CONSTRAINT "request_packages_request_id_subject_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."subject_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_packages" ADD CONSTRAINT "request_packages_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."learners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_packages" ADD CONSTRAINT "request_packages_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "request_packages_request_idx" ON "request_packages" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "request_packages_expiry_idx" ON "request_packages" USING btree ("expires_at");