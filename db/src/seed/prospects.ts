import { sql } from 'drizzle-orm';
import type { Transaction } from '../client.ts';
import { firstNames, lastNames } from './names.ts';
import { chance, pick, textArray } from './sql.ts';

export const demoProspects = 200;

const companies = ['Boulangerie Martin', 'Transports Lefèvre', 'Cabinet Roux', 'Hôtel du Port', 'Atelier Bernard', 'SARL Garnier', 'Clinique Saint-Roch'];
const needs = [
  'Anglais professionnel pour une équipe commerciale',
  'Allemand pour un poste à l’export',
  'Préparation au TOEIC',
  'Espagnol débutant, financement CPF',
  'Français langue étrangère pour de nouveaux salariés',
];

/**
 * About 200 contact-form messages over four years: some past the 3-year rule (the retention engine's
 * demo), a few with a later contact they initiated, a third with newsletter consent.
 */
export async function seedProspects(tx: Transaction): Promise<void> {
  const first = pick(firstNames, chance('i::bigint', 'prospect-first'));
  const last = pick(lastNames, chance('i::bigint', 'prospect-last'));
  await tx.execute(
    sql.raw(`INSERT INTO prospects (full_name, phone, email, company, need, received_at, last_contact_at, newsletter_consent)
    SELECT f || ' ' || l, '06 ' || lpad((10 + i % 89)::text, 2, '0') || ' ' || lpad((i * 37 % 100)::text, 2, '0') || ' 00 ' || lpad((i % 100)::text, 2, '0'),
      lower(unaccent(f)) || '.' || lower(unaccent(replace(l, ' ', ''))) || i || '@exemple.fr',
      CASE WHEN i % 3 = 0 THEN NULL ELSE (${textArray(companies)})[1 + i % ${companies.length}] END,
      CASE WHEN i % 4 = 0 THEN NULL ELSE (${textArray(needs)})[1 + i % ${needs.length}] END,
      r, CASE WHEN i % 5 = 0 THEN r + (now() - r) * 0.5 ELSE r END, i % 3 = 1
    FROM generate_series(1, ${demoProspects}) AS i
    CROSS JOIN LATERAL (SELECT ${first} AS f, ${last} AS l, now() - interval '1 day' * (i * 7 % 1460) AS r OFFSET 0) x`),
  );
}
