-- What drizzle cannot express: the run-time role and its grants, the append-only guards, reference data.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
DO $$
BEGIN
  CREATE ROLE vigie_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- roles are cluster-wide: another database of this cluster created it already
END $$;
--> statement-breakpoint
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM vigie_app;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO vigie_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON staff_users TO vigie_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON sessions, rate_limits TO vigie_app;
--> statement-breakpoint
GRANT SELECT ON audit_purposes TO vigie_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON audit_events, audit_chain, audit_checkpoints, audit_verifications TO vigie_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE audit_events_id_seq TO vigie_app;
--> statement-breakpoint
CREATE FUNCTION audit_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();
--> statement-breakpoint
CREATE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE ON audit_chain
  FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
--> statement-breakpoint
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
  FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();
--> statement-breakpoint
CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
--> statement-breakpoint
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();
--> statement-breakpoint
INSERT INTO audit_purposes (code, label_fr, label_en, position) VALUES
  ('learner_request', 'Demande de l''apprenant', 'Learner''s request', 10),
  ('dsr', 'Demande d''exercice de droits (RGPD)', 'Data-subject request (GDPR)', 20),
  ('fraud_investigation', 'Enquête sur une fraude', 'Fraud investigation', 30),
  ('quality', 'Qualité', 'Quality assurance', 40),
  ('employer_reporting', 'Rapport à l''employeur', 'Employer reporting', 50),
  ('administration', 'Administration', 'Administration', 60),
  ('other', 'Autre', 'Other', 90);
