-- Erasure (GDPR Art. 17). The run-time role has no DELETE on learners' records by design (0003): a bug or
-- a stolen session must not be able to delete them. Rather than grant DELETE on six tables, the owner
-- lends the application one narrow power: delete the rows of ONE learner, from a fixed list of tables,
-- and only once the same transaction has marked that learner erased (the server does so only for a
-- verified erasure request approved by the DPO, under an audit row). Anything else still needs the owner.
CREATE FUNCTION vigie_erase_learner_rows(p_learner uuid, p_tables text[]) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  -- Children before parents: attendance and assessments name a contract.
  erasable CONSTANT text[] := ARRAY['attendance', 'assessments', 'interactions', 'platform_access_logs',
    'group_members', 'learner_photos', 'training_contracts'];
  t text;
  n bigint;
  counts jsonb := '{}';
BEGIN
  IF NOT EXISTS (SELECT 1 FROM learners WHERE id = p_learner AND status = 'erased') THEN
    RAISE EXCEPTION 'vigie_erase_learner_rows: learner % is not marked erased', p_learner;
  END IF;
  IF NOT p_tables <@ erasable THEN
    RAISE EXCEPTION 'vigie_erase_learner_rows: % not erasable', p_tables;
  END IF;
  FOREACH t IN ARRAY erasable LOOP
    CONTINUE WHEN NOT t = ANY (p_tables);
    EXECUTE format('DELETE FROM %I WHERE learner_id = $1', t) USING p_learner;
    GET DIAGNOSTICS n = ROW_COUNT;
    counts := counts || jsonb_build_object(t, n);
  END LOOP;
  RETURN counts;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION vigie_erase_learner_rows(uuid, text[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION vigie_erase_learner_rows(uuid, text[]) TO vigie_app;
--> statement-breakpoint
-- Signed attendance sheets prove the training invoiced was given: they are supporting documents of the
-- accounts, kept ten years like the contract (the register the notice describes did not say so).
UPDATE activities
SET retention = retention || '[{"category":"attendance_evidence","period":10,"unit":"years","startsAt":"contract_end","note":"Pièces justificatives de la facturation (feuilles d’émargement) : code de commerce, art. L123-22"}]'::jsonb,
  data_categories = array_append(data_categories, 'attendance_evidence'),
  updated_at = now()
WHERE id = '5a3c7b10-2d4e-4c8f-8b1a-000000000002' AND NOT 'attendance_evidence' = ANY (data_categories);
