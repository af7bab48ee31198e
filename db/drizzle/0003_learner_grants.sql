-- The run-time role reads and corrects learners' data; nothing is deleted through the application
-- (erasure comes with subject-rights requests) except group memberships and photos.
GRANT SELECT, INSERT, UPDATE ON employers, employer_contacts, learners, training_contracts, training_groups,
  attendance, assessments, interactions TO vigie_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON group_members, learner_photos TO vigie_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON platform_access_logs TO vigie_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE platform_access_logs_id_seq TO vigie_app;
