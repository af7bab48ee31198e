CREATE TABLE "retention_policies" (
	"code" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"activity_id" uuid,
	"category" text,
	"period" integer,
	"unit" text,
	"enabled" boolean DEFAULT true NOT NULL,
	CONSTRAINT "retention_policies_source_check" CHECK (("retention_policies"."activity_id" IS NOT NULL AND "retention_policies"."category" IS NOT NULL) OR ("retention_policies"."period" IS NOT NULL AND "retention_policies"."unit" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "retention_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dry_run" boolean NOT NULL,
	"trigger" text NOT NULL,
	"started_by" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"heartbeat_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"status" text DEFAULT 'running' NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"steps" integer DEFAULT 0 NOT NULL,
	"results" jsonb DEFAULT '[]' NOT NULL,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "prospects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"full_name" text NOT NULL,
	"phone" text NOT NULL,
	"email" text NOT NULL,
	"company" text,
	"need" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_contact_at" timestamp with time zone DEFAULT now() NOT NULL,
	"newsletter_consent" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- The sign-in log becomes partitioned by month (drizzle-kit does not write partitions: by hand). Same name
-- and columns; a serial id instead of an identity (not allowed on a partitioned table before PostgreSQL 17).
ALTER TABLE "platform_access_logs" RENAME TO "platform_access_logs_old";--> statement-breakpoint
ALTER TABLE "platform_access_logs_old" RENAME CONSTRAINT "platform_access_logs_pkey" TO "platform_access_logs_old_pkey";--> statement-breakpoint
ALTER INDEX "platform_access_logs_learner_idx" RENAME TO "platform_access_logs_old_learner_idx";--> statement-breakpoint
ALTER INDEX "platform_access_logs_time_idx" RENAME TO "platform_access_logs_old_time_idx";--> statement-breakpoint
ALTER TABLE "platform_access_logs_old" ALTER COLUMN "id" DROP IDENTITY;--> statement-breakpoint
CREATE TABLE "platform_access_logs" (
	"id" bigserial NOT NULL,
	"learner_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"ip" text NOT NULL,
	"browser" text NOT NULL,
	"os" text NOT NULL,
	"screen" text,
	"referrer" text,
	CONSTRAINT "platform_access_logs_id_occurred_at_pk" PRIMARY KEY("id","occurred_at")
) PARTITION BY RANGE ("occurred_at");--> statement-breakpoint
ALTER TABLE "platform_access_logs" ADD CONSTRAINT "platform_access_logs_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."learners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "platform_access_logs_learner_idx" ON "platform_access_logs" USING btree ("learner_id","occurred_at");--> statement-breakpoint
CREATE INDEX "platform_access_logs_time_idx" ON "platform_access_logs" USING btree ("occurred_at");--> statement-breakpoint
-- Whatever falls outside the months created (a clock far off, a month not yet made) still has a home.
CREATE TABLE "platform_access_logs_default" PARTITION OF "platform_access_logs" DEFAULT;--> statement-breakpoint
-- Creates the missing monthly partitions from one month to another (UTC months). A month's rows already
-- in the default partition move into it: the new table is filled first, then attached.
CREATE FUNCTION vigie_access_log_months(p_from date, p_to date) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  m date := date_trunc('month', p_from)::date;
  made integer := 0;
  part text;
  lo timestamptz;
  hi timestamptz;
BEGIN
  WHILE m <= p_to LOOP
    part := 'platform_access_logs_' || to_char(m, 'YYYY_MM');
    IF to_regclass(part) IS NULL THEN
      lo := m::timestamp AT TIME ZONE 'UTC';
      hi := (m + interval '1 month')::timestamp AT TIME ZONE 'UTC';
      EXECUTE format('CREATE TABLE %I (LIKE platform_access_logs INCLUDING DEFAULTS)', part);
      EXECUTE format('WITH moved AS (DELETE FROM platform_access_logs_default WHERE occurred_at >= $1 AND occurred_at < $2 RETURNING *) INSERT INTO %I SELECT * FROM moved', part) USING lo, hi;
      EXECUTE format('ALTER TABLE platform_access_logs ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', part, lo, hi);
      made := made + 1;
    END IF;
    m := (m + interval '1 month')::date;
  END LOOP;
  RETURN made;
END $$;--> statement-breakpoint
-- The purge of one whole month: detached (a short lock, given up after 2 s rather than queueing readers),
-- the sign-ins of learners under a legal hold on p_today put back (they land in the default partition),
-- then dropped. Refuses a month that has not ended. Returns what went and what was kept, by hold ground.
CREATE FUNCTION vigie_access_log_drop_month(p_month date, p_today date) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  part text := 'platform_access_logs_' || to_char(p_month, 'YYYY_MM');
  total bigint;
  kept jsonb;
  held bigint;
BEGIN
  IF (date_trunc('month', p_month) + interval '1 month') > now() THEN
    RAISE EXCEPTION 'month % has not ended', to_char(p_month, 'YYYY-MM');
  END IF;
  IF to_regclass(part) IS NULL THEN
    RETURN jsonb_build_object('gone', 0, 'kept', '[]'::jsonb);
  END IF;
  SET LOCAL lock_timeout = '2s';
  EXECUTE format('ALTER TABLE platform_access_logs DETACH PARTITION %I', part);
  EXECUTE format('SELECT count(*) FROM %I', part) INTO total;
  EXECUTE format('SELECT coalesce(jsonb_agg(jsonb_build_object(''ground'', g, ''count'', n)), ''[]''::jsonb), coalesce(sum(n), 0)
    FROM (SELECT l.legal_hold_reason AS g, count(*) AS n FROM %I p JOIN learners l ON l.id = p.learner_id
          WHERE l.legal_hold_until >= $1 GROUP BY 1) x', part) INTO kept, held USING p_today;
  EXECUTE format('INSERT INTO platform_access_logs SELECT p.* FROM %I p JOIN learners l ON l.id = p.learner_id WHERE l.legal_hold_until >= $1', part) USING p_today;
  EXECUTE format('DROP TABLE %I', part);
  RETURN jsonb_build_object('gone', total - held, 'kept', kept);
END $$;--> statement-breakpoint
-- A year back (the seed's nine months) and three months ahead; the retention job keeps the months ahead.
SELECT vigie_access_log_months(
  least((SELECT min(occurred_at) FROM platform_access_logs_old), now() - interval '12 months')::date,
  (now() + interval '3 months')::date);--> statement-breakpoint
INSERT INTO "platform_access_logs" SELECT * FROM "platform_access_logs_old";--> statement-breakpoint
SELECT setval('platform_access_logs_id_seq', coalesce((SELECT max(id) FROM platform_access_logs_old), 0) + 1, false);--> statement-breakpoint
DROP TABLE "platform_access_logs_old";--> statement-breakpoint
ALTER TABLE "retention_policies" ADD CONSTRAINT "retention_policies_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_runs" ADD CONSTRAINT "retention_runs_started_by_staff_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "prospects_last_contact_idx" ON "prospects" USING btree ("last_contact_at");--> statement-breakpoint
-- The policies: where the register holds the rule, the period is read from it (activity + category).
INSERT INTO retention_policies (code, position, activity_id, category, period, unit) VALUES
  ('sign_ins', 1, '5a3c7b10-2d4e-4c8f-8b1a-000000000007', 'access_log', NULL, NULL),
  ('prospects', 2, '5a3c7b10-2d4e-4c8f-8b1a-000000000004', 'contact', NULL, NULL),
  ('sessions', 3, NULL, NULL, 0, 'days'),
  ('answer_packages', 4, NULL, NULL, 0, 'days'),
  ('audit_log', 5, NULL, NULL, 5, 'years');
