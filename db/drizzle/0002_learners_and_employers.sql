CREATE TABLE "employer_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"last_name" text NOT NULL,
	"first_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"siret" varchar(14) NOT NULL,
	"sector" text NOT NULL,
	"city" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learner_photos" (
	"learner_id" uuid PRIMARY KEY NOT NULL,
	"mime_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"last_name" text NOT NULL,
	"first_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"locality" text,
	"country" varchar(2) DEFAULT 'FR' NOT NULL,
	"presentation" text,
	"employer_id" uuid,
	"profit_centre" text,
	"job_title" text,
	"newsletter_consent" boolean DEFAULT false NOT NULL,
	"objects_to_quality_visits" boolean DEFAULT false NOT NULL,
	"objects_to_analytics" boolean DEFAULT false NOT NULL,
	"objects_to_statistics" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"learner_id" uuid NOT NULL,
	"funding" text NOT NULL,
	"employer_id" uuid,
	"course" text NOT NULL,
	"language" text NOT NULL,
	"target_level" text NOT NULL,
	"hours" numeric(6, 1) NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"status" text NOT NULL,
	"price_cents" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_contracts_employer_funding" CHECK (("training_contracts"."funding" = 'employer') = ("training_contracts"."employer_id" IS NOT NULL)),
	CONSTRAINT "training_contracts_dates" CHECK ("training_contracts"."end_date" >= "training_contracts"."start_date")
);
--> statement-breakpoint
CREATE TABLE "group_members" (
	"group_id" uuid NOT NULL,
	"learner_id" uuid NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_members_group_id_learner_id_pk" PRIMARY KEY("group_id","learner_id")
);
--> statement-breakpoint
CREATE TABLE "training_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"name" text NOT NULL,
	"language" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"learner_id" uuid NOT NULL,
	"session_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"present" boolean NOT NULL,
	"signed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"learner_id" uuid NOT NULL,
	"contract_id" uuid,
	"kind" text NOT NULL,
	"cefr_level" text,
	"score" numeric(5, 1),
	"assessed_on" date NOT NULL,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "interactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"learner_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"summary" text NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_access_logs" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "platform_access_logs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"learner_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"ip" text NOT NULL,
	"browser" text NOT NULL,
	"os" text NOT NULL,
	"screen" text,
	"referrer" text
);
--> statement-breakpoint
ALTER TABLE "employer_contacts" ADD CONSTRAINT "employer_contacts_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learner_photos" ADD CONSTRAINT "learner_photos_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."learners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learners" ADD CONSTRAINT "learners_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_contracts" ADD CONSTRAINT "training_contracts_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."learners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_contracts" ADD CONSTRAINT "training_contracts_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_group_id_training_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."training_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."learners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_groups" ADD CONSTRAINT "training_groups_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_contract_id_training_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."training_contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."learners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."learners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_contract_id_training_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."training_contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."learners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_access_logs" ADD CONSTRAINT "platform_access_logs_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."learners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employer_contacts_employer_idx" ON "employer_contacts" USING btree ("employer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "employers_siret_key" ON "employers" USING btree ("siret");--> statement-breakpoint
CREATE INDEX "employers_name_idx" ON "employers" USING btree ("name");--> statement-breakpoint
CREATE INDEX "learners_search_trgm_idx" ON "learners" USING gin ((lower(last_name || ' ' || first_name || ' ' || email || ' ' || coalesce(regexp_replace(phone, '[^0-9+]', '', 'g'), ''))) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "learners_name_idx" ON "learners" USING btree ("last_name","first_name","id");--> statement-breakpoint
CREATE INDEX "learners_last_name_prefix_idx" ON "learners" USING btree (lower("last_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "learners_employer_idx" ON "learners" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "learners_locality_idx" ON "learners" USING btree ("locality");--> statement-breakpoint
CREATE INDEX "learners_status_idx" ON "learners" USING btree ("status");--> statement-breakpoint
CREATE INDEX "training_contracts_learner_idx" ON "training_contracts" USING btree ("learner_id");--> statement-breakpoint
CREATE INDEX "training_contracts_employer_idx" ON "training_contracts" USING btree ("employer_id","funding");--> statement-breakpoint
CREATE INDEX "group_members_learner_idx" ON "group_members" USING btree ("learner_id");--> statement-breakpoint
CREATE INDEX "attendance_contract_idx" ON "attendance" USING btree ("contract_id","session_at");--> statement-breakpoint
CREATE INDEX "attendance_learner_idx" ON "attendance" USING btree ("learner_id","session_at");--> statement-breakpoint
CREATE INDEX "assessments_learner_idx" ON "assessments" USING btree ("learner_id","assessed_on");--> statement-breakpoint
CREATE INDEX "interactions_learner_idx" ON "interactions" USING btree ("learner_id","occurred_at");--> statement-breakpoint
CREATE INDEX "platform_access_logs_learner_idx" ON "platform_access_logs" USING btree ("learner_id","occurred_at");--> statement-breakpoint
CREATE INDEX "platform_access_logs_time_idx" ON "platform_access_logs" USING btree ("occurred_at");