CREATE TABLE "audit_purges" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"hash" "bytea" NOT NULL,
	"before" timestamp with time zone NOT NULL,
	"rows" bigint NOT NULL,
	"purged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TRIGGER audit_purges_append_only BEFORE UPDATE OR DELETE ON audit_purges
  FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
--> statement-breakpoint
CREATE TRIGGER audit_purges_no_truncate BEFORE TRUNCATE ON audit_purges
  FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();
--> statement-breakpoint
-- The first instant (UTC) of the month holding "now minus the audit log's period": every audit row before
-- it lies in a whole month older than the period. Read from the policy row, which only the owner writes;
-- no policy (or a disabled one) means nothing is old enough.
CREATE FUNCTION vigie_audit_purge_horizon() RETURNS timestamptz
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT coalesce(
    (SELECT date_trunc('month', (now() AT TIME ZONE 'UTC') - CASE unit
              WHEN 'years' THEN make_interval(years => period)
              WHEN 'months' THEN make_interval(months => period)
              ELSE make_interval(days => period) END) AT TIME ZONE 'UTC'
       FROM retention_policies WHERE code = 'audit_log' AND enabled AND period IS NOT NULL),
    '-infinity'::timestamptz)
$$;
--> statement-breakpoint
-- DELETE on the audit log stays refused for everyone, the owner included, except inside vigie_audit_purge,
-- and even there row by row: a row goes only if it is sealed at or before the purge's chain position and
-- lies in a whole month older than the period. UPDATE and TRUNCATE are refused as before.
CREATE FUNCTION audit_events_purge_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  through text := current_setting('vigie.audit_purge_through', true);
BEGIN
  IF coalesce(through, '') = '' THEN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = OLD.id AND c.seq <= through::bigint) THEN
    RAISE EXCEPTION 'audit_events: event % is not sealed: DELETE refused', OLD.id;
  END IF;
  IF OLD.occurred_at >= vigie_audit_purge_horizon() THEN
    RAISE EXCEPTION 'audit_events: event % is within the retention period: DELETE refused', OLD.id;
  END IF;
  RETURN OLD;
END $$;
--> statement-breakpoint
DROP TRIGGER audit_events_append_only ON audit_events;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_purge_only BEFORE DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_purge_guard();
--> statement-breakpoint
-- The audit log's retention: removes the rows of whole calendar months (UTC) older than the cutoff, the
-- months they were sealed in, so that what goes is always a prefix of the chain. A month that holds a row
-- not sealed yet stays, with every month after it. The chain's links stay (ids and hashes, nobody's data);
-- the purge records the last removed link and its hash, from which `audit verify` proves the rest.
-- Counts only when p_dry_run. Refuses a cutoff later than the policy's. Returns what went (or would go)
-- and what stays older than the cutoff: the rows of the month holding it, and the others.
CREATE FUNCTION vigie_audit_purge(p_cutoff timestamptz, p_dry_run boolean) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  horizon timestamptz := vigie_audit_purge_horizon();
  whole timestamptz := date_trunc('month', p_cutoff AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
  after_seq bigint;
  head audit_chain%ROWTYPE;
  first_unsealed timestamptz;
  upto timestamptz;
  through bigint;
  through_hash bytea;
  old_rows bigint;
  gone bigint := 0;
  partial bigint;
BEGIN
  IF whole > horizon THEN
    RAISE EXCEPTION 'vigie_audit_purge: % is within the audit log''s retention period (rows before % only)', p_cutoff, horizon;
  END IF;
  -- One purge at a time; the sealer appends meanwhile, which only adds links after ours.
  PERFORM pg_advisory_xact_lock(73010018);
  after_seq := coalesce((SELECT max(seq) FROM audit_purges), 0);
  SELECT * INTO head FROM audit_chain ORDER BY seq DESC LIMIT 1;
  -- Rows sort into the chain by transaction: whatever sorts after the head is not sealed yet.
  SELECT min(occurred_at) INTO first_unsealed FROM audit_events e
    WHERE head.seq IS NULL OR (e.tx_id, e.id) > (head.event_tx_id, head.event_id);
  upto := least(whole, date_trunc('month', first_unsealed AT TIME ZONE 'UTC') AT TIME ZONE 'UTC');
  -- The links before the first one sealed in a month still kept.
  through := coalesce(
    (SELECT seq - 1 FROM audit_chain WHERE seq > after_seq AND sealed_at >= upto ORDER BY seq LIMIT 1),
    head.seq);
  SELECT count(*) INTO old_rows FROM audit_events WHERE occurred_at < whole;
  SELECT count(*) INTO partial FROM audit_events WHERE occurred_at >= whole AND occurred_at < p_cutoff;
  IF through > after_seq THEN
    SELECT hash INTO through_hash FROM audit_chain WHERE seq = through;
    IF p_dry_run THEN
      SELECT count(*) INTO gone FROM audit_events e JOIN audit_chain c ON c.event_id = e.id
        WHERE c.seq > after_seq AND c.seq <= through;
    ELSE
      PERFORM set_config('vigie.audit_purge_through', through::text, true);
      DELETE FROM audit_events e USING audit_chain c WHERE c.event_id = e.id AND c.seq > after_seq AND c.seq <= through;
      GET DIAGNOSTICS gone = ROW_COUNT;
      PERFORM set_config('vigie.audit_purge_through', '', true);
      INSERT INTO audit_purges (seq, hash, before, rows) VALUES (through, through_hash, upto, gone);
    END IF;
  END IF;
  RETURN jsonb_build_object('gone', gone, 'before', upto, 'seq', CASE WHEN through > after_seq THEN through END,
    'hash', encode(through_hash, 'hex'), 'partial', partial, 'waiting', old_rows - gone);
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION vigie_audit_purge_horizon(), vigie_audit_purge(timestamptz, boolean) FROM PUBLIC;
--> statement-breakpoint
-- Learner data at the end of the contract: the period of the training's own activity in the register
-- (0 months after the last contract's end); the erasure plan then keeps what a legal ground covers.
-- Off until the owner turns it on (UPDATE retention_policies SET enabled = true WHERE code = 'learner_data'):
-- its first run erases every file whose contracts ended, which the DPO decides once the register is checked.
INSERT INTO retention_policies (code, position, activity_id, category, period, unit, enabled) VALUES
  ('learner_data', 6, '5a3c7b10-2d4e-4c8f-8b1a-000000000001', 'identity', NULL, NULL, false)
ON CONFLICT (code) DO NOTHING;
--> statement-breakpoint
-- Each ground keeps only what it covers: the objection to quality visits is the one profile field the
-- visits' rule keeps, and the statistics keep anonymised results only, nothing that names the learner.
UPDATE activities SET retention = (
    SELECT jsonb_agg(CASE WHEN r->>'category' = 'profile' AND r ? 'note'
      THEN r || '{"fields":["objectsToQualityVisits"]}'::jsonb ELSE r END)
    FROM jsonb_array_elements(retention) r),
  updated_at = now()
  WHERE id = '5a3c7b10-2d4e-4c8f-8b1a-000000000008';
--> statement-breakpoint
UPDATE activities SET retention = (
    SELECT jsonb_agg(CASE WHEN r ? 'note' THEN r || '{"anonymised":true}'::jsonb ELSE r END)
    FROM jsonb_array_elements(retention) r),
  updated_at = now()
  WHERE id = '5a3c7b10-2d4e-4c8f-8b1a-000000000009';
