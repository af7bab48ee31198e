CREATE TABLE "stats_cells" (
	"period" smallint NOT NULL,
	"dim_a" text NOT NULL,
	"value_a" text NOT NULL,
	"dim_b" text NOT NULL,
	"value_b" text NOT NULL,
	"learners" integer NOT NULL,
	"contracts" integer NOT NULL,
	"completed" integer NOT NULL,
	"minutes_attended" bigint NOT NULL,
	"sessions" integer NOT NULL,
	"sessions_present" integer NOT NULL,
	"attendance_learners" integer NOT NULL,
	"progress_sum" integer NOT NULL,
	"progress_learners" integer NOT NULL,
	"survey_sum" numeric(14, 2) NOT NULL,
	"survey_learners" integer NOT NULL,
	CONSTRAINT "stats_cells_period_dim_a_value_a_dim_b_value_b_pk" PRIMARY KEY("period","dim_a","value_a","dim_b","value_b")
);
--> statement-breakpoint
CREATE TABLE "stats_refreshes" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	"duration_ms" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stats_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"threshold" smallint DEFAULT 5 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "stats_settings_threshold_check" CHECK ("stats_settings"."threshold" >= 3),
	CONSTRAINT "stats_settings_single" CHECK ("stats_settings"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "stats_settings" ADD CONSTRAINT "stats_settings_updated_by_staff_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
INSERT INTO stats_settings (id, threshold) VALUES (1, 5) ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO audit_purposes (code, label_fr, label_en, position) VALUES
  ('statistics', 'Statistiques anonymisées', 'Anonymised statistics', 75)
ON CONFLICT (code) DO NOTHING;
