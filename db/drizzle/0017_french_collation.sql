-- French readers put "Évry" between "Ecully" and "Vénissieux"; the database's default collation (often
-- C.UTF-8, always on PGlite) puts every accented capital after "Z". The names staff sort lists by take
-- ICU's root collation, the only ICU one PGlite carries, which orders French as French readers do; their
-- indexes are rebuilt with it, so a sorted page is still an index walk.
ALTER TABLE learners ALTER COLUMN last_name TYPE text COLLATE "und-x-icu", ALTER COLUMN first_name TYPE text COLLATE "und-x-icu", ALTER COLUMN locality TYPE text COLLATE "und-x-icu";
--> statement-breakpoint
ALTER TABLE employers ALTER COLUMN name TYPE text COLLATE "und-x-icu", ALTER COLUMN sector TYPE text COLLATE "und-x-icu", ALTER COLUMN city TYPE text COLLATE "und-x-icu";
--> statement-breakpoint
ALTER TABLE employer_contacts ALTER COLUMN last_name TYPE text COLLATE "und-x-icu", ALTER COLUMN first_name TYPE text COLLATE "und-x-icu";
--> statement-breakpoint
ALTER TABLE processors ALTER COLUMN name TYPE text COLLATE "und-x-icu";
--> statement-breakpoint
ALTER TABLE disclosures ALTER COLUMN authority TYPE text COLLATE "und-x-icu";
--> statement-breakpoint
ALTER TABLE staff_users ALTER COLUMN display_name TYPE text COLLATE "und-x-icu";
--> statement-breakpoint
ALTER TABLE activities ALTER COLUMN name TYPE text COLLATE "und-x-icu";
--> statement-breakpoint
ALTER TABLE training_groups ALTER COLUMN name TYPE text COLLATE "und-x-icu";
--> statement-breakpoint
ALTER TABLE subject_requests ALTER COLUMN requester_name TYPE text COLLATE "und-x-icu";
