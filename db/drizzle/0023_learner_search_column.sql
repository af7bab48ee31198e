-- The search text stored (checking a trigram candidate read it instead of recomputing it) and indexed as it
-- is; one- and two-letter searches walk learners_name_idx from the prefix, so the prefix index goes.
DROP INDEX "learners_search_unaccent_trgm_idx";--> statement-breakpoint
DROP INDEX "learners_last_name_prefix_idx";--> statement-breakpoint
ALTER TABLE "learners" ADD COLUMN "search_text" text GENERATED ALWAYS AS (vigie_unaccent(lower(last_name || ' ' || first_name || ' ' || email || ' ' || coalesce(regexp_replace(phone, '[^0-9+]', '', 'g'), '')))) STORED;--> statement-breakpoint
CREATE INDEX "learners_search_trgm_idx" ON "learners" USING gin ("search_text" gin_trgm_ops);