CREATE TABLE "processor_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"processor_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"recipient_count" integer NOT NULL,
	"staff_id" uuid,
	"transferred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_purposes" ADD COLUMN "activity_id" uuid;--> statement-breakpoint
ALTER TABLE "processor_transfers" ADD CONSTRAINT "processor_transfers_processor_id_processors_id_fk" FOREIGN KEY ("processor_id") REFERENCES "public"."processors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processor_transfers" ADD CONSTRAINT "processor_transfers_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "processor_transfers_processor_idx" ON "processor_transfers" USING btree ("processor_id","transferred_at");--> statement-breakpoint
ALTER TABLE "audit_purposes" ADD CONSTRAINT "audit_purposes_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The register is the policy: each purpose is one processing activity, whose data categories are what a
-- read under it may reveal and whose internal recipients are who may pick it. The activities below are
-- the processings the back-office itself carries out and the notice implies; the DPO edits them.
INSERT INTO activities (id, name, purpose, legal_basis, legitimate_interest, subject_categories, data_categories, internal_recipients, employer_recipient, retention, security_measures) VALUES
('5a3c7b10-2d4e-4c8f-8b1a-00000000000b', 'Demandes d’exercice des droits',
  'Recevoir, instruire et répondre aux demandes d’accès, de rectification, d’effacement, d’opposition, de limitation et de portabilité (RGPD, art. 12 à 22)',
  'legal_obligation', NULL,
  '{learner,employer_contact,prospect,staff}', '{identity,contact,profile,movement,pedagogical,employment,attendance_evidence,customer_service,contract,access_log}',
  '{customer_service,data_protection}', false,
  '[]',
  '{"Vérification de l’identité du demandeur","Chaque étape tracée dans le journal d’audit"}'),
('5a3c7b10-2d4e-4c8f-8b1a-00000000000c', 'Administration du back-office',
  'Gérer les comptes du personnel et leurs droits d’accès au back-office',
  'legitimate_interest', 'La sécurité du back-office et la gestion des habilitations du personnel',
  '{staff}', '{identity,contact,credentials}',
  '{it}', false,
  '[]',
  '{"Mots de passe hachés (argon2id)","Sessions à durée limitée"}'),
('5a3c7b10-2d4e-4c8f-8b1a-00000000000d', 'Contrôle des accès aux données personnelles',
  'Vérifier qui a consulté quelles données personnelles, quand et pourquoi (responsabilité, RGPD art. 5(2) et 32)',
  'legal_obligation', NULL,
  '{staff,learner,employer_contact,prospect}', '{identity,access_log}',
  '{data_protection}', false,
  '[{"category":"access_log","period":6,"unit":"months","startsAt":"collection"}]',
  '{"Journal d’audit en ajout seul, chaîné par empreintes","Consultation du journal elle-même tracée"}'),
('5a3c7b10-2d4e-4c8f-8b1a-00000000000e', 'Tenue des registres RGPD',
  'Tenir les registres des traitements, des sous-traitants, des demandes des autorités et des violations de données',
  'legal_obligation', NULL,
  '{learner,staff}', '{identity,contact}',
  '{data_protection,it,customer_service,management}', false,
  '[]',
  '{"Registres réservés au délégué à la protection des données et aux administrateurs"}')
ON CONFLICT (id) DO NOTHING;
--> statement-breakpoint
-- Answering a learner's question about their training reads their whole file; investigating a fraud
-- needs to know whose sign-ins they are; the DPO runs the employer report and the newsletter export, and
-- investigates a suspected fraud with the admins.
UPDATE activities SET data_categories = '{identity,contact,profile,movement,pedagogical,employment,attendance_evidence,customer_service,contract}'
  WHERE id = '5a3c7b10-2d4e-4c8f-8b1a-000000000003';
--> statement-breakpoint
UPDATE activities SET data_categories = '{access_log,identity,contact,movement,employment,contract}'
  WHERE id = '5a3c7b10-2d4e-4c8f-8b1a-000000000007';
--> statement-breakpoint
-- The employer report also states each contract and the sessions attended.
UPDATE activities SET data_categories = '{identity,pedagogical,attendance_evidence,contract,movement}'
  WHERE id = '5a3c7b10-2d4e-4c8f-8b1a-00000000000a';
--> statement-breakpoint
-- Every category an activity lists has its retention rule (the register's export says so); the ones
-- added above, and those of the activities added here, are kept no longer than the training lasts.
UPDATE activities a SET retention = a.retention || (
    SELECT coalesce(jsonb_agg(jsonb_build_object('category', c, 'period', 0, 'unit', 'months', 'startsAt', 'contract_end')), '[]')
    FROM unnest(a.data_categories) AS c
    WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(a.retention) r WHERE r->>'category' = c))
  WHERE a.id IN ('5a3c7b10-2d4e-4c8f-8b1a-000000000003', '5a3c7b10-2d4e-4c8f-8b1a-000000000007', '5a3c7b10-2d4e-4c8f-8b1a-00000000000a',
    '5a3c7b10-2d4e-4c8f-8b1a-00000000000b', '5a3c7b10-2d4e-4c8f-8b1a-00000000000c',
    '5a3c7b10-2d4e-4c8f-8b1a-00000000000d', '5a3c7b10-2d4e-4c8f-8b1a-00000000000e');
--> statement-breakpoint
UPDATE activities SET internal_recipients = array_append(internal_recipients, 'data_protection')
  WHERE id IN ('5a3c7b10-2d4e-4c8f-8b1a-000000000005', '5a3c7b10-2d4e-4c8f-8b1a-000000000007', '5a3c7b10-2d4e-4c8f-8b1a-00000000000a')
  AND NOT 'data_protection' = ANY(internal_recipients);
--> statement-breakpoint
INSERT INTO audit_purposes (code, label_fr, label_en, position) VALUES
  ('newsletter', 'Envoi de la lettre d''information', 'Newsletter', 55)
ON CONFLICT (code) DO NOTHING;
--> statement-breakpoint
UPDATE audit_purposes p SET activity_id = a.id::uuid
  FROM (VALUES
    ('learner_request', '5a3c7b10-2d4e-4c8f-8b1a-000000000003'),
    ('dsr', '5a3c7b10-2d4e-4c8f-8b1a-00000000000b'),
    ('fraud_investigation', '5a3c7b10-2d4e-4c8f-8b1a-000000000007'),
    ('quality', '5a3c7b10-2d4e-4c8f-8b1a-000000000008'),
    ('employer_reporting', '5a3c7b10-2d4e-4c8f-8b1a-00000000000a'),
    ('newsletter', '5a3c7b10-2d4e-4c8f-8b1a-000000000005'),
    ('administration', '5a3c7b10-2d4e-4c8f-8b1a-00000000000c'),
    ('registers', '5a3c7b10-2d4e-4c8f-8b1a-00000000000e'),
    ('audit_review', '5a3c7b10-2d4e-4c8f-8b1a-00000000000d'),
    ('statistics', '5a3c7b10-2d4e-4c8f-8b1a-000000000009'),
    -- "Autre" stays the service desk's catch-all, with its reference checked by the anomaly rules.
    ('other', '5a3c7b10-2d4e-4c8f-8b1a-000000000003')
  ) AS a(code, id)
  WHERE p.code = a.code AND EXISTS (SELECT 1 FROM activities WHERE activities.id = a.id::uuid);
