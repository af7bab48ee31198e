-- Requests are corrected and closed, never deleted (they are the proof of the answer given).
GRANT SELECT, INSERT, UPDATE ON subject_requests TO vigie_app;
--> statement-breakpoint
-- The timeline is append-only, like the audit log: the application may only add to it.
GRANT SELECT, INSERT ON subject_request_events TO vigie_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE subject_request_events_id_seq TO vigie_app;
--> statement-breakpoint
CREATE TRIGGER subject_request_events_append_only BEFORE UPDATE OR DELETE ON subject_request_events
  FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
--> statement-breakpoint
CREATE TRIGGER subject_request_events_no_truncate BEFORE TRUNCATE ON subject_request_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();
