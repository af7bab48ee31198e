-- The console's own tables. Reviews are append-only like the log they judge; flags are written once by
-- the rules' job; only the job's cursor, the rule settings and a verification's progress change.
GRANT SELECT, INSERT ON anomaly_flags, anomaly_reviews TO vigie_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE anomaly_flags_id_seq TO vigie_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON anomaly_rule_settings, anomaly_scan, audit_verification_runs TO vigie_app;
--> statement-breakpoint
CREATE TRIGGER anomaly_reviews_append_only BEFORE UPDATE OR DELETE ON anomaly_reviews
  FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
--> statement-breakpoint
INSERT INTO audit_purposes (code, label_fr, label_en, position) VALUES
  ('audit_review', 'Contrôle des accès (DPO)', 'Access review (DPO)', 70)
ON CONFLICT (code) DO NOTHING;
