CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"purpose" text NOT NULL,
	"legal_basis" text NOT NULL,
	"legitimate_interest" text,
	"subject_categories" text[] NOT NULL,
	"data_categories" text[] NOT NULL,
	"internal_recipients" text[] DEFAULT '{}' NOT NULL,
	"employer_recipient" boolean DEFAULT false NOT NULL,
	"retention" jsonb DEFAULT '[]' NOT NULL,
	"security_measures" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_interest_check" CHECK ("activities"."legal_basis" <> 'legitimate_interest' OR coalesce("activities"."legitimate_interest", '') <> '')
);
--> statement-breakpoint
CREATE TABLE "activity_processors" (
	"activity_id" uuid NOT NULL,
	"processor_id" uuid NOT NULL,
	CONSTRAINT "activity_processors_activity_id_processor_id_pk" PRIMARY KEY("activity_id","processor_id")
);
--> statement-breakpoint
CREATE TABLE "processor_contracts" (
	"processor_id" uuid PRIMARY KEY NOT NULL,
	"bytes" "bytea" NOT NULL,
	"size_bytes" integer NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "processors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"service" text NOT NULL,
	"role" text DEFAULT 'processor' NOT NULL,
	"parent_id" uuid,
	"country" varchar(2) NOT NULL,
	"adequacy_decision" boolean DEFAULT false NOT NULL,
	"safeguard" text DEFAULT 'none' NOT NULL,
	"safeguard_version" text,
	"data_categories" text[] DEFAULT '{}' NOT NULL,
	"purposes" text[] DEFAULT '{}' NOT NULL,
	"contract_signed_on" date,
	"contract_review_on" date,
	"security_measures" text[] DEFAULT '{}' NOT NULL,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processors_parent_check" CHECK (("processors"."role" = 'sub_processor') = ("processors"."parent_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "disclosures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority" text NOT NULL,
	"reference" text NOT NULL,
	"legal_basis" text NOT NULL,
	"received_on" date NOT NULL,
	"learner_ids" uuid[] NOT NULL,
	"data_categories" text[] NOT NULL,
	"decision" text NOT NULL,
	"decided_by" uuid NOT NULL,
	"disclosed_on" date,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disclosures_dates_check" CHECK ("disclosures"."disclosed_on" IS NULL OR "disclosures"."disclosed_on" >= "disclosures"."received_on")
);
--> statement-breakpoint
CREATE TABLE "breaches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"detected_at" timestamp with time zone NOT NULL,
	"description" text NOT NULL,
	"data_categories" text[] NOT NULL,
	"approximate_people" integer NOT NULL,
	"consequences" text NOT NULL,
	"measures" text NOT NULL,
	"cnil_notified_at" timestamp with time zone,
	"people_informed_at" timestamp with time zone,
	"people_not_informed_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "breaches_people_check" CHECK ("breaches"."approximate_people" >= 0),
	CONSTRAINT "breaches_notified_check" CHECK ("breaches"."cnil_notified_at" IS NULL OR "breaches"."cnil_notified_at" >= "breaches"."detected_at"),
	CONSTRAINT "breaches_informed_check" CHECK ("breaches"."people_informed_at" IS NULL OR "breaches"."people_informed_at" >= "breaches"."detected_at")
);
--> statement-breakpoint
ALTER TABLE "activity_processors" ADD CONSTRAINT "activity_processors_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_processors" ADD CONSTRAINT "activity_processors_processor_id_processors_id_fk" FOREIGN KEY ("processor_id") REFERENCES "public"."processors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processor_contracts" ADD CONSTRAINT "processor_contracts_processor_id_processors_id_fk" FOREIGN KEY ("processor_id") REFERENCES "public"."processors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processor_contracts" ADD CONSTRAINT "processor_contracts_uploaded_by_staff_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processors" ADD CONSTRAINT "processors_parent_id_processors_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."processors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_decided_by_staff_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activities_name_key" ON "activities" USING btree ("name");--> statement-breakpoint
CREATE INDEX "activity_processors_processor_idx" ON "activity_processors" USING btree ("processor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "processors_name_key" ON "processors" USING btree ("name");--> statement-breakpoint
CREATE INDEX "processors_parent_idx" ON "processors" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "disclosures_learners_idx" ON "disclosures" USING gin ("learner_ids");