import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { employerContactRoles } from '@vigie/domain/enums';
import type { Transaction } from '../client.ts';
import { employerContacts, employers } from '../schema/employers.ts';
import { companyKinds, firstNames, frenchCities, lastNames, legalForms } from './names.ts';
import { randomFrom, slug, uuidOfKey } from './sql.ts';

type EmployerRow = typeof employers.$inferInsert;
type ContactRow = typeof employerContacts.$inferInsert;

/** About 60 employers for the demo; more for benchmark sizes, so that no employer has a town's population. */
export function employerCount(learners: number): number {
  return Math.max(60, Math.round(learners / 35));
}

/** SIREN and SIRET both end with a Luhn check digit, as real ones do. */
function withLuhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let digit = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return body + ((10 - (sum % 10)) % 10);
}

function digits(random: () => number, count: number): string {
  return Array.from({ length: count }, () => Math.floor(random() * 10)).join('');
}

function oneOf<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

function shuffled<T>(random: () => number, values: readonly T[]): T[] {
  const copy = [...values];
  for (let k = copy.length - 1; k > 0; k--) {
    const m = Math.floor(random() * (k + 1));
    [copy[k], copy[m]] = [copy[m] as T, copy[k] as T];
  }
  return copy;
}

/** `01 23 45 67 89` (an office line) or `+33 6 12 34 56 78`. */
function businessPhone(random: () => number): string {
  const pairs = digits(random, 8).replace(/(\d\d)(?=\d)/g, '$1 ');
  return random() < 0.6 ? `0${1 + Math.floor(random() * 5)} ${pairs}` : `+33 ${random() < 0.7 ? 6 : 7} ${pairs}`;
}

function buildEmployers(count: number, now: Date) {
  const random = randomFrom(20_240_001);
  const names = new Set<string>();
  const sirets = new Set<string>();
  const rows: EmployerRow[] = [];
  const contacts: ContactRow[] = [];
  for (let i = 0; i < count; i++) {
    const [kind, sector] = oneOf(random, companyKinds);
    const surname = oneOf(random, lastNames);
    const city = oneOf(random, frenchCities);
    const form = oneOf(random, legalForms);
    let name = `${kind} ${surname}${form ? ` ${form}` : ''}`;
    if (names.has(name)) name = `${name} ${city}`;
    if (names.has(name)) name = `${name} ${i}`;
    names.add(name);
    let siret = '';
    while (!siret || sirets.has(siret)) siret = withLuhnDigit(`${withLuhnDigit(`${1 + Math.floor(random() * 9)}${digits(random, 7)}`)}0001`);
    sirets.add(siret);
    const id = uuidOfKey(`employer:${i}`);
    const createdAt = new Date(now.getTime() - (800 + Math.floor(random() * 1500)) * 86_400_000);
    rows.push({ id, name, siret, sector, city, createdAt });
    const roles = shuffled(random, employerContactRoles).slice(0, 1 + Math.floor(random() * 3));
    roles.forEach((role, k) => {
      const firstName = oneOf(random, firstNames);
      const lastName = oneOf(random, lastNames);
      const domain = `${slug(`${kind} ${surname}`)}.example`;
      const email = `${slug(firstName)}.${slug(lastName)}@${domain}`;
      contacts.push({ id: uuidOfKey(`contact:${i}:${k}`), employerId: id, lastName, firstName, email, phone: businessPhone(random), role, createdAt });
    });
  }
  return { rows, contacts };
}

/** Rows built here go in as one JSON parameter: one statement whatever the count (no bind-parameter limit). */
async function insertJson<T extends PgTable>(tx: Transaction, table: T, rows: T['$inferInsert'][]): Promise<void> {
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const keys = Object.keys(rows[0] ?? {});
  const names = keys.map((key) => `"${columns[key]?.name ?? key}"`).join(', ');
  const records = rows.map((row: Record<string, unknown>) =>
    Object.fromEntries(keys.map((key) => [columns[key]?.name ?? key, row[key]])),
  );
  await tx.execute(sql`INSERT INTO ${table} (${sql.raw(names)})
    SELECT ${sql.raw(names)} FROM json_populate_recordset(NULL::${table}, ${JSON.stringify(records)}::json)`);
}

/** Employers and their contacts: built here (a few tens of thousands of rows at most), inserted as JSON. */
export async function seedEmployers(tx: Transaction, count: number, now: Date): Promise<void> {
  const { rows, contacts } = buildEmployers(count, now);
  await insertJson(tx, employers, rows);
  await insertJson(tx, employerContacts, contacts);
}
