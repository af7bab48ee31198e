import { sql } from 'drizzle-orm';
import type { Transaction } from '../client.ts';
import { learnerPhotos, learners } from '../schema/learners.ts';
import { learnerPlanTable } from './plan.ts';
import { avatarPngs } from './photos.ts';
import { below, chance, into, pick, slug, textArray, weighted } from './sql.ts';
import { emailDomains, presentations } from './words.ts';
import {
  firstNames,
  foreignCities,
  frenchCities,
  jobTitles,
  lastNames,
  ownAccountTitles,
  profitCentres,
} from './names.ts';

/** The well-known learner is the only Claire Dupont: a bulk learner drawn so takes the next last name. */
const claireNo = firstNames.indexOf('Claire') + 1;
const dupontNo = lastNames.indexOf('Dupont') + 1;

const learnerColumns = [
  'id', 'lastName', 'firstName', 'email', 'phone', 'locality', 'country', 'presentation', 'employerId',
  'profitCentre', 'jobTitle', 'newsletterConsent', 'objectsToQualityVisits', 'objectsToAnalytics',
  'objectsToStatistics', 'status', 'createdAt', 'updatedAt',
] as const;

/** A French mobile number, `06 12 34 56 78` or `+33 6 12 34 56 78`; a few learners gave none. */
function phone(n: string): string {
  // Mobile numbers are 06 and 073 to 079.
  const mobile = `CASE WHEN ${chance(n, 'phone-mobile')} < 0.7 THEN '6' || ${below(10, chance(n, 'phone-first'))}
    ELSE '7' || (3 + ${below(7, chance(n, 'phone-first'))}) END`;
  const digits = `${mobile} || lpad(${below(10_000_000, chance(n, 'phone-digits'))}::text, 7, '0')`;
  const pairs = (from: number) => [from, from + 2, from + 4, from + 6].map((at) => `substr(d.digits, ${at}, 2)`).join(` || ' ' || `);
  const r = chance(n, 'phone');
  return `(SELECT CASE WHEN ${r} < 0.05 THEN NULL WHEN ${r} < 0.8 THEN '0' || left(d.digits, 1) || ' ' || ${pairs(2)}
    ELSE '+33 ' || left(d.digits, 1) || ' ' || ${pairs(2)} END FROM (SELECT ${digits} AS digits) d)`;
}

function locality(r: string): string {
  const abroad = Object.entries(foreignCities).map(([country, cities]) => `WHEN '${country}' THEN ${pick(cities, r)}`);
  return `CASE country ${abroad.join(' ')} ELSE ${pick(frenchCities, r)} END`;
}

/** Names are drawn first so that homonyms can be numbered in their e-mail addresses. */
function namedPlan(): string {
  return `SELECT p.*, x.first_no, x.last_no,
      row_number() OVER (PARTITION BY x.first_no, x.last_no ORDER BY p.n) AS homonym
    FROM ${learnerPlanTable} p
    CROSS JOIN LATERAL (SELECT first_no,
        CASE WHEN first_no = ${claireNo} AND drawn_last = ${dupontNo} THEN drawn_last % ${lastNames.length} + 1
          ELSE drawn_last END AS last_no
      FROM (SELECT 1 + ${below(firstNames.length, chance('p.n', 'first-name'))} AS first_no,
        1 + ${below(lastNames.length, chance('p.n', 'last-name'))} AS drawn_last OFFSET 0) drawn) x`;
}

function learnersInsert(): string {
  const employed = 'q.employer_no IS NOT NULL';
  const email = `(${textArray(firstNames.map(slug))})[q.first_no] || '.' || (${textArray(lastNames.map(slug))})[q.last_no]
    || CASE WHEN q.homonym > 1 THEN q.homonym::text ELSE '' END || '@' || ${pick(emailDomains, chance('q.n', 'domain'))}`;
  return `INSERT INTO ${into(learners, learnerColumns)}
    SELECT q.learner_id, (${textArray(lastNames)})[q.last_no], (${textArray(firstNames)})[q.first_no], ${email},
      ${phone('q.n')}, ${locality('v.r_city')}, v.country,
      CASE WHEN ${chance('q.n', 'presents')} < 0.35 THEN ${pick(presentations, chance('q.n', 'presentation'))} END,
      q.employer_id,
      CASE WHEN ${employed} THEN ${pick(profitCentres, chance('q.n', 'profit-centre'))} END,
      CASE WHEN ${employed} THEN ${pick(jobTitles, chance('q.n', 'job'))}
        WHEN ${chance('q.n', 'has-title')} < 0.6 THEN ${pick(ownAccountTitles, chance('q.n', 'job'))} END,
      ${chance('q.n', 'newsletter')} < 0.35, ${chance('q.n', 'no-visits')} < 0.06,
      ${chance('q.n', 'no-analytics')} < 0.22, ${chance('q.n', 'no-statistics')} < 0.04,
      CASE q.phase WHEN 'blocked' THEN 'blocked' WHEN 'ended' THEN 'ended' ELSE 'active' END,
      q.created_at, q.created_at + (now() - q.created_at) * ${chance('q.n', 'updated')}
    FROM (${namedPlan()}) q
    CROSS JOIN LATERAL (SELECT ${weighted([['FR', 94], ['BE', 3], ['CH', 2], ['LU', 1]], chance('q.n', 'country'))} AS country,
      ${chance('q.n', 'city')} AS r_city OFFSET 0) v`;
}

/** A generated avatar for about a third of the learners (members of a closed group see each other's). */
function photosInsert(): string {
  const images = `ARRAY[${avatarPngs().map((png) => `'\\x${png.toString('hex')}'::bytea`).join(', ')}]`;
  return `INSERT INTO ${into(learnerPhotos, ['learnerId', 'mimeType', 'bytes'])}
    SELECT learner_id, 'image/png', (${images})[1 + ${below(avatarPngs().length, chance('n', 'avatar'))}]
    FROM ${learnerPlanTable} WHERE ${chance('n', 'photo')} < 0.3`;
}

export async function seedLearners(tx: Transaction): Promise<void> {
  await tx.execute(sql.raw(learnersInsert()));
  await tx.execute(sql.raw(photosInsert()));
}
