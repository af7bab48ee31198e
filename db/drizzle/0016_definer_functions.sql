-- The run-time role holds no privilege on any declared personal column (db/src/privileges.ts, applied
-- after every migration). Three paths still need one such column outside an audited transaction; each
-- gets an owner's function that does that one thing and nothing else. EXECUTE is granted in privileges.ts.

-- Writing the audit row: the request's IP address and browser are the staff member's personal data, so
-- the app may not INSERT them itself; it hands the row over, and nobody but the chain's role reads it back.
CREATE FUNCTION vigie_audit_append(p jsonb) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  INSERT INTO audit_events (request_id, actor_staff_id, actor_role, actor_session_hash, ip, user_agent, action,
    procedure, entity, entity_ids, subject_ids, fields, purpose_code, purpose_ref, outcome, details)
  SELECT r.request_id, r.actor_staff_id, r.actor_role, r.actor_session_hash, r.ip, r.user_agent, r.action,
    r.procedure, r.entity, coalesce(r.entity_ids, '{}'), coalesce(r.subject_ids, '{}'), coalesce(r.fields, '{}'),
    r.purpose_code, r.purpose_ref, r.outcome, r.details
  FROM jsonb_to_record(p) AS r(request_id uuid, actor_staff_id uuid, actor_role text, actor_session_hash text,
    ip text, user_agent text, action text, procedure text, entity text, entity_ids text[], subject_ids text[],
    fields text[], purpose_code text, purpose_ref text, outcome text, details jsonb)
$$;
--> statement-breakpoint
-- Sign-in: the one account whose e-mail (already lower-cased by the caller) was typed, with its hash.
CREATE FUNCTION vigie_staff_sign_in(p_email text)
RETURNS TABLE (id uuid, email text, display_name text, role text, password_hash text, disabled boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT s.id, s.email, s.display_name, s.role, s.password_hash, s.disabled
  FROM staff_users s WHERE lower(s.email) = p_email
$$;
--> statement-breakpoint
-- Every request: the session a token's hash opens, and the name of the staff member it belongs to.
CREATE FUNCTION vigie_session_staff(p_token_hash text)
RETURNS TABLE (staff_id uuid, role text, display_name text, disabled boolean, last_seen_at timestamptz, expires_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT s.id, s.role, s.display_name, s.disabled, x.last_seen_at, x.expires_at
  FROM sessions x JOIN staff_users s ON s.id = x.staff_id WHERE x.token_hash = p_token_hash
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION vigie_audit_append(jsonb), vigie_staff_sign_in(text), vigie_session_staff(text) FROM PUBLIC;
